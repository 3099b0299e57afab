/**
 * The edition's own search budgets (issue 10, DESIGN.md), all three languages on: warm median
 * ≤ 100 ms from the last keystroke; cold first query from a reading page ≤ 300 ms and ≤ 150 KB
 * fetched (gzip). The ratios to the peer are the search section's.
 */
import { measureSearch } from './search-all-languages.ts';
import type { Section } from './section.ts';
import { kb } from './section.ts';

export const searchBudgetsSection: Section = {
  key: 'searchAllLanguages',
  title: 'Search, all three languages (ms from the last keystroke; bytes the first search fetched)',
  async run(ctx) {
    const rows = await measureSearch(ctx.browser, ctx.edition.origin);
    console.table(rows.map(({ coldFetchedGzip: _, ...row }) => row));
    ctx.results.searchAllLanguages = rows;
    const warm = Math.max(...rows.map((r) => r.warmMedianMs));
    const cold = Math.max(...rows.map((r) => r.coldMs));
    const fetched = Math.max(...rows.map((r) => r.coldFetchedGzip));
    ctx.checks.push(
      {
        budget: 'search warm ≤ 100 ms (median, all three languages)',
        measured: `${warm} ms`,
        ok: warm <= 100,
      },
      {
        budget: 'search cold ≤ 300 ms and ≤ 150 KB fetched (gzip)',
        measured: `${cold} ms, ${kb(fetched)}`,
        ok: cold <= 300 && fetched <= 150 * 1024,
      },
    );
  },
};
