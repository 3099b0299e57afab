/**
 * A result as the reader sees it: the link to its place, the label that names the place, and
 * an excerpt of the place's own words with the matching words marked, so the excerpt and the
 * link always belong to the same place.
 */
import type { Lang } from '../../i18n/locales';
import { pagePath } from '../paths';
import { fold, WORD } from './fold';
import type { Found } from './search';

/** A result, ready to draw. */
export interface Hit {
  lang: Lang;
  href: string;
  label: string;
  /** HTML: the place's text, escaped, with the matching words in <mark>. */
  excerpt: string;
  /** Set when the place was found through the same passage in this language. */
  alignedWith?: Lang;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Where in `text` the words whose folded form is in `marks` are. */
function markedSpans(text: string, marks: string[]): [number, number][] {
  const wanted = new Set(marks);
  const spans: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    if (!wanted.has(fold(m[0].normalize('NFC')))) continue;
    const last = spans.at(-1);
    // «Қасым-Жомарт» is one mark, not two with a bare hyphen between.
    if (last && /^[-‐]$/u.test(text.slice(last[1], m.index))) last[1] = m.index + m[0].length;
    else spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The marked words as `text` writes them. */
const marked = (text: string, marks: string[]) => markedSpans(text, marks).map(([a, b]) => text.slice(a, b));

/**
 * About `radius` characters of `text` around its first marked word, HTML-escaped, with every
 * word whose folded form is in `marks` marked.
 * @example excerptOf('… ұйымдардың мақсаты …', ['уйымдардын']) // '… <mark>ұйымдардың</mark> мақсаты …'
 */
export function excerptOf(text: string, marks: string[], radius = 90): string {
  const spans = markedSpans(text, marks);
  const at = spans[0]?.[0] ?? 0;
  // A window of 2 × radius around the match, moved back into the text at either end, so a short
  // place (a glossary entry) is shown whole, from its name.
  let from = Math.max(0, Math.min(at - radius, text.length - 2 * radius));
  let to = Math.min(text.length, from + 2 * radius);
  if (from > 0) from = text.indexOf(' ', from) + 1;
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), at + 1);
  let html = '';
  let cursor = from;
  for (const [start, end] of spans) {
    if (start < from || end > to) continue;
    html += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  html += escapeHtml(text.slice(cursor, to));
  return `${from > 0 ? '… ' : ''}${html.trim()}${to < text.length ? ' …' : ''}`;
}

/** A found place as a result: its link under `base`, with the query to highlight on arrival. */
function hitOf(found: Found, base: string, query: string): Hit {
  const page = pagePath(base, found.lang, found.place.page);
  // The words as this text writes them, so a Latin or folded query still marks them on arrival.
  const words = [...new Set(marked(found.place.text, found.marks))].slice(0, 6).join(' ') || query;
  const highlight = found.alignedWith ? '' : `?highlight=${encodeURIComponent(words)}`;
  return {
    lang: found.lang,
    href: `${page}${highlight}#${found.place.id}`,
    label: found.place.label,
    excerpt: excerptOf(found.place.text, found.marks),
    ...(found.alignedWith ? { alignedWith: found.alignedWith } : {}),
  };
}

/** The found places as results, none repeating an excerpt already listed. */
export function hitsOf(found: Found[], base: string, query: string): Hit[] {
  const seen = new Set<string>();
  return found
    .map((f) => hitOf(f, base, query))
    .filter((h) => {
      if (seen.has(h.excerpt)) return false;
      seen.add(h.excerpt);
      return true;
    });
}
