/** The glossary as search terms: built from content/organisations.yaml, never a hand list. */
import { langs } from '../../i18n/locales';
import type { Organisation } from '../../schemas';
import { fold } from './fold';
import type { SearchTerm } from './plan';

/** Every organisation with all the names it goes by, folded for matching. */
export function searchTerms(organisations: Organisation[]): SearchTerm[] {
  return organisations.map((o) => {
    const names = langs.flatMap((l) => [o.names[l].name, o.names[l].abbr, ...o.names[l].forms]);
    const keys = [...names, ...(o.aliases ?? [])]
      .filter((k): k is string => !!k)
      .map((k) => fold(k.replace(/[«»"“”]/g, '')));
    return {
      slug: o.slug,
      keys: [...new Set(keys)],
      forms: Object.fromEntries(
        langs.map((l) => [
          l,
          [...new Set([o.names[l].abbr, ...o.names[l].forms].filter((f): f is string => !!f))],
        ]),
      ) as SearchTerm['forms'],
      names: Object.fromEntries(langs.map((l) => [l, o.names[l].name])) as SearchTerm['names'],
    };
  });
}
