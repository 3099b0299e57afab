/** Lighthouse (mobile) on Debian's Chromium: the four category scores of each page. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { median } from './median.ts';

export interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** The scores of one run, with the two paint metrics the benchmark reports. */
export interface Measured extends Scores {
  /** Largest Contentful Paint, simulated mobile, in ms. */
  lcpMs: number;
  /** Cumulative Layout Shift. */
  cls: number;
}

/** The page types every check and benchmark looks at. */
export const PAGE_TYPES: [string, string][] = [
  ['chooser', '/'],
  ['article (kk)', '/kk/'],
  ['article (ru)', '/ru/'],
  ['article (en)', '/en/'],
  ['parallel view', '/ru/parallel/kk/'],
  ['chronology', '/kk/incidents/'],
  ['glossary', '/kk/organisations/'],
  ['references', '/kk/references/'],
  ['search', '/kk/search/'],
  ['about', '/kk/about/'],
  ['404', '/404.html'],
];

/** Each figure's median over several runs of one page (scores alone, or with the paint metrics). */
export function medianRun<T extends Scores>(runs: T[]): T {
  const keys = Object.keys(runs[0]!) as (keyof T & string)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] as number))])) as unknown as T;
}

/** CI's bar: accessibility, best practices and SEO at 100, performance at 95 or more. */
export function meetsBar(s: Scores): boolean {
  return s.performance >= 0.95 && s.accessibility === 1 && s.bestPractices === 1 && s.seo === 1;
}

/** One Chromium for a series of Lighthouse runs, one page at a time. */
export interface Lighthouse {
  scores: (url: string) => Promise<Measured>;
  /** Synchronous: it signals the browser and returns. */
  close: () => void;
}

/** Starts the browser that every following run of `scores` reuses. */
export async function openLighthouse(): Promise<Lighthouse> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  return {
    async scores(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // The screenshots are pictures for a report no one reads here; no score depends on them.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
      });
      const c = result!.lhr.categories;
      return {
        performance: c.performance!.score ?? 0,
        accessibility: c.accessibility!.score ?? 0,
        bestPractices: c['best-practices']!.score ?? 0,
        seo: c.seo!.score ?? 0,
        lcpMs: result!.lhr.audits['largest-contentful-paint']!.numericValue ?? NaN,
        cls: result!.lhr.audits['cumulative-layout-shift']!.numericValue ?? NaN,
      };
    },
    close: () => chrome.kill(),
  };
}

/** Runs Lighthouse on each URL in turn, in one browser. */
export async function lighthouseScores(urls: string[]): Promise<Measured[]> {
  const browser = await openLighthouse();
  const scores: Measured[] = [];
  try {
    for (const url of urls) scores.push(await browser.scores(url));
  } finally {
    browser.close();
  }
  return scores;
}
