/**
 * A reference's bibliographic entry, when a maintainer has supplied it as CSL-JSON, formatted
 * by citation-js; the source text has none, so until then there is nothing to format.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Lang } from '../../i18n/locales';

const CSL_LOCALE: Record<Lang, string> = { kk: 'en-US', ru: 'en-US', en: 'en-US' };

/** The entry as one line of APA text, or undefined when the reference has no CSL entry. */
export function formatReferenceEntry(
  csl: Record<string, unknown> | undefined,
  lang: Lang,
): string | undefined {
  if (!csl) return undefined;
  const cite = new Cite({ id: 'reference', type: 'article-journal', ...csl });
  return (
    cite.format('bibliography', { format: 'text', template: 'apa', lang: CSL_LOCALE[lang] }) as string
  ).trim();
}
