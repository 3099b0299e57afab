/**
 * The characters the built site can show, read from its HTML and CSS: every character of the
 * pages' visible text, of the strings its scripts show (which the pages carry as JSON), of form
 * placeholders, and of CSS-generated content.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import postcss from 'postcss';

/**
 * Printable ASCII and the whole Kazakh and Russian alphabets: a reader types a search query with
 * any of them, and every Kazakh letter must be in the edition's own face even where the text
 * happens not to use it.
 */
export const ALWAYS_INCLUDED = [
  String.fromCharCode(...Array.from({ length: 95 }, (_, i) => i + 0x20)),
  'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ',
  'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя',
  '«»—–…№',
].join('');

/** The characters of a stylesheet's `content` strings (escapes read, `attr()` left out). */
export function generatedContent(css: string): string {
  let text = '';
  postcss.parse(css).walkDecls('content', (decl) => {
    text += decl.value
      .replace(/attr\([\w-]+\)/g, '')
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
  });
  return text;
}

/** The text a reader can see on one page, with the strings its scripts may show. */
export function pageText(html: string): string {
  const tree: Root = fromHtml(html);
  const visible: string[] = [];
  for (const part of selectAll('body, title', tree)) {
    const copy = structuredClone(part);
    for (const code of selectAll('script:not([type="application/json"]), style', copy)) code.children = [];
    visible.push(toString(copy));
  }
  for (const field of selectAll('[placeholder], input[value]', tree))
    visible.push(String(field.properties.placeholder ?? ''), String(field.properties.value ?? ''));
  return visible.join(' ');
}

/** Every character the pages and stylesheets show (a space, but no other whitespace). */
export function siteCharacters(pages: string[], stylesheets: string[]): Set<string> {
  const chars = new Set<string>([...ALWAYS_INCLUDED, ...stylesheets.map(generatedContent).join('')]);
  for (const html of pages) for (const c of pageText(html)) chars.add(c);
  for (const c of chars) if (/\s/.test(c) && c !== ' ') chars.delete(c);
  return chars;
}

/** A CSS `unicode-range` covering exactly these characters, as runs of code points. */
export function unicodeRange(chars: Iterable<string>): string {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const runs: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    while (points[i + 1] === points[i]! + 1) i++;
    runs.push(start === points[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(points[i]!)}`);
  }
  return runs.join(',');
}
