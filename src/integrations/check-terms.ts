/**
 * The check of content/terms.yaml, run with the rest of the edition's validation: every form
 * occurs in its language's text as a word start, and no name belongs to two entries (of the
 * terms or of the glossary), since a query must lead to one place.
 */
import type { Parsed } from '../build/yaml-data';
import { langs, type Lang } from '../i18n/locales';
import { ContentError } from '../lib/content-error';
import { compact } from '../lib/search/fold';
import { hasWordStarting } from '../lib/text-match';
import type { Organisation, Term } from '../schemas';

const FILE = 'content/terms.yaml';

/** Every problem of the terms file, given each language's whole text (article and Table 1). */
export function checkTerms(
  terms: Parsed<Term[]>,
  organisations: Organisation[],
  textOf: (lang: Lang) => string | undefined,
): ContentError[] {
  const errors: ContentError[] = [];
  const owner = new Map<string, string>();
  for (const o of organisations)
    for (const l of langs)
      for (const name of [o.names[l].name, o.names[l].abbr, ...o.names[l].forms])
        if (name) owner.set(compact(name), `the glossary entry "${o.slug}"`);
  const slugs = new Map<string, number>();
  terms.value.forEach((term, i) => {
    if (slugs.has(term.slug))
      errors.push(
        new ContentError(
          FILE,
          terms.lineOf([i, 'slug']),
          `the slug "${term.slug}" is used twice (first at entry ${slugs.get(term.slug)! + 1})`,
          'merge the two entries, or give this one its own slug',
        ),
      );
    else slugs.set(term.slug, i);
    for (const lang of langs) {
      const text = textOf(lang);
      term.forms[lang].forEach((form, f) => {
        const line = terms.lineOf([i, 'forms', lang, f]);
        if (text !== undefined && !hasWordStarting(text, form))
          errors.push(
            new ContentError(
              FILE,
              line,
              `the ${lang} form "${form}" of "${term.slug}" does not occur in content/article/${lang}.mdx or Table 1`,
              'list only forms the text uses, exactly as written (put other spellings under aliases)',
            ),
          );
        const first = owner.get(compact(form));
        if (first && first !== `the term "${term.slug}"`)
          errors.push(
            new ContentError(
              FILE,
              line,
              `the form "${form}" of "${term.slug}" already belongs to ${first}`,
              'list each name under one entry only',
            ),
          );
        else owner.set(compact(form), `the term "${term.slug}"`);
      });
    }
  });
  return errors;
}
