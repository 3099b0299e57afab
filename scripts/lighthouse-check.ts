/**
 * The Lighthouse bar, checked: every page type of the built site, served by `astro preview`,
 * must score 100 in accessibility, best practices and SEO and 95 or more in performance.
 * Prints one line per page and `N passed, N failed`; exits 1 on any failure.
 */
import { spawn } from 'node:child_process';
import { lighthouseScores, meetsBar, PAGE_TYPES, type Scores } from './lighthouse-run.ts';

/** Each category's median over three runs. */
function medianScores(runs: Scores[]): Scores {
  const median = (k: keyof Scores) => runs.map((r) => r[k]).sort((a, b) => a - b)[1]!;
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    bestPractices: median('bestPractices'),
    seo: median('seo'),
  };
}

const port = 4324;
const origin = `http://localhost:${port}`;
const server = spawn('astro', ['preview', '--port', String(port), '--ignore-lock'], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) {
  if (
    await fetch(origin)
      .then((r) => r.ok)
      .catch(() => false)
  )
    break;
  await new Promise((r) => setTimeout(r, 200));
}
let passed = 0;
let failed = 0;
try {
  const scores = await lighthouseScores(PAGE_TYPES.map(([, path]) => origin + path));
  for (const [i, [type, path]] of PAGE_TYPES.entries()) {
    let s = scores[i]!;
    // Performance varies from run to run (a cold browser, a busy CPU); as Lighthouse's own
    // guidance says, a page below the bar is measured twice more and judged on the median.
    if (!meetsBar(s)) {
      const again = await lighthouseScores([origin + path, origin + path]);
      s = medianScores([s, ...again]);
    }
    const ok = meetsBar(s);
    if (ok) passed++;
    else failed++;
    const pct = (n: number) => Math.round(n * 100);
    console.log(
      `${ok ? '✓' : '✗'} ${type} ${path}: performance ${pct(s.performance)}, accessibility ${pct(s.accessibility)}, best practices ${pct(s.bestPractices)}, SEO ${pct(s.seo)}`,
    );
  }
} finally {
  server.kill();
}
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
