/**
 * Reads, through the content collections, every place of one language that search lands on
 * (see src/lib/search/places.ts), and the names search knows. Runs at build time only.
 */
import { getCollection, render } from 'astro:content';
import { useTranslations } from '../i18n';
import type { Lang } from '../i18n/locales';
import { yearLabel } from '../lib/publication';
import {
  aboutPlaces,
  articlePlaces,
  entryPlaces,
  markdownSections,
  referencePlaces,
  rowPlaces,
  type SearchPlace,
} from '../lib/search/places';
import { searchTerms, type SearchTerm } from '../lib/search/terms';
import { loadArticle } from './load-article';

/** Every place of `lang`'s pages, in the order of the edition. */
export async function searchPlaces(lang: Lang): Promise<SearchPlace[]> {
  const t = useTranslations(lang);
  const words = {
    paragraph: t('search.paragraph'),
    table: t('table.caption'),
    glossary: t('nav.organisations'),
    references: t('nav.references'),
    about: t('nav.about'),
  };
  const { blocks } = await loadArticle(lang);
  const about = (await getCollection('about')).find((e) => e.data.lang === lang)!;
  const aboutHeadings = (await render(about)).headings.filter((h) => h.depth === 2);
  const incidents = (await getCollection('incidents')).map((e) => e.data);
  return [
    ...articlePlaces(blocks, words),
    ...rowPlaces(
      incidents.map((i) => ({
        id: i.id,
        name: `${i.event[lang]}, ${yearLabel(i)}`,
        cells: [String(i.year), i.event[lang], i.description[lang]],
      })),
      words,
    ),
    ...entryPlaces(
      (await getCollection('organisations')).map(({ data: o }) => ({
        slug: o.slug,
        name: o.names[lang].name,
        otherNames: [o.names[lang].abbr, ...(o.aliases ?? [])].filter((n): n is string => !!n),
        summary: o.summary[lang],
      })),
      words,
    ),
    ...referencePlaces(
      (await getCollection('references')).map(({ data: r }) => ({ n: r.n, author: r.author?.[lang] })),
      words,
    ),
    ...aboutPlaces(
      markdownSections(about.body ?? '', (_, i) => aboutHeadings[i]?.slug ?? ''),
      words,
    ),
  ];
}

/** The glossary's organisations and the terms of content/terms.yaml, as search knows them. */
export async function allSearchTerms(): Promise<SearchTerm[]> {
  return searchTerms(
    (await getCollection('organisations')).map((e) => e.data),
    (await getCollection('terms')).map((e) => e.data),
  );
}
