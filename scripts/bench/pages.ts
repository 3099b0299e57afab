/**
 * Page weight and speed: the edition's reading pages, its incidents page and its search page
 * beside the peer's /kk/, each figure with its ratio to the peer's in the same run. Lighthouse
 * (mobile, simulated) runs three times over all of them, interleaved, and reports medians.
 */
import { lighthouseScores, medianRun, type Measured } from '../lighthouse-run.ts';
import { kb, ratio, type BenchContext, type Section } from './section.ts';
import { weigh, type Weight } from './weigh.ts';

/** The pages measured in full, as [label, path]. */
export const REPORT_PAGES: [string, string][] = [
  ['article (kk)', '/kk/'],
  ['article (ru)', '/ru/'],
  ['article (en)', '/en/'],
  ['incidents', '/kk/incidents/'],
  ['search', '/kk/search/'],
];
const RUNS = 3;

/** One measured page. */
export interface PageFigures extends Weight {
  site: 'edition' | 'peer';
  label: string;
  path: string;
  lighthouse: Measured;
}

async function measure(ctx: BenchContext): Promise<PageFigures[]> {
  const targets = [
    ...REPORT_PAGES.map(([label, path]) => ({
      site: 'edition' as const,
      label,
      path,
      origin: ctx.edition.origin,
    })),
    { site: 'peer' as const, label: 'peer article (kk)', path: '/kk/', origin: ctx.peer.origin },
  ];
  const runs: Measured[][] = targets.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const scores = await lighthouseScores(targets.map((t) => t.origin + t.path));
    scores.forEach((s, j) => runs[j]!.push(s));
  }
  const pages: PageFigures[] = [];
  for (const [j, t] of targets.entries())
    pages.push({
      site: t.site,
      label: t.label,
      path: t.path,
      ...(await weigh(ctx.browser, t.origin, t.path)),
      lighthouse: medianRun(runs[j]!),
    });
  return pages;
}

function printTable(pages: PageFigures[], peer: PageFigures) {
  const pct = (n: number) => String(Math.round(n * 100));
  console.table(
    pages.map((p) => ({
      page: `${p.site === 'peer' ? 'PEER ' : ''}${p.path}`,
      requests: `${p.requests} (${ratio(p.requests, peer.requests)})`,
      transferred: `${kb(p.transferred)} (${ratio(p.transferred, peer.transferred)})`,
      'HTML gz (raw)': `${kb(p.gzip.html)} (${kb(p.raw.html)})`,
      'CSS gz (raw)': `${kb(p.gzip.css)} (${kb(p.raw.css)})`,
      'JS gz (raw)': `${p.files.js}: ${kb(p.gzip.js)} (${kb(p.raw.js)})`,
      fonts: `${p.files.font}: ${kb(p.raw.font)}`,
      'HTML+CSS ÷ text': `${p.markupMultiple.toFixed(2)}× (${ratio(p.markupMultiple, peer.markupMultiple)})`,
      'LH perf': `${pct(p.lighthouse.performance)} (${ratio(p.lighthouse.performance, peer.lighthouse.performance)})`,
      'LCP ms': `${Math.round(p.lighthouse.lcpMs)} (${ratio(p.lighthouse.lcpMs, peer.lighthouse.lcpMs)})`,
      CLS: p.lighthouse.cls.toFixed(3),
      'a11y/BP/SEO': `${pct(p.lighthouse.accessibility)}/${pct(p.lighthouse.bestPractices)}/${pct(p.lighthouse.seo)}`,
    })),
  );
}

export const pagesSection: Section = {
  key: 'pages',
  title: `Pages at load (phone, 390 px; Lighthouse mobile, median of ${RUNS}); (×) = ratio to the peer's /kk/`,
  async run(ctx) {
    const pages = await measure(ctx);
    const peer = pages.find((p) => p.site === 'peer')!;
    const kk = pages.find((p) => p.site === 'edition' && p.path === '/kk/')!;
    printTable(pages, peer);
    ctx.results.pages = pages;
    const edition = pages.filter((p) => p.site === 'edition');
    ctx.checks.push(
      {
        budget: '/kk/ bytes transferred ≤ 0.8× the peer’s',
        measured: ratio(kk.transferred, peer.transferred),
        ok: kk.transferred <= 0.8 * peer.transferred,
      },
      {
        budget: '/kk/ LCP ≤ 0.75× the peer’s',
        measured: `${Math.round(kk.lighthouse.lcpMs)} ms, ${ratio(kk.lighthouse.lcpMs, peer.lighthouse.lcpMs)}`,
        ok: kk.lighthouse.lcpMs <= 0.75 * peer.lighthouse.lcpMs,
      },
      { budget: '/kk/ ≤ 5 requests at load', measured: String(kk.requests), ok: kk.requests <= 5 },
      {
        budget: '/kk/ HTML+CSS ≤ 1.8× the gzip of its text',
        measured: `${kk.markupMultiple.toFixed(2)}×`,
        ok: kk.markupMultiple <= 1.8,
      },
      {
        budget: 'CLS 0 on every page measured',
        measured: `worst ${Math.max(...edition.map((p) => p.lighthouse.cls)).toFixed(3)}`,
        ok: edition.every((p) => p.lighthouse.cls < 0.0005),
      },
      {
        budget: 'no request to another origin',
        measured: String(edition.reduce((n, p) => n + p.foreign, 0)),
        ok: edition.every((p) => p.foreign === 0),
      },
    );
  },
};
