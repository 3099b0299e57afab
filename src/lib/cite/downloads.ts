/** The reference files a page offers, shared by the page that links them and the route that makes them. */
import type { Lang } from '../../i18n/locales';
import type { Publication } from '../../schemas';
import { articleKey, citedLang, type CitedText } from './context';

/** One download format: its extension, citation format, media type and label. */
interface Download {
  extension: 'bib' | 'ris' | 'json';
  format: 'bibtex' | 'ris' | 'csl';
  type: string;
  label: string;
}

export const DOWNLOADS: Download[] = [
  { extension: 'bib', format: 'bibtex', type: 'application/x-bibtex', label: 'BibTeX' },
  { extension: 'ris', format: 'ris', type: 'application/x-research-info-systems', label: 'RIS' },
  { extension: 'json', format: 'csl', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
];

/**
 * A download's file name, by page language and cited text; the same as the citation's id.
 * @example downloadName(publication, 'en', 'original', DOWNLOADS[0]) // 'akkozhina-darkenov-en-kk-original.bib'
 */
export function downloadName(
  publication: Publication,
  lang: Lang,
  cited: CitedText,
  download: Download,
): string {
  return `${articleKey(publication, lang, citedLang(lang, cited))}.${download.extension}`;
}
