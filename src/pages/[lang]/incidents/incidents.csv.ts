/** The chronology as CSV in one language, made at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Lang } from '../../../i18n/locales';
import { incidentRecord, toCsv } from '../../../lib/data-export';
import { everyLanguage } from '../../../lib/static-paths';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params }) => {
  const incidents = (await getCollection('incidents')).map((e) =>
    incidentRecord(e.data, params.lang as Lang),
  );
  // A byte-order mark so spreadsheet programs read the Cyrillic as UTF-8.
  return new Response(`\uFEFF${toCsv(incidents)}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
