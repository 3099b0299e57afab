/**
 * The dialog's citations are built with a stand-in access date; in the browser it is replaced
 * with the reader's today, as each format writes a date. (The static "How to cite" section and
 * the downloads give none: the reader adds the day they read the page.)
 */
import type { CiteFormat } from './context';

/** The stand-in access date the dialog's citations are built with. */
export const PLACEHOLDER_DATE = new Date(Date.UTC(1900, 0, 1));

const pad = (n: number) => String(n).padStart(2, '0');

/** A citation text with the stand-in access date replaced by `date` (the reader's local today). */
export function withAccessDate(text: string, format: CiteFormat, date: Date): string {
  const [y, m, d] = [date.getFullYear(), pad(date.getMonth() + 1), pad(date.getDate())];
  switch (format) {
    case 'gost':
      return text.replace('01.01.1900', `${d}.${m}.${y}`);
    case 'bibtex':
      return text.replace('urldate = {1900-01-01}', `urldate = {${y}-${m}-${d}}`);
    case 'ris':
      return text.replace('Y2  - 1900/01/01/', `Y2  - ${y}/${m}/${d}/`);
    case 'csl':
      return text.replace(
        /("accessed": \{\s*"date-parts": \[\s*\[\s*)1900,\s*1,\s*1/,
        `$1${y}, ${Number(m)}, ${Number(d)}`,
      );
    case 'apa':
      return text;
  }
}
