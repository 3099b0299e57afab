/** Every citation of one language's article page, for the cite dialog (fetched when opened). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/locales';
import { PLACEHOLDER_DATE } from '../../../lib/cite/access-date';
import { pageCitations } from '../../../lib/cite/citations';
import { loadArticleInfo } from '../../../build/load-article';
import { everyLanguage } from '../../../lib/static-paths';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params, site }) => {
  const info = await loadArticleInfo(params.lang as Lang, site, PLACEHOLDER_DATE);
  return new Response(JSON.stringify(pageCitations(info)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
