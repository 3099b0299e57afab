/**
 * The names search knows, from content only: the glossary's organisations
 * (content/organisations.yaml) and the places, people, laws and concepts of content/terms.yaml.
 * A query that is one of a term's names, in any language or script, is also searched as the
 * forms each language's text uses.
 */
import { langs, type Lang } from '../../i18n/locales';
import type { Organisation, Term } from '../../schemas';
import { compact } from './fold';

/** A name search knows: every way it is written, and its forms in each language's text. */
export interface SearchTerm {
  slug: string;
  /** Every name, abbreviation, alias and text form, in all languages, compacted (see `compact`). */
  keys: string[];
  /** The forms each language's text uses (names and abbreviations first). */
  forms: Record<Lang, string[]>;
  /** The glossary entry's name per language, for organisations: the "in the glossary" line. */
  names?: Record<Lang, string>;
}

const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];
const keysOf = (names: (string | undefined)[]) =>
  unique(names.map((n) => n && compact(n))).filter((k) => k.length > 1);

/** Every organisation and term with all the names it goes by. */
export function searchTerms(organisations: Organisation[], terms: Term[] = []): SearchTerm[] {
  const fromGlossary = organisations.map((o) => {
    const forms = Object.fromEntries(
      langs.map((l) => [l, unique([o.names[l].abbr, ...o.names[l].forms])]),
    ) as Record<Lang, string[]>;
    return {
      slug: o.slug,
      keys: keysOf([...langs.flatMap((l) => [o.names[l].name, ...forms[l]]), ...(o.aliases ?? [])]),
      forms,
      names: Object.fromEntries(langs.map((l) => [l, o.names[l].name])) as Record<Lang, string>,
    };
  });
  const fromTerms = terms.map((t) => ({
    slug: t.slug,
    keys: keysOf([...langs.flatMap((l) => t.forms[l]), ...(t.aliases ?? [])]),
    forms: t.forms,
  }));
  return [...fromGlossary, ...fromTerms];
}

/**
 * The term a query names: the whole query is one of its names, forms or aliases, with case,
 * Kazakh letters, quotes, hyphens and spaces not counting.
 * @example termOf('Хизбут-Тахрир', terms)?.slug // 'hizb-ut-tahrir'
 */
export function termOf(query: string, terms: SearchTerm[]): SearchTerm | undefined {
  const q = compact(query);
  if (q.length < 2) return undefined;
  return terms.find((t) => t.keys.includes(q));
}
