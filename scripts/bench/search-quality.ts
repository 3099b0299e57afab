/**
 * Search quality on the labelled query set (search-queries.ts), over the built site's places:
 * per class, recall (share of the relevant places returned) and precision (share of the
 * returned places that are relevant). Each query searches its page's language only, so the
 * figures are the engine's own, not the alignment's. Run alone after a build:
 * `npx tsx scripts/bench/search-quality.ts` (reads dist/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/locales.ts';
import type { SearchPlace } from '../../src/lib/search/places.ts';
import { prepareIndex, searchAll, type PreparedIndex } from '../../src/lib/search/search.ts';
import type { SearchTerm } from '../../src/lib/search/terms.ts';
import { QUERIES, type QueryClass } from './search-queries.ts';

/** One query's outcome: the relevant places, the returned ones, and the misses either way. */
export interface QueryOutcome {
  class: QueryClass;
  lang: Lang;
  query: string;
  relevant: string[];
  returned: string[];
}

const placeKey = (p: SearchPlace) => `${p.page}#${p.id}`;

/** Runs the query set against `dist`; returns per-class figures and every query's outcome. */
export function searchQuality(dist = 'dist') {
  const read = <T>(path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
  const terms = read<SearchTerm[]>('search-terms.json');
  const indexes = new Map<Lang, PreparedIndex>();
  const indexOf = (lang: Lang) => {
    if (!indexes.has(lang)) indexes.set(lang, prepareIndex(lang, read(`${lang}/search/places.json`)));
    return indexes.get(lang)!;
  };
  const outcomes: QueryOutcome[] = QUERIES.map(([cls, lang, query, label]) => {
    const index = indexOf(lang);
    return {
      class: cls,
      lang,
      query,
      relevant: index.places.filter((p) => label.test(p.text)).map(placeKey),
      returned: searchAll(query, [index], terms)[0]!.found.map((f) => placeKey(f.place)),
    };
  });
  const classes = [...new Set(outcomes.map((o) => o.class))].map((cls) => {
    const mine = outcomes.filter((o) => o.class === cls);
    const sum = (f: (o: QueryOutcome) => number) => mine.reduce((n, o) => n + f(o), 0);
    const hits = sum((o) => o.returned.filter((r) => o.relevant.includes(r)).length);
    return {
      class: cls,
      queries: mine.length,
      recall:
        hits /
        Math.max(
          1,
          sum((o) => o.relevant.length),
        ),
      precision:
        hits /
        Math.max(
          1,
          sum((o) => o.returned.length),
        ),
    };
  });
  return { classes, outcomes };
}

/** The misses worth reading: relevant places not returned, returned places not relevant. */
export function misses(outcomes: QueryOutcome[]) {
  return outcomes
    .map((o) => ({
      query: `${o.lang}: ${o.query}`,
      missed: o.relevant.filter((r) => !o.returned.includes(r)).join(' '),
      extra: o.returned.filter((r) => !o.relevant.includes(r)).join(' '),
    }))
    .filter((m) => m.missed || m.extra);
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The table the bench prints. */
export function qualityTable(result: ReturnType<typeof searchQuality>) {
  return result.classes.map((c) => ({ ...c, recall: pct(c.recall), precision: pct(c.precision) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = searchQuality();
  console.log(`Search quality on ${result.outcomes.length} labelled queries (recall, precision per class)`);
  console.table(qualityTable(result));
  console.table(misses(result.outcomes));
}
