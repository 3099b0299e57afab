/**
 * `npm run bench`: the edition's figures against the budgets of DESIGN.md. A benchmark, not a
 * test: it reports and, with --strict, exits non-zero when a figure is over its budget.
 * Build time; per page type the bytes of HTML, CSS, JS and fonts (raw and gzip) and requests at
 * load; whether reading needs JavaScript; Lighthouse (mobile) scores; search latency from the
 * last keystroke to the first results, cold and warm, and the bytes search fetches; search
 * recall and precision per class of the labelled queries. Writes a table on screen and
 * bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { lighthouseScores, meetsBar, PAGE_TYPES, type Scores } from './lighthouse-run.ts';
import { measureSearch } from './bench/search-latency.ts';
import { qualityTable, searchQuality } from './bench/search-quality.ts';
import { evaluateNormaliser } from './normaliser-eval.ts';

const strict = process.argv.includes('--strict');
const PORT = 4330;
const ORIGIN = `http://localhost:${PORT}`;
const BUDGET = {
  articleHtmlCssGzip: 40 * 1024,
  lighthouse: 1,
  lighthousePerformanceCi: 0.95,
  searchWarmMs: 100,
  searchColdMs: 300,
  searchColdGzip: 150 * 1024,
  buildSeconds: 30,
};
const PAGES = PAGE_TYPES;

// 1. Build time (Astro and Pagefind), as a reader's host would build it.
const started = performance.now();
// Built as `npm start` builds it (for this computer), so dist/ is what a local preview serves.
const build = spawnSync('tsx', ['scripts/build.ts', '--local'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const buildSeconds = (performance.now() - started) / 1000;

const server = spawn('astro', ['preview', '--port', String(PORT), '--ignore-lock'], { stdio: 'ignore' });
await waitFor(ORIGIN);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

// 2. Page weights and requests, as a phone loads the page.
const pages: ({ type: string; path: string } & Awaited<ReturnType<typeof weigh>>)[] = [];
for (const [type, path] of PAGES) pages.push({ type, path, ...(await weigh(path)) });

// 3. Lighthouse, mobile, on every page type.
const scores = await lighthouseScores(pages.map((p) => ORIGIN + p.path));
pages.forEach((page, i) => Object.assign(page, { lighthouse: scores[i] }));

// 4. Search: time from the last keystroke to the first results drawn, all three languages.
const search = await measureSearch(browser, ORIGIN);
await browser.close();
server.kill();

const normaliser = evaluateNormaliser();
const article = pages.find((p) => p.path === '/kk/')!;
const checks = [
  {
    budget: '/kk/ HTML+CSS ≤ 40 KB gzip',
    value: kb(article.gzip.html + article.gzip.css),
    ok: article.gzip.html + article.gzip.css <= BUDGET.articleHtmlCssGzip,
  },
  {
    budget: 'no request to another origin',
    value: String(pages.reduce((n, p) => n + p.foreignRequests, 0)),
    ok: pages.every((p) => p.foreignRequests === 0),
  },
  {
    budget: 'reading needs no JavaScript',
    value:
      pages
        .filter((p) => !p.readableWithoutJs)
        .map((p) => p.type)
        .join(', ') || 'none needs it',
    ok: pages.every((p) => p.readableWithoutJs || p.type === 'search'),
  },
  {
    budget: 'Lighthouse 100 (a11y, best practices, SEO) and performance ≥ 95',
    value: lighthouseSummary(),
    ok: pages.every((p) => lighthouseOk(p)),
  },
  {
    budget: 'search warm ≤ 100 ms (median, all three languages)',
    value: `${Math.max(...search.map((s) => s.warmMedianMs))} ms, worst page's median`,
    ok: search.every((s) => s.warmMedianMs <= BUDGET.searchWarmMs),
  },
  {
    budget: 'search cold ≤ 300 ms and ≤ 150 KB fetched (gzip)',
    value: `${Math.max(...search.map((s) => s.coldMs))} ms, ${kb(Math.max(...search.map((s) => s.coldFetchedGzip)))}`,
    ok: search.every((s) => s.coldMs <= BUDGET.searchColdMs && s.coldFetchedGzip <= BUDGET.searchColdGzip),
  },
  { budget: 'build ≤ 30 s', value: `${buildSeconds.toFixed(1)} s`, ok: buildSeconds <= BUDGET.buildSeconds },
];

console.log('\nPage weights (gzip; raw in brackets) and requests at load');
console.table(
  pages.map((p) => ({
    page: `${p.type} ${p.path}`,
    HTML: `${kb(p.gzip.html)} (${kb(p.raw.html)})`,
    CSS: `${kb(p.gzip.css)} (${kb(p.raw.css)})`,
    JS: `${kb(p.gzip.js)} (${kb(p.raw.js)})`,
    fonts: kb(p.raw.font),
    requests: p.requests,
    'no-JS reading': p.readableWithoutJs ? 'yes' : 'no',
    lighthouse: p.lighthouse
      ? `${pct(p.lighthouse.performance)}/${pct(p.lighthouse.accessibility)}/${pct(p.lighthouse.bestPractices)}/${pct(p.lighthouse.seo)}`
      : '',
  })),
);
console.log(
  'Search, all three languages (ms from the last keystroke to the results; bytes the first search fetched)',
);
console.table(search.map(({ coldFetchedGzip: _, ...row }) => row));
const quality = searchQuality();
console.log(`Search quality on ${quality.outcomes.length} labelled queries, per class`);
console.table(qualityTable(quality));
console.log('Kazakh normaliser on held-out forms:', {
  exact: pct(normaliser.exactRate),
  'not over-stripped': pct(normaliser.notOverStrippedRate),
  n: normaliser.n,
});
console.log('\nBudgets');
console.table(checks.map((c) => ({ budget: c.budget, measured: c.value, within: c.ok ? 'yes' : 'NO' })));
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    { date: new Date().toISOString(), buildSeconds, pages, search, quality, normaliser, checks },
    null,
    2,
  ),
);
console.log('bench/results.json written');
if (strict && checks.some((c) => !c.ok)) process.exit(1);

// ——— helpers

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview did not start at ${url}`);
}

async function weigh(path: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const raw = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  const gzip = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  let requests = 0;
  let foreignRequests = 0;
  page.on('response', async (response) => {
    requests++;
    if (!response.url().startsWith(ORIGIN)) foreignRequests++;
    const type = response.request().resourceType();
    const kind =
      type === 'document'
        ? 'html'
        : type === 'stylesheet'
          ? 'css'
          : type === 'script'
            ? 'js'
            : type === 'font'
              ? 'font'
              : 'other';
    const body = await response.body().catch(() => Buffer.alloc(0));
    raw[kind] += body.length;
    gzip[kind] += kind === 'font' ? body.length : gzipSync(body).length;
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  const text = (await page.locator('main').innerText()).length;
  await context.close();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(ORIGIN + path);
  const plainText = (await plain.locator('main').innerText()).length;
  await noJs.close();
  return { raw, gzip, requests, foreignRequests, readableWithoutJs: plainText >= text * 0.9 } as {
    raw: typeof raw;
    gzip: typeof gzip;
    requests: number;
    foreignRequests: number;
    readableWithoutJs: boolean;
    lighthouse?: Scores;
  };
}

function lighthouseOk(p: { lighthouse?: Parameters<typeof meetsBar>[0] }) {
  return meetsBar(p.lighthouse!);
}

function lighthouseSummary() {
  const min = (k: 'performance' | 'accessibility' | 'bestPractices' | 'seo') =>
    pct(Math.min(...pages.map((p) => p.lighthouse?.[k] ?? 0)));
  return `lowest: performance ${min('performance')}, a11y ${min('accessibility')}, best practices ${min('bestPractices')}, SEO ${min('seo')}`;
}

function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
function pct(score: number | null) {
  return score === null ? '–' : String(Math.round(score * 100));
}
