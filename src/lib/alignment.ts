/**
 * Do the three languages line up? The same sections and paragraphs with the same ids, and
 * in each paragraph the same numbers and citation markers as the Kazakh original.
 */
import type { Block } from './article-file';
import { ContentError } from './content-error';

/** The digit runs of a text, sorted (`1990-е годы, [7]` → `['1990', '7']`). */
export function numbersIn(text: string): string[] {
  return (text.match(/\d+/g) ?? []).sort();
}

/** The citation markers of a text, in order (`… [2]. … [7].` → `['[2]', '[7]']`). */
export function markersIn(text: string): string[] {
  return text.match(/\[\d+\]/g) ?? [];
}

/** The items of `a` left after taking out one match in `b` for each item of `b`. */
function without(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

const article = (kind: string | undefined) =>
  kind ? `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}` : 'no block';

const count = (blocks: Block[], section: string) =>
  blocks.filter((b) => b.section === section && b.kind !== 'heading' && b.kind !== 'table').length;

/**
 * Compares a translation's blocks with the original's, and reports the first difference of
 * structure in each section, then every paragraph whose numbers or markers differ.
 */
export function checkAlignment(file: string, original: Block[], translation: Block[]): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map(translation.map((b) => [b.id, b]));
  const originalIds = original.map((b) => b.id);
  const sections = original.filter((b) => b.kind === 'heading').map((b) => b.id);
  const translatedSections = translation.filter((b) => b.kind === 'heading').map((b) => b.id);
  if (sections.join() !== translatedSections.join()) {
    errors.push(
      new ContentError(
        file,
        translation.find((b) => b.kind === 'heading')?.line,
        `the sections are [${translatedSections.join(', ')}], the Kazakh original has [${sections.join(', ')}]`,
        'use the same "## … \\{#id}" headings, in the same order, as content/article/kk.mdx',
      ),
    );
    return errors;
  }
  for (const section of sections) {
    const mine = translation.filter((b) => b.section === section);
    const theirs = original.filter((b) => b.section === section);
    const firstOff = theirs.findIndex((b, i) => mine[i]?.id !== b.id || mine[i]?.kind !== b.kind);
    if (firstOff >= 0 || mine.length !== theirs.length) {
      const at = firstOff >= 0 ? firstOff : theirs.length;
      const where = mine[at] ?? mine.at(-1);
      errors.push(
        new ContentError(
          file,
          where?.line,
          `section "${section}" has ${count(mine, section)} paragraphs and list items, the Kazakh original has ${count(theirs, section)}; they part at ${theirs[at]?.id ?? mine[at]?.id} (${article(mine[at]?.kind)} here, ${article(theirs[at]?.kind)} in the original)`,
          'translate each Kazakh paragraph and list item as one block, in the same order: do not split, merge or drop any',
        ),
      );
    }
  }
  if (errors.length > 0) return errors;
  for (const id of originalIds) {
    const a = original.find((b) => b.id === id)!;
    const b = byId.get(id)!;
    if (a.kind === 'heading' || a.kind === 'table') continue;
    const [na, nb] = [numbersIn(a.text), numbersIn(b.text)];
    if (na.join() !== nb.join()) {
      const missing = without(na, nb);
      const extra = without(nb, na);
      const parts = [
        missing.length && `lacks ${missing.join(', ')}`,
        extra.length && `has ${extra.join(', ')} that the original does not`,
      ].filter(Boolean);
      errors.push(
        new ContentError(
          file,
          b.line,
          `paragraph ${id} ${parts.join(' and ')} (numbers, years and citations must match the Kazakh paragraph)`,
          'write every number, year and citation of the original paragraph in this paragraph, in digits',
        ),
      );
    }
    const [ma, mb] = [markersIn(a.text), markersIn(b.text)];
    if (ma.join() !== mb.join()) {
      errors.push(
        new ContentError(
          file,
          b.line,
          `paragraph ${id} cites ${mb.join(' ') || 'nothing'}, the Kazakh original cites ${ma.join(' ') || 'nothing'}`,
          'keep the citation markers of the original paragraph, in the same order',
        ),
      );
    }
  }
  return errors;
}
