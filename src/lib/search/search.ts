/**
 * Search over the places of one or more languages (places.ts): each place scored by how well
 * its words answer the query, best first; and, when several languages are searched, a place
 * found in one language brings the same place (same page, same id) in the others, marked as
 * aligned with a match rather than as a match of its own words.
 */
import type { Lang } from '../../i18n/locales';
import { capitalsOf, compact, fold, words } from './fold';
import { matchWord, MIN_PREFIX, MIN_STEM, vocabularyOf, type Vocabulary } from './match';
import { stemOf } from './stem';
import { PLACE_KINDS, type SearchPlace } from './places';
import { termOf, type SearchTerm } from './terms';

/** One language's places, ready to search. */
export interface PreparedIndex {
  lang: Lang;
  places: SearchPlace[];
  /** Each place's words, folded, in order. */
  words: string[][];
  /** Whether each of those words starts with a capital (a proper name's forms must). */
  capitals: boolean[][];
  /** Each place's distinct words, for quick look-up. */
  wordSets: Set<string>[];
  vocabulary: Vocabulary;
}

/** A place that answers the query. */
export interface Found {
  lang: Lang;
  place: SearchPlace;
  score: number;
  /** The folded words to mark in the excerpt (none for an aligned place). */
  marks: string[];
  /** For a place found only through its aligned passage: the language whose words matched. */
  alignedWith?: Lang;
  /** The glossary entry of the organisation the query names: first among the entries. */
  own?: boolean;
}

/** Scores: a term of the text, then the whole query as a phrase, then word by word. */
const SCORE = { term: 100, phrase: 90 } as const;

/** Prepares one language's places for searching (once per language, on first use). */
export function prepareIndex(lang: Lang, places: SearchPlace[]): PreparedIndex {
  const placeWords = places.map((p) => words(p.text));
  return {
    lang,
    places,
    words: placeWords.map((ws) => ws.map(fold)),
    wordSets: placeWords.map((ws) => new Set(ws.map(fold))),
    capitals: places.map((p) => capitalsOf(p.text)),
    vocabulary: vocabularyOf(placeWords.flat(), lang),
  };
}

/**
 * Where `parts` (folded, compacted pieces) occur in `ws` as consecutive words: the first parts
 * whole, the last a word start (a text form such as «Ақтөбе» also finds «Ақтөбеде»; a start
 * shorter than four letters takes at most two more).
 */
function phraseAt(ws: string[], target: string, lastWordStart: boolean): [number, number] | undefined {
  for (let i = 0; i < ws.length; i++) {
    let joined = '';
    for (let j = i; j < ws.length && joined.length < target.length; j++) {
      const next = joined + ws[j]!;
      if (next === target) return [i, j + 1];
      if (next.startsWith(target) && lastWordStart) {
        const start = target.length - joined.length;
        if (start >= MIN_PREFIX || ws[j]!.length - start <= 2) return [i, j + 1];
      }
      if (!target.startsWith(next)) break;
      joined = next;
    }
  }
  return undefined;
}

/** The closest level at which any of a place's words matches one query word. */
function bestLevel(matches: Map<string, number>, placeWords: Set<string>): number {
  let best = 0;
  if (matches.size < placeWords.size) {
    for (const [w, level] of matches) if (level > best && placeWords.has(w)) best = level;
  } else for (const w of placeWords) best = Math.max(best, matches.get(w) ?? 0);
  return best;
}

/** Where a name's words occur in `ws` inflected (Исламское государство: «Исламского государства»). */
function stemsAt(ws: string[], stems: string[], vocab: Vocabulary): [number, number] | undefined {
  if (stems.some((s) => s.length < MIN_STEM)) return undefined;
  for (let i = 0; i + stems.length <= ws.length; i++)
    if (stems.every((s, k) => vocab.stems.get(ws[i + k]!) === s)) return [i, i + stems.length];
  return undefined;
}

