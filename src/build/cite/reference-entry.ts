/**
 * A reference's bibliographic entry, when a maintainer has supplied it as CSL-JSON, formatted
 * by citation-js; the source text has none, so until then there is nothing to format.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

/** The entry as one line of APA text, or undefined when the reference has no CSL entry. */
export function formatReferenceEntry(csl: Record<string, unknown> | undefined): string | undefined {
  if (!csl) return undefined;
  const cite = new Cite({ id: 'reference', type: 'article-journal', ...csl });
  return (
    // en-US, the one CSL locale citation-js ships: APA's few terms need no other.
    (cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim()
  );
}
