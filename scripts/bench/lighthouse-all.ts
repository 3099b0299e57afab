/**
 * Every page type's Lighthouse scores (mobile): the pages the weight section measured keep
 * their medians; the other types run once. The budget is 100 in all four categories.
 */
import { lighthouseScores, PAGE_TYPES, type Measured } from '../lighthouse-run.ts';
import type { PageFigures } from './pages.ts';
import type { Section } from './section.ts';

const pct = (n: number) => String(Math.round(n * 100));
const allHundred = (s: Measured) =>
  s.performance === 1 && s.accessibility === 1 && s.bestPractices === 1 && s.seo === 1;

export const lighthouseSection: Section = {
  key: 'lighthouse',
  title: 'Lighthouse (mobile) on every page type: performance/accessibility/best practices/SEO',
  async run(ctx) {
    const measured = ((ctx.results.pages ?? []) as PageFigures[]).filter((p) => p.site === 'edition');
    const rest = PAGE_TYPES.filter(([, path]) => !measured.some((p) => p.path === path));
    const scores = await lighthouseScores(rest.map(([, path]) => ctx.edition.origin + path));
    const rows = [
      ...measured.map((p) => ({ type: p.label, path: p.path, runs: 'median of 3', scores: p.lighthouse })),
      ...rest.map(([type, path], i) => ({ type, path, runs: 'one', scores: scores[i]! })),
    ];
    console.table(
      rows.map((r) => ({
        page: `${r.type} ${r.path}`,
        scores: ['performance', 'accessibility', 'bestPractices', 'seo']
          .map((k) => pct(r.scores[k as keyof Measured]))
          .join('/'),
        LCP: `${Math.round(r.scores.lcpMs)} ms`,
        CLS: r.scores.cls.toFixed(3),
        runs: r.runs,
      })),
    );
    ctx.results.lighthouse = rows;
    const below = rows.filter((r) => !allHundred(r.scores)).map((r) => r.path);
    ctx.checks.push(
      {
        budget: 'Lighthouse 100 in all four categories, every page type',
        measured: below.length ? `below on ${below.join(', ')}` : 'all 100',
        ok: below.length === 0,
      },
      {
        budget: 'CLS 0 on every page type',
        measured: `worst ${Math.max(...rows.map((r) => r.scores.cls)).toFixed(3)}`,
        ok: rows.every((r) => r.scores.cls < 0.0005),
      },
    );
  },
};
