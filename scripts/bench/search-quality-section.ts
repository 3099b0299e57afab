/** Search recall and precision per class of the labelled queries (no browser; reads dist/). */
import { misses, qualityTable, searchQuality } from './search-quality.ts';
import type { Section } from './section.ts';

export const searchQualitySection: Section = {
  key: 'searchQuality',
  title: 'Search quality: recall and precision (share of returned places that are relevant) per class',
  async run(ctx) {
    const result = searchQuality();
    console.log(`${result.outcomes.length} labelled queries`);
    console.table(qualityTable(result));
    const missed = misses(result.outcomes);
    if (missed.length > 0) console.table(missed);
    ctx.results.searchQuality = result;
  },
};
