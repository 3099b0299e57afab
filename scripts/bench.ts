/**
 * `npm run bench`: the edition measured beside the Starlight peer (bench/peer/) in one run.
 * Builds the edition as `npm run build` does (timed), builds the peer once per version of its
 * sources, serves both dist/ folders on free loopback ports, runs each section of
 * scripts/bench/sections.ts, prints the budgets and writes bench/results.json.
 * A benchmark, not a test: `--strict` exits non-zero when a budget is not kept.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { peerDist } from './bench/peer.ts';
import type { BenchContext } from './bench/section.ts';
import { SECTIONS } from './bench/sections.ts';
import { serve } from './bench/serve.ts';

const strict = process.argv.includes('--strict');
const BUILD_SECONDS = 30;

const started = performance.now();
// Built as `npm start` builds it (for this computer), so dist/ is what a local preview serves.
const build = spawnSync('tsx', ['scripts/build.ts', '--local'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const buildSeconds = (performance.now() - started) / 1000;
const peerRoot = peerDist();

const edition = await serve('dist');
const peer = await serve(peerRoot);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const ctx: BenchContext = { browser, edition, peer, results: {}, checks: [] };
ctx.checks.push({
  budget: `build ≤ ${BUILD_SECONDS} s`,
  measured: `${buildSeconds.toFixed(1)} s`,
  ok: buildSeconds <= BUILD_SECONDS,
});
try {
  for (const section of SECTIONS) {
    console.log(`\n${section.title}`);
    await section.run(ctx);
  }
} finally {
  await browser.close();
  await edition.close();
  await peer.close();
}

console.log('\nBudgets (issue 11, DESIGN.md)');
console.table(ctx.checks.map((c) => ({ budget: c.budget, measured: c.measured, kept: c.ok ? 'yes' : 'NO' })));
mkdirSync('bench', { recursive: true });
const results = { date: new Date().toISOString(), buildSeconds, ...ctx.results, checks: ctx.checks };
writeFileSync('bench/results.json', JSON.stringify(results, null, 2));
console.log('bench/results.json written; measured with: npm run bench');
if (strict && ctx.checks.some((c) => !c.ok)) process.exit(1);
