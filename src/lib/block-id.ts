/**
 * The ids of the article's places, the same in every language (the URL contract):
 * sections by name, blocks `{section}-{n}`, Table 1, the "How to cite" section, citations
 * `cite-{n}-{k}` and references `ref-{n}`.
 */

/** The sections whose text is the authors' own in every language, not this edition's translation. */
export const AUTHORS_OWN_SECTIONS: ReadonlySet<string> = new Set(['abstract', 'keywords']);

/** The id of Table 1, the only table of the article. */
export const TABLE_ID = 'table-1';

/** The id of the "How to cite" section that ends every article page. */
export const HOW_TO_CITE_ID = 'how-to-cite';

/** The id of the `n`th block of a section (`results`, 4 → `results-4`). */
export function blockId(section: string, n: number): string {
  return `${section}-${n}`;
}

/** The id of the `k`th place that cites reference `n` (`cite-6-1`). */
export function citationId(n: number, k: number): string {
  return `cite-${n}-${k}`;
}

/** The id of reference `n` on the references page (`ref-6`). */
export function referenceId(n: number): string {
  return `ref-${n}`;
}

/**
 * A block id's section and number; a section's own id has no number.
 * @example parseBlockId('results-4') // { section: 'results', n: 4 }
 */
export function parseBlockId(id: string): { section: string; n?: number } {
  const match = /^(.*)-(\d+)$/.exec(id);
  return match ? { section: match[1]!, n: Number(match[2]) } : { section: id };
}

/** The section a block id belongs to (`results-4` → `results`). */
export function sectionOf(id: string): string {
  return parseBlockId(id).section;
}

/**
 * A reader's label for a block id: the section's title and the block's number.
 * @example placeLabel('results-5', titles) // 'Нәтижелер мен талқылаулар, 5'
 */
export function placeLabel(id: string, sectionTitles: Map<string, string>): string {
  const { section, n } = parseBlockId(id);
  const title = sectionTitles.get(section) ?? section;
  return n === undefined ? title : `${title}, ${n}`;
}
