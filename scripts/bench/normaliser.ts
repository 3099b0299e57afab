/** The Kazakh normaliser on held-out forms (no browser): recall and precision. */
import { evaluateNormaliser } from '../normaliser-eval.ts';
import type { Section } from './section.ts';

export const normaliserSection: Section = {
  key: 'normaliser',
  title: 'Kazakh normaliser on held-out forms',
  async run(ctx) {
    const n = evaluateNormaliser();
    console.table([
      {
        recall: `${Math.round(n.recall * 100)}%`,
        precision: `${Math.round(n.precision * 100)}%`,
        forms: n.n,
      },
    ]);
    ctx.results.normaliser = n;
  },
};
