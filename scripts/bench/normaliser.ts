/**
 * The Kazakh normaliser on held-out forms (no browser): the share reduced to the exact lemma,
 * and the share not over-stripped (not a search precision: that is the quality section's).
 */
import { evaluateNormaliser } from '../normaliser-eval.ts';
import type { Section } from './section.ts';

export const normaliserSection: Section = {
  key: 'normaliser',
  title: 'Kazakh normaliser on held-out forms',
  async run(ctx) {
    const n = evaluateNormaliser();
    console.table([
      {
        'exact lemma': `${Math.round(n.exactRate * 100)}%`,
        'not over-stripped': `${Math.round(n.notOverStrippedRate * 100)}%`,
        forms: n.n,
      },
    ]);
    ctx.results.normaliser = n;
  },
};
