/** The words of one language's text, onto which search maps spellings typed without Kazakh letters or ё. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadArticle } from '../../../build/load-article';
import type { Lang } from '../../../i18n/locales';
import { vocabulary } from '../../../lib/search/fold';
import { everyLanguage } from '../../../lib/static-paths';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const { blocks } = await loadArticle(lang);
  const incidents = (await getCollection('incidents')).flatMap((e) => [
    e.data.event[lang],
    e.data.description[lang],
  ]);
  const organisations = (await getCollection('organisations')).flatMap((e) => [
    e.data.names[lang].name,
    e.data.summary[lang],
  ]);
  const words = vocabulary([...blocks.map((b) => b.text), ...incidents, ...organisations]);
  return new Response(JSON.stringify(words), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
