/**
 * What to search for in one language's index, given what the reader typed: the query as
 * typed first (exact matches rank first), then the glossary's forms of an organisation the
 * query names in any language or script, the words a folded spelling stands for, and Kazakh
 * stems, which Pagefind's prefix matching widens to every inflected form.
 */
import type { Lang } from '../../i18n/locales';
import { fold } from './fold';
import { kazakhStem } from './kazakh-stem';

/** An organisation as search knows it: every name it goes by, and its forms per language. */
export interface SearchTerm {
  slug: string;
  /** Every name, abbreviation, alias and text form, in all languages, folded. */
  keys: string[];
  /** The forms to search in each language's index (names and abbreviations first). */
  forms: Record<Lang, string[]>;
  /** The entry's name in each language, for the "did you mean" line. */
  names: Record<Lang, string>;
}

interface PlanContext {
  terms: SearchTerm[];
  /** The index language's vocabulary (lower-cased words), for mapping folded spellings. */
  vocabulary?: string[] | undefined;
}

/** The organisation a query names, if any: the whole query is one of its names or forms. */
export function termOf(query: string, terms: SearchTerm[]): SearchTerm | undefined {
  const q = fold(query.trim().replace(/[«»"“”]/g, ''));
  if (q.length < 2) return undefined;
  return terms.find((t) => t.keys.includes(q));
}

/** The words of the vocabulary a typed word may stand for once folded (казакстан → қазақстан). */
export function unfold(word: string, vocabulary: string[]): string[] {
  const folded = fold(word);
  if (vocabulary.includes(word.toLowerCase())) return [];
  const exact = vocabulary.filter((w) => fold(w) === folded);
  if (exact.length > 0) return exact.slice(0, 3);
  // A folded prefix of at least five letters: the reader typed the start of an inflected word.
  return folded.length >= 5 ? vocabulary.filter((w) => fold(w).startsWith(folded)).slice(0, 3) : [];
}

/**
 * The searches to run in `lang`'s index, most exact first, without repeats.
 * @example planQueries('мәселелер', 'kk', ctx) // ['мәселелер', 'мәселе']
 */
export function planQueries(query: string, lang: Lang, ctx: PlanContext): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (typed === '') return [];
  const plan = [typed];
  const term = termOf(typed, ctx.terms);
  if (term) plan.push(...term.forms[lang].slice(0, 4));
  const words = typed.split(' ');
  if (ctx.vocabulary) {
    const unfolded = words.map((w) => unfold(w, ctx.vocabulary!)[0] ?? w);
    plan.push(unfolded.join(' '));
  }
  if (lang === 'kk') {
    const base = plan.length > 1 && ctx.vocabulary ? plan.at(-1)!.split(' ') : words;
    plan.push(base.map((w) => kazakhStem(w)).join(' '));
  }
  const seen = new Set<string>();
  return plan.filter((q) => {
    const key = q.toLowerCase();
    if (seen.has(key) || q.trim() === '') return false;
    seen.add(key);
    return true;
  });
}
