/**
 * Turning a Pagefind page result into places a reader can land on: the paragraph, table row,
 * glossary entry or reference that holds each match, with an excerpt that marks the words.
 */
import { escapeRegExp } from '../text-match';

/** An element with an id, as Pagefind reports it: its tag, text and word position. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The elements a result may land on: blocks, rows and entries, not links or headings of pages. */
const LANDING = new Set(['p', 'li', 'tr', 'article', 'h2', 'h3']);
const NOT_A_PLACE = /^(cite-|kind-|toc-|downloads$|preview$)/;

/** The block that holds the word at `location`: the last landing anchor at or before it. */
export function landingAnchor(anchors: Anchor[], location: number): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) {
    if (a.location > location || !LANDING.has(a.element) || NOT_A_PLACE.test(a.id)) continue;
    if (!best || a.location >= best.location) best = a;
  }
  return best;
}

/** The heading a block sits under (its section, or its glossary entry's group). */
export function headingOf(anchors: Anchor[], location: number): string | undefined {
  let best: Anchor | undefined;
  for (const a of anchors)
    if (a.location <= location && /^h[1-3]$/.test(a.element) && (!best || a.location >= best.location))
      best = a;
  return best && cleanHeading(best.text);
}

/** A heading's text without the ¶, # and "cite" tools that follow it. */
export function cleanHeading(text: string, toolWords: string[] = []): string {
  let t = text;
  for (const w of toolWords) t = t.replaceAll(w, '');
  return t
    .replace(/\s*[#¶]\s*$/u, '')
    .replace(/\s*[#¶].*$/u, '')
    .trim();
}

/** A block's text without the tools appended to it (¶ permalink, link to the original, cite). */
export function blockTextOf(anchor: Anchor): string {
  return anchor.text.replace(/\s*[¶#][^¶#]*$/u, '').trim();
}

/** The words Pagefind marked in an excerpt (`<mark>мәселесі</mark>`), lower-cased. */
export function markedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) =>
    m[1]!.replace(/[.,;:!?»«"()]+/g, '').toLowerCase(),
  );
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * About `radius` characters of `text` around the first of `words`, HTML-escaped, each of the
 * words (and their longer forms) marked.
 * @example excerptAround('… ұйымдардың мақсаты …', ['ұйым']) // '… <mark>ұйымдардың</mark> мақсаты …'
 */
export function excerptAround(text: string, words: string[], radius = 90): string {
  const lower = text.toLowerCase();
  const wanted = words.filter(Boolean).map((w) => w.toLowerCase());
  const hit = Math.min(
    ...wanted.map((w) => lower.indexOf(w)).filter((i) => i >= 0),
    Number.POSITIVE_INFINITY,
  );
  const at = Number.isFinite(hit) ? hit : 0;
  let from = Math.max(0, at - radius);
  let to = Math.min(text.length, at + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1;
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), at + 1);
  let html = escapeHtml(text.slice(from, to).trim());
  if (wanted.length > 0) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(${wanted.map((w) => escapeRegExp(escapeHtml(w))).join('|')})[\\p{L}\\p{N}-]*`,
      'giu',
    );
    html = html.replace(pattern, '<mark>$&</mark>');
  }
  return `${from > 0 ? '… ' : ''}${html}${to < text.length ? ' …' : ''}`;
}
