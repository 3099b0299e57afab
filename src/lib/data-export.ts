/** The chronology as downloadable data: CSV (RFC 4180) and JSON, in one language. */
import type { Lang } from '../i18n/locales';
import { countryName } from './publication';
import type { Incident } from '../schemas';

/** One incident as a flat record in one language. */
export function incidentRecord(incident: Incident, lang: Lang) {
  return {
    id: incident.id,
    year: incident.year,
    yearEnd: incident.yearEnd ?? null,
    country: incident.country,
    countryName: countryName(incident.country, lang),
    event: incident.event[lang],
    description: incident.description[lang],
  };
}

/**
 * A CSV table: a header row of the records' keys, fields quoted where they hold a comma, a
 * quote or a line break, lines ended with CRLF as RFC 4180 says.
 * @example toCsv([{ a: 'x, y', b: 1 }]) // 'a,b\r\n"x, y",1\r\n'
 */
export function toCsv(records: Record<string, string | number | null>[]): string {
  if (records.length === 0) return '';
  const keys = Object.keys(records[0]!);
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [keys, ...records.map((r) => keys.map((k) => r[k] ?? null))]
    .map((row) => row.map((v) => field(v as string | number | null)).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** The licence of the edition's own translations, notes and data (not of the authors' text). */
const EDITION_LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * A Frictionless Data Package descriptor for the downloads of one language, so the files
 * carry their licence and source with them: CSV and JSON themselves have no place for it.
 * @example dataPackage('en', 'Chronology…').resources[0].path // 'incidents.csv'
 */
export function dataPackage(lang: Lang, title: string) {
  return {
    name: `table-1-incidents-${lang}`,
    title,
    description:
      "Table 1 of the article, as data. The edition's data and translations are licensed under CC BY 4.0; the article's text remains its authors'.",
    licenses: [EDITION_LICENCE],
    resources: [
      {
        name: 'incidents-csv',
        path: 'incidents.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
      },
      { name: 'incidents-json', path: 'incidents.json', format: 'json', mediatype: 'application/json' },
    ],
  };
}
