/** The glossary as search terms, for every language's search: made at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { searchTerms } from '../lib/search/terms';

export const GET: APIRoute = async () => {
  const organisations = (await getCollection('organisations')).map((e) => e.data);
  return new Response(JSON.stringify(searchTerms(organisations)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
