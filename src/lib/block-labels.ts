/** Readers' names for an article's blocks in the page's language, in place of raw ids. */
import type { CapturedBlock } from './article-file';

/** The words a label is made of, in the page's language. */
export interface LabelWords {
  /** With `{section}` and `{n}`, e.g. '{section}, paragraph {n}'. */
  paragraph: string;
  /** The table's name, e.g. 'Table 1'. */
  table: string;
}

/**
 * Each block's label: a heading's own text, a paragraph or list item as its section and
 * number, the table by its name.
 * @example blockLabels(blocks, words).get('results-5') // 'Results, paragraph 5'
 */
export function blockLabels(blocks: CapturedBlock[], words: LabelWords): Map<string, string> {
  const labels = new Map<string, string>();
  let section = '';
  for (const block of blocks) {
    if (block.kind === 'heading') {
      section = block.text;
      labels.set(block.id, block.text);
    } else if (block.kind === 'table') {
      labels.set(block.id, words.table);
    } else {
      const n = /-(\d+)$/.exec(block.id)?.[1] ?? '';
      labels.set(block.id, words.paragraph.replace('{section}', section).replace('{n}', n));
    }
  }
  return labels;
}
