/** Marking the Kazakh phrases inside a text of another language, for `lang` attributes. */
import { escapeRegExp } from './text-match';

/** A piece of text; `kk` marks a Kazakh phrase. */
interface Segment {
  text: string;
  kk: boolean;
}

/**
 * Splits a text into pieces, marking every occurrence of the given Kazakh phrases.
 * @example kazakhSegments('Аккожина Н.О., Даркенов Қ.Ғ. Title', ['Даркенов Қ.Ғ.'])
 *   // [{ text: 'Аккожина Н.О., ', kk: false }, { text: 'Даркенов Қ.Ғ.', kk: true }, { text: ' Title', kk: false }]
 */
export function kazakhSegments(text: string, phrases: string[]): Segment[] {
  const wanted = phrases.filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [{ text, kk: false }];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'g');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), kk: false });
    segments.push({ text: match[0], kk: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), kk: false });
  return segments;
}

/**
 * The Kazakh phrases a translated text marks as Kazakh (`<span lang="kk">…</span>` in its
 * blocks' HTML), so the same phrases can be marked wherever the text is quoted again.
 * @example kazakhPhrasesIn([{ html: 'Law («<span lang="kk">Ұлттық қауіпсіздік туралы</span>»)' }])
 *   // ['Ұлттық қауіпсіздік туралы']
 */
export function kazakhPhrasesIn(blocks: { html: string }[]): string[] {
  const found = blocks.flatMap((b) =>
    [...b.html.matchAll(/<span lang="kk">([^<]+)<\/span>/g)].map((m) => m[1]!),
  );
  return [...new Set(found)];
}
