/**
 * The dialog's citations are built with a stand-in access date; where JavaScript runs it is
 * replaced with the reader's today, as each format writes a date. (The static "How to cite"
 * section and the downloads carry the build's date.)
 */
import type { CiteFormat } from './context';

/** The stand-in access date the dialog's citations are built with. */
export const PLACEHOLDER_DATE = new Date(Date.UTC(1900, 0, 1));

const pad = (n: number) => String(n).padStart(2, '0');

/** A citation text with the stand-in access date replaced by `date`. */
export function withAccessDate(text: string, format: CiteFormat, date: Date): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  switch (format) {
    case 'gost':
      return text.replace('01.01.1900', `${pad(d)}.${pad(m)}.${y}`);
    case 'bibtex':
      return text.replaceAll('1900-01-01', `${y}-${pad(m)}-${pad(d)}`);
    case 'ris':
      // citation-js writes RIS dates unpadded (2026/12/1/).
      return text.replaceAll('1900/1/1/', `${y}/${m}/${d}/`);
    case 'csl':
      return text.replace(/("accessed": \{\s*"date-parts": \[\s*\[\s*)1900,\s*1,\s*1/, `$1${y}, ${m}, ${d}`);
    case 'apa':
      return text;
  }
}
