/**
 * The Lighthouse bar, checked: every page type of the built site, served by `astro preview`,
 * must score 100 in accessibility, best practices and SEO and 95 or more in performance.
 * Prints one line per page and `N passed, N failed`; exits 1 on any failure.
 */
import { spawn } from 'node:child_process';
import { lighthouseScores, meetsBar, PAGE_TYPES } from './lighthouse-run.ts';

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
  PAGE_TYPES.forEach(([type, path], i) => {
    const s = scores[i]!;
    const ok = meetsBar(s);
    if (ok) passed++;
    else failed++;
    const pct = (n: number) => Math.round(n * 100);
    console.log(
      `${ok ? '✓' : '✗'} ${type} ${path}: performance ${pct(s.performance)}, accessibility ${pct(s.accessibility)}, best practices ${pct(s.bestPractices)}, SEO ${pct(s.seo)}`,
    );
  });
} finally {
  server.kill();
}
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
