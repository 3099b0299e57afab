/** What an article page shows, derived from the captured blocks of its rendered MDX. */
import type { CapturedBlock } from './article-file';

/** The section headings, for the contents. */
export function sectionsOf(blocks: CapturedBlock[]): { id: string; title: string }[] {
  return blocks.filter((b) => b.kind === 'heading').map((b) => ({ id: b.id, title: b.text }));
}

/**
 * A description of at most `max` characters, cut at a word boundary.
 * @example summarise('Бұл мақалада Орталық Азия…', 20) // 'Бұл мақалада…'
 */
export function summarise(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The text of one block by id (the abstract for the page description, for example). */
export function blockText(blocks: CapturedBlock[], id: string): string {
  return blocks.find((b) => b.id === id)?.text ?? '';
}

/** The first prose paragraph of a Markdown text, without headings or list items. */
export function firstParagraph(markdown: string): string {
  return (
    markdown
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p !== '' && !/^(#|-|\*|\d+\.|<)/.test(p))
      ?.replace(/\s+/g, ' ') ?? ''
  );
}

/**
 * The first sentence of a paragraph: up to the first full stop after a lower-case letter,
 * a digit or a closing quote that a capital letter follows. Initials (`Н.О. Аккожина`) end in
 * a capital, so they do not end a sentence.
 * @example firstSentence('Бұл мақалада талдау жасалды. Орталық Азия…') // 'Бұл мақалада талдау жасалды.'
 */
export function firstSentence(paragraph: string): string {
  return /^.*?[\p{Ll}\d)»”][.!?](?=\s+\p{Lu})/u.exec(paragraph)?.[0] ?? paragraph;
}
