/** The article's reference as article.bib, article.ris and article.json (CSL-JSON), made at build time. */
import type { APIRoute } from 'astro';
import { langs, type Lang } from '../../../i18n/locales';
import { citeContext } from '../../../build/cite/citations';
import { citeAll } from '../../../build/cite/formats';
import type { CiteFormat } from '../../../lib/cite/context';
import { buildDate, loadArticleInfo } from '../../../build/load-article';

/** Each download: its format and media type. */
const FILES: Record<string, { format: CiteFormat; type: string }> = {
  'article.bib': { format: 'bibtex', type: 'application/x-bibtex' },
  'article.ris': { format: 'ris', type: 'application/x-research-info-systems' },
  'article.json': { format: 'csl', type: 'application/vnd.citationstyles.csl+json' },
};

export function getStaticPaths() {
  return langs.flatMap((lang) => Object.keys(FILES).map((file) => ({ params: { lang, file } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { format, type } = FILES[params.file!]!;
  const info = await loadArticleInfo(params.lang as Lang, site, buildDate());
  return new Response(`${citeAll(citeContext(info))[format]}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
};
