/**
 * The search engine in the browser: one Pagefind bundle per language, loaded on first use;
 * each query planned per language (src/lib/search/plan.ts); results turned into places to
 * land on. Everything it fetches is on this site.
 */
import type { Lang } from '../../i18n/locales';
import { planQueries, termOf, type SearchTerm } from '../../lib/search/plan';
import {
  blockTextOf,
  cleanHeading,
  excerptAround,
  headingOf,
  landingAnchor,
  markedWords,
  type Anchor,
} from '../../lib/search/results';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  anchors: Anchor[];
  locations: number[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
}

/** A place a reader can land on. */
export interface Hit {
  lang: Lang;
  href: string;
  page: string;
  place: string;
  excerpt: string;
}

const bundles = new Map<Lang, Promise<Pagefind>>();
const vocabularies = new Map<Lang, Promise<string[]>>();
let terms: Promise<SearchTerm[]> | undefined;

function pagefind(lang: Lang, base: string): Promise<Pagefind> {
  if (!bundles.has(lang)) {
    bundles.set(
      lang,
      (async () => {
        const pf = (await import(/* @vite-ignore */ `${base}pagefind/${lang}/pagefind.js`)) as Pagefind;
        await pf.options({ baseUrl: base, excerptLength: 24 });
        await pf.init();
        return pf;
      })(),
    );
  }
  return bundles.get(lang)!;
}

const json = <T>(url: string) => fetch(url).then((r) => r.json() as Promise<T>);

/** Loads what a search in these languages needs, so the first keystroke is answered fast. */
export function warmUp(langs: Lang[], base: string): void {
  terms ??= json<SearchTerm[]>(`${base}search-terms.json`);
  for (const lang of langs) {
    void pagefind(lang, base);
    if (!vocabularies.has(lang))
      vocabularies.set(lang, json<string[]>(`${base}${lang}/search/vocabulary.json`));
  }
}

/** The glossary entry a query names, if any. */
export async function termFor(query: string, base: string): Promise<SearchTerm | undefined> {
  warmUp([], base);
  return termOf(query, await terms!);
}

/** The block's own excerpt where it holds one of the words; otherwise Pagefind's. */
function excerptOf(anchor: Anchor | undefined, words: string[], fallback: string): string {
  const text = anchor ? blockTextOf(anchor) : '';
  const lower = text.toLowerCase();
  return words.some((w) => w.length > 1 && lower.includes(w)) ? excerptAround(text, words) : fallback;
}

/** Searches one language's index; the exact query's places come first. */
export async function searchLanguage(query: string, lang: Lang, base: string, limit = 8): Promise<Hit[]> {
  warmUp([lang], base);
  const [pf, allTerms, vocabulary] = await Promise.all([
    pagefind(lang, base),
    terms!,
    vocabularies.get(lang)!,
  ]);
  const hits: Hit[] = [];
  const seen = new Set<string>();
  // A query that names an organisation lands first on that organisation's own glossary entry.
  const term = termOf(query, allTerms);
  for (const q of planQueries(query, lang, { terms: allTerms, vocabulary })) {
    const { results } = await pf.search(q);
    for (const result of results.slice(0, 5)) {
      const data = await result.data();
      const words = [...markedWords(data.excerpt), ...q.toLowerCase().split(' ')];
      const own = term && data.anchors.find((a) => a.id === term.slug);
      let onThisPage = 0;
      for (const location of [...(own ? [own.location] : []), ...data.locations]) {
        const anchor = landingAnchor(data.anchors, location);
        const href = `${data.url}${anchor ? `#${anchor.id}` : ''}`;
        if (seen.has(href)) continue;
        seen.add(href);
        if (++onThisPage > 3) break;
        const url = new URL(href, window.location.href);
        url.searchParams.set('highlight', q);
        hits.push({
          lang,
          href: url.pathname + url.search + url.hash,
          page: data.meta.title ?? data.url,
          place: anchor ? (headingOf(data.anchors, location) ?? cleanHeading(anchor.text).slice(0, 60)) : '',
          excerpt: excerptOf(anchor, words, data.excerpt),
        });
        if (hits.length >= limit) return hits;
      }
    }
  }
  return hits;
}
