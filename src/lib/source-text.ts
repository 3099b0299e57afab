/**
 * Reading the extracted PDF text (`content/source/article-extracted.txt`): undo line-break
 * hyphenation and split it into paragraphs, without changing any word.
 */

/** Line ranges (1-based, inclusive) of the Kazakh original's parts in the source copy. */
export const KAZAKH_ORIGINAL_LINES = { from: 7, to: 362 } as const;

/** Page furniture inside the Kazakh range that is not the authors' text. */
const FURNITURE = /^\s*(\d{1,3}|ХҒТАР [\d.]+|Ғылыми мақала)\s*$/;

/**
 * Joins the source's lines into paragraphs (one per line of the result), undoing line-break
 * hyphenation. A hyphen at a line end is kept only when the hyphenated word also occurs
 * unbroken elsewhere in the text (`Хизб-ут-` + `Тахрир`, `үгіт-` + `насихат`); otherwise the
 * two halves are one word (`Республика-` + `сының`). Blank lines end a paragraph, except
 * right after a hyphen, where the PDF's table cells put them.
 * @example dehyphenate('Республика-\nсының') // 'Республикасының'
 */
export function dehyphenate(text: string): string {
  const lines = text.split('\n').map((line) => line.trim());
  const unbroken = new Set(lines.join(' ').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []);
  const paragraphs: string[] = [];
  let current = '';
  let brokenWord: string | null = null; // the part before a line-end hyphen, waiting for its rest
  for (const line of lines) {
    if (line === '') {
      if (brokenWord === null && current !== '') paragraphs.push(current);
      if (brokenWord === null) current = '';
      continue;
    }
    if (brokenWord !== null) {
      const rest = /^[\p{L}\p{N}]+/u.exec(line)?.[0] ?? '';
      current += (unbroken.has(`${brokenWord}-${rest}`) ? '-' : '') + line;
    } else {
      current = current === '' ? line : `${current} ${line}`;
    }
    const hyphenEnd = /([\p{L}\p{N}-]*\p{L})-$/u.exec(current);
    brokenWord = hyphenEnd ? hyphenEnd[1] : null;
    if (hyphenEnd) current = current.slice(0, -1);
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.map((p) => p.replace(/\s+/g, ' ')).join('\n');
}

/**
 * Paragraphs of the source between two line numbers (1-based, inclusive): blank lines
 * separate paragraphs, page furniture is dropped, hyphenation is undone, spaces are folded.
 */
export function sourceParagraphs(text: string, from: number, to: number): string[] {
  const lines = text
    .split('\n')
    .slice(from - 1, to)
    .filter((line) => !FURNITURE.test(line));
  return dehyphenate(lines.join('\n'))
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The words of a text, in order, as the fidelity check compares them: runs of letters and
 * digits; punctuation, quotes and spacing are not compared.
 * @example words('«Алаш» болды.') // ['Алаш', 'болды']
 */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}
