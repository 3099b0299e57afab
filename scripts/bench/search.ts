/**
 * Search latency, the edition's against the peer's Pagefind UI, in the same run: cold and warm
 * keystroke-to-results times and the ratios the budgets set (DESIGN.md: warm ≤ 100 ms and
 * ≤ 0.35× the peer's; cold ≤ 300 ms and ≤ 0.75× the peer's).
 */
import { EDITION_SEARCH, PEER_SEARCH, searchLatency } from './search-latency.ts';
import { median } from '../median.ts';
import { ratio, type Section } from './section.ts';

/** Words both sites hold in their Kazakh text. */
const QUERIES = ['терроризм', 'Шанхай', 'экстремизм'];

export const searchSection: Section = {
  key: 'search',
  title: 'Search: ms from the keystroke that completes the query to the first result drawn',
  async run(ctx) {
    const edition = await searchLatency(ctx.browser, ctx.edition.origin, EDITION_SEARCH, QUERIES);
    const peer = await searchLatency(ctx.browser, ctx.peer.origin, PEER_SEARCH, QUERIES);
    const sum = (rows: typeof edition) => ({
      cold: median(rows.map((r) => r.coldMs)),
      warm: median(rows.map((r) => r.warmMs)),
    });
    const e = sum(edition);
    const p = sum(peer);
    console.table([
      ...edition.map((r) => ({ site: 'edition', ...r })),
      ...peer.map((r) => ({ site: 'PEER', ...r })),
      {
        site: 'edition ÷ peer (medians)',
        query: '',
        coldMs: ratio(e.cold, p.cold),
        warmMs: ratio(e.warm, p.warm),
      },
    ]);
    ctx.results.search = { edition, peer, medians: { edition: e, peer: p } };
    ctx.checks.push(
      {
        budget: 'search warm ≤ 0.35× the peer’s and ≤ 100 ms',
        measured: `${e.warm} ms vs ${p.warm} ms, ${ratio(e.warm, p.warm)}`,
        ok: e.warm <= 0.35 * p.warm && e.warm <= 100,
      },
      {
        budget: 'search cold ≤ 0.75× the peer’s and ≤ 300 ms',
        measured: `${e.cold} ms vs ${p.cold} ms, ${ratio(e.cold, p.cold)}`,
        ok: e.cold <= 0.75 * p.cold && e.cold <= 300,
      },
    );
  },
};
