/**
 * The article's reference as BibTeX, RIS and CSL-JSON files, made at build time, named by
 * language and cited text (`akkozhina-darkenov-en.bib`, `akkozhina-darkenov-en-kk-original.bib`),
 * so a reader's downloads folder tells them apart. `article.{bib,ris,json}`, the names of the
 * first release, stay for links from outside. No access date: the reader adds theirs.
 */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { useTranslations } from '../../../i18n';
import { langs, type Lang } from '../../../i18n/locales';
import { citeContext } from '../../../lib/cite/citations';
import { citedTexts, type CitedText } from '../../../lib/cite/context';
import { DOWNLOADS, downloadName } from '../../../lib/cite/downloads';
import { citeAll } from '../../../lib/cite/formats';
import { loadArticleInfo } from '../../../build/load-article';
import type { Publication } from '../../../schemas';

/** Every file of one language: each cited text by its citation's id, and the old names. */
function filesOf(publication: Publication, lang: Lang) {
  return DOWNLOADS.flatMap((d) => [
    { file: `article.${d.extension}`, cited: 'page' as CitedText, download: d },
    ...citedTexts(lang).map((cited) => ({
      file: downloadName(publication, lang, cited, d),
      cited,
      download: d,
    })),
  ]);
}

export async function getStaticPaths() {
  const publication = (await getEntry('publication', 'publication'))!.data;
  return langs.flatMap((lang) =>
    filesOf(publication, lang).map(({ file, cited, download }) => ({
      params: { lang, file },
      props: { cited, download },
    })),
  );
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const lang = params.lang as Lang;
  const { cited, download } = props as Pick<ReturnType<typeof filesOf>[number], 'cited' | 'download'>;
  const ctx = citeContext(await loadArticleInfo(lang, site), cited);
  const text = citeAll(ctx)[download.format];
  // BibTeX has comments: say there why urldate is missing. RIS and JSON have none; the page says it.
  const note = download.format === 'bibtex' ? `% ${useTranslations(lang)('cite.fileAccessNote')}\n` : '';
  return new Response(`${note}${text}\n`, {
    headers: { 'Content-Type': `${download.type}; charset=utf-8` },
  });
};
