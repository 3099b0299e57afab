/**
 * The characters the built site can show, read from its HTML and CSS: every character of the
 * pages' text (and of the strings the scripts show, which the pages carry as JSON), and apart
 * from it the characters set in bold, so the bold face carries only those.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import postcss from 'postcss';

/** What the browser sets in bold without any stylesheet of ours. */
const UA_BOLD = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'b', 'strong', 'th', 'optgroup'];

/**
 * Printable ASCII and the whole Kazakh and Russian alphabets: a reader types a search query with
 * any of them, and every Kazakh letter must be in the edition's own face even where the text
 * happens not to use it.
 */
export const ALWAYS_REGULAR = [
  String.fromCharCode(...Array.from({ length: 95 }, (_, i) => i + 0x20)),
  'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ',
  'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя',
  '«»—–…№',
].join('');

/** The characters a site needs in each weight. */
export interface SiteCharacters {
  regular: Set<string>;
  bold: Set<string>;
}

/**
 * Where bold text is: the elements a selector matches; for a ::before or ::after whose content
 * is `attr(name)`, that attribute of theirs rather than their text.
 */
export interface BoldRule {
  selector: string;
  attribute?: string;
}

const PSEUDO_ELEMENT = /::?(before|after|marker)\b/;

/** The rules that set text in bold, and the characters of CSS `content` strings. */
export function readStylesheet(css: string): { bold: BoldRule[]; generated: string } {
  const bold: BoldRule[] = UA_BOLD.map((selector) => ({ selector }));
  let generated = '';
  postcss.parse(css).walkRules((rule) => {
    const content = rule.nodes.find((n) => n.type === 'decl' && n.prop === 'content');
    const attribute = content?.type === 'decl' ? /attr\(([\w-]+)\)/.exec(content.value)?.[1] : undefined;
    if (content?.type === 'decl')
      generated += content.value
        .replace(/attr\([\w-]+\)/g, '')
        .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    const isBold = rule.nodes.some(
      (n) => n.type === 'decl' && /^font(-weight)?$/.test(n.prop) && /\b(bold|bolder|[6-9]00)\b/.test(n.value),
    );
    if (!isBold) return;
    for (const selector of rule.selectors)
      bold.push(PSEUDO_ELEMENT.test(selector) && attribute ? { selector, attribute } : { selector });
  });
  return { bold, generated };
}

/**
 * The selector as it matches the built page: without pseudo-elements and states, and without
 * the ARIA states scripts set later (`.toc a[aria-current=location]` is any contents link).
 */
function staticSelector(selector: string): string {
  return selector
    .replace(/::?(before|after|marker|hover|focus|focus-visible|focus-within|active|visited|first-letter|first-line)\b/g, '')
    .replace(/\[aria-[\w-]+(=[^\]]*)?\]/g, '');
}

/** hast's property name for an HTML attribute (`data-label` → `dataLabel`). */
const toProperty = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The text a reader can see on one page, and the part of it set in bold. */
export function pageText(html: string, boldRules: BoldRule[]): { text: string; bold: string } {
  const tree: Root = fromHtml(html);
  const visible: string[] = [];
  for (const body of selectAll('body, title', tree)) {
    const copy = structuredClone(body);
    for (const hidden of selectAll('script:not([type="application/json"]), style', copy)) hidden.children = [];
    visible.push(toString(copy));
  }
  for (const field of selectAll('[placeholder], input[value]', tree))
    visible.push(String(field.properties.placeholder ?? ''), String(field.properties.value ?? ''));
  const bold: string[] = [];
  for (const { selector, attribute } of boldRules) {
    let found: Element[] = [];
    try {
      found = selectAll(staticSelector(selector) || '*:not(*)', tree);
    } catch {
      continue; // a selector hast-util-select cannot read: its text falls back to synthesised bold
    }
    bold.push(...found.map((el) => (attribute ? String(el.properties[toProperty(attribute)] ?? '') : toString(el))));
  }
  return { text: visible.join(' '), bold: bold.join(' ') };
}

/** Every character the pages and stylesheets show, by weight. */
export function siteCharacters(pages: string[], stylesheets: string[]): SiteCharacters {
  const sheets = stylesheets.map(readStylesheet);
  const boldRules = sheets.flatMap((s) => s.bold);
  const generated = sheets.map((s) => s.generated).join('');
  const regular = new Set<string>([...ALWAYS_REGULAR, ...generated]);
  const bold = new Set<string>(generated);
  for (const html of pages) {
    const { text, bold: boldText } = pageText(html, boldRules);
    for (const c of text) regular.add(c);
    for (const c of boldText) bold.add(c);
  }
  for (const set of [regular, bold]) for (const c of [...set]) if (/\s/.test(c) && c !== ' ') set.delete(c);
  bold.add(' ');
  return { regular, bold };
}

/** A CSS `unicode-range` covering exactly these characters, as runs of code points. */
export function unicodeRange(chars: Iterable<string>): string {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    while (points[i + 1] === points[i]! + 1) i++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    runs.push(start === points[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(points[i]!)}`);
  }
  return runs.join(',');
}
