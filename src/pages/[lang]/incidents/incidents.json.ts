/** The chronology as JSON in one language, made at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Lang } from '../../../i18n/locales';
import { incidentRecord } from '../../../lib/data-export';
import { everyLanguage } from '../../../lib/static-paths';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params }) => {
  const incidents = (await getCollection('incidents')).map((e) =>
    incidentRecord(e.data, params.lang as Lang),
  );
  return new Response(JSON.stringify(incidents, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
