/** The names search knows (glossary and terms), for every language's search: made at build time. */
import type { APIRoute } from 'astro';
import { allSearchTerms } from '../build/search-places';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await allSearchTerms()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