/** The places of one language that answer the query, with their scores and the words to mark. */
function searchOne(query: string, index: PreparedIndex, terms: SearchTerm[]): Found[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return [];
  const term = termOf(query, terms);
  const forms = (term?.forms[index.lang] ?? []).map((f) => ({
    whole: compact(f),
    stems: words(f).map((w) => stemOf(w, index.lang)),
    capitals: capitalsOf(f),
  }));
  const whole = compact(query);
  const perWord = queryWords.map((w) => matchWord(w, index.vocabulary));
  const found: Found[] = [];
  index.places.forEach((place, p) => {
    const ws = index.words[p]!;
    let score = 0;
    const marks = new Set<string>();
    for (const form of forms) {
      const at = phraseAt(ws, form.whole, true) ?? stemsAt(ws, form.stems, index.vocabulary);
      // «Исламское государство», the organisation, is not «исламское государство», an idea.
      if (at && form.capitals.every((c, k) => !c || index.capitals[p]![at[0] + k])) {
        score = SCORE.term;
        ws.slice(...at).forEach((w) => marks.add(w));
      }
    }
    const phrase = whole.length >= 2 ? phraseAt(ws, whole, false) : undefined;
    if (phrase && queryWords.length > 1) {
      score = Math.max(score, SCORE.phrase);
      ws.slice(...phrase).forEach((w) => marks.add(w));
    }
    const set = index.wordSets[p]!;
    const levels = perWord.map((m) => bestLevel(m, set));
    if (levels.every((l) => l > 0)) {
      score = Math.max(score, 20 * Math.min(...levels) + levels.reduce((a, b) => a + b, 0));
      for (const w of set) if (perWord.some((m) => m.has(w))) marks.add(w);
    }
    if (score === 0) return;
    const own = place.kind === 'entry' && place.id === term?.slug;
    found.push({ lang: index.lang, place, score, marks: [...marks], ...(own ? { own } : {}) });
  });
  return found;
}

const kindRank = (f: Found) => PLACE_KINDS.indexOf(f.place.kind);
const key = (place: SearchPlace) => `${place.page}#${place.id}`;

/** Best first: score, then the article before page furniture, then the order of the text. */
function byRank(order: Map<string, number>) {
  return (a: Found, b: Found) =>
    b.score - a.score ||
    kindRank(a) - kindRank(b) ||
    Number(!!b.own) - Number(!!a.own) ||
    order.get(key(a.place))! - order.get(key(b.place))!;
}

/**
 * Searches each language; with more than one, every place found in one language also brings
 * its aligned place in the others. Each group lists a place once and an excerpt once: its own
 * matches first, then the aligned places.
 */
export function searchAll(
  query: string,
  indexes: PreparedIndex[],
  terms: SearchTerm[],
): { lang: Lang; found: Found[] }[] {
  const direct = indexes.map((index) => searchOne(query, index, terms));
  return indexes.map((index, i) => {
    const order = new Map(index.places.map((p, n) => [key(p), n]));
    const own = direct[i]!;
    const seen = new Set(own.map((f) => key(f.place)));
    const aligned = new Map<string, Found>();
    if (indexes.length > 1) {
      direct.forEach((others, j) => {
        if (j === i) return;
        for (const f of others) {
          const k = key(f.place);
          const place = f.place.kind === 'about' ? undefined : index.places[order.get(k) ?? -1];
          if (!place || seen.has(k) || (aligned.get(k)?.score ?? 0) >= f.score) continue;
          aligned.set(k, { lang: index.lang, place, score: f.score, marks: [], alignedWith: f.lang });
        }
      });
    }
    const texts = new Set<string>();
    const found = [...own.sort(byRank(order)), ...[...aligned.values()].sort(byRank(order))].filter((f) => {
      if (texts.has(f.place.text)) return false;
      texts.add(f.place.text);
      return true;
    });
    return { lang: index.lang, found };
  });
}
