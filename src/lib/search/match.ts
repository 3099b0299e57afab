/**
 * Which words of one language's text a query word stands for, and how closely: the word
 * itself (with case, ё and Kazakh letters folded), a Latin-letter spelling of it, another form
 * with the same stem, or, for a word still being typed, a longer word it begins. Only words
 * that occur in the text are ever returned, so a query that is no word of the text, in any
 * form, matches nothing.
 */
import type { Lang } from '../../i18n/locales';
import { fold } from './fold';
import { stemOf } from './stem';
import { isLatin, latinPattern } from './transliterate';

/** How closely a text word matches a query word; higher is closer. */
const LEVEL = { exact: 4, stem: 3, prefix: 1 } as const;

/** A language's vocabulary: each folded word with its stem, and the words of each stem. */
export interface Vocabulary {
  lang: Lang;
  stems: Map<string, string>;
  byStem: Map<string, string[]>;
}

/** The shortest stem that still compares words (shorter stems are too often another word's). */
export const MIN_STEM = 3;
/** The shortest typed start that may stand for a longer word. */
export const MIN_PREFIX = 4;

/** The vocabulary of a text, from its words as `words()` splits them. */
export function vocabularyOf(allWords: Iterable<string>, lang: Lang): Vocabulary {
  const stems = new Map<string, string>();
  const byStem = new Map<string, string[]>();
  for (const word of allWords) {
    const folded = fold(word);
    if (stems.has(folded)) continue;
    const stem = stemOf(word, lang);
    stems.set(folded, stem);
    byStem.set(stem, [...(byStem.get(stem) ?? []), folded]);
  }
  return { lang, stems, byStem };
}

/**
 * The folded words of the text a query word may stand for, each with its level.
 * @example matchWord('Qazaqstan', kkVocabulary) // Map { 'казакстан' => 4, 'казакстанда' => 3, … }
 */
export function matchWord(word: string, vocab: Vocabulary): Map<string, number> {
  const found = new Map<string, number>();
  const add = (w: string, level: number) => {
    if ((found.get(w) ?? 0) < level) found.set(w, level);
  };
  const folded = fold(word);
  const latin = isLatin(word) && vocab.lang !== 'en';
  if (vocab.stems.has(folded)) add(folded, LEVEL.exact);
  if (latin) {
    const pattern = latinPattern(word);
    // A Latin spelling of the word itself, or of its stem (Andizhan: «Андижане»).
    if (pattern)
      for (const [w, stem] of vocab.stems) {
        if (pattern.test(w)) add(w, LEVEL.exact);
        else if (stem.length >= MIN_STEM && pattern.test(stem)) add(w, LEVEL.stem);
      }
  }
  const stems = new Set([...found.keys()].map((w) => vocab.stems.get(w)!));
  if (!latin) stems.add(stemOf(word, vocab.lang));
  for (const stem of stems) {
    if (stem.length < MIN_STEM) continue;
    for (const w of vocab.byStem.get(stem) ?? []) add(w, LEVEL.stem);
  }
  if (!latin && folded.length >= MIN_PREFIX)
    for (const w of vocab.stems.keys()) if (w.startsWith(folded)) add(w, LEVEL.prefix);
  return found;
}
