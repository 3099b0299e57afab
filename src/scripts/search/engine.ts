/**
 * The search engine in the browser: each language's places (`/{lang}/search/places.json`) and
 * the names search knows (`/search-terms.json`), fetched on first use and prepared once; the
 * search itself is src/lib/search/search.ts. Everything it fetches is on this site.
 */
import type { Lang } from '../../i18n/locales';
import { pagePath, sitePath } from '../../lib/paths';
import type { SearchPlace } from '../../lib/search/places';
import { hitsOf, type Hit } from '../../lib/search/results';
import { prepareIndex, searchAll, type PreparedIndex } from '../../lib/search/search';
import { termOf, type SearchTerm } from '../../lib/search/terms';

const indexes = new Map<Lang, Promise<PreparedIndex>>();
let terms: Promise<SearchTerm[]> | undefined;

const json = <T>(url: string) => fetch(url).then((r) => r.json() as Promise<T>);

/** Starts loading what a search in these languages needs, so the first keystroke is answered fast. */
export function warmUp(langs: Lang[], base: string): void {
  terms ??= json<SearchTerm[]>(sitePath(base, 'search-terms.json'));
  for (const lang of langs)
    if (!indexes.has(lang))
      indexes.set(
        lang,
        json<SearchPlace[]>(`${pagePath(base, lang, 'search')}places.json`).then((places) =>
          prepareIndex(lang, places),
        ),
      );
}

/** The results of a query in each language, best first, and the glossary entry it names. */
export async function search(
  query: string,
  langs: Lang[],
  base: string,
): Promise<{ groups: { lang: Lang; hits: Hit[] }[]; term: SearchTerm | undefined }> {
  warmUp(langs, base);
  const [allTerms, ...ready] = await Promise.all([terms!, ...langs.map((l) => indexes.get(l)!)]);
  const groups = searchAll(query, ready, allTerms).map(({ lang, found }) => ({
    lang,
    hits: hitsOf(found, base, query),
  }));
  return { groups, term: termOf(query, allTerms) };
}
