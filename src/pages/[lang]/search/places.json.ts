/** The places of one language that search lands on, with their words: made at build time. */
import type { APIRoute } from 'astro';
import { searchPlaces } from '../../../build/search-places';
import type { Lang } from '../../../i18n/locales';
import { everyLanguage } from '../../../lib/static-paths';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await searchPlaces(params.lang as Lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
