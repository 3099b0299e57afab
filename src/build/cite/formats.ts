/** Every citation format for one citation: GOST (by hand), and APA, BibTeX, RIS, CSL-JSON by citation-js. */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CiteContext, CiteFormat } from '../../lib/cite/context';
import { cslItem } from './csl';
import { formatGost } from '../../lib/cite/gost';

// BibTeX with Unicode: by default citation-js writes ASCII LaTeX and drops every Cyrillic letter.
plugins.config.get('@bibtex')!.format!.asciiOnly = false;

/** The citation in every format, as text. */
export function citeAll(ctx: CiteContext): Record<CiteFormat, string> {
  const item = cslItem(ctx);
  const cite = new Cite(item);
  // APA would add an English "(Original work published as …)"; the Kazakh title is already in
  // its bracketed description, so it formats the item without original-title.
  const { ['original-title']: _original, ...apaItem } = item;
  return {
    gost: formatGost(ctx),
    // APA's terms here ("&", the year) need no locale; its en-US locale is the one citation-js ships.
    // citeproc puts two spaces before initials that start with a Kazakh letter (Қ. Ғ.).
    apa: new Cite(apaItem)
      .format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
      .trim()
      .replace(/ {2,}/g, ' '),
    bibtex: cite.format('biblatex').trim(),
    // citation-js folds RIS lines at 70 characters, even inside a word; RIS readers would
    // join the pieces with a space. The fold only inserts "\n", so removing it is exact.
    ris: cite
      .format('ris')
      .trim()
      .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, ''),
    csl: JSON.stringify([item], null, 2),
  };
}
