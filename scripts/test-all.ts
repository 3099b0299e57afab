/**
 * `npm test`: every check, in the order a reader's trust depends on them: types, lint and
 * format; unit tests; the build (which validates the content); browser tests against the
 * built site. Ends with one line, `tests: N passed, N failed`, summing every runner.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { BASE_PATH_TAG } from '../tests/support/site.ts';

interface Tally {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}
const tallies: Tally[] = [];
/** When the step being run started, so the summary can say where the time went. */
let started = Date.now();

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Adds a step's counts and how long it took since it started. */
function tally(name: string, passed: number, failed: number): void {
  tallies.push({ name, passed, failed, seconds: (Date.now() - started) / 1000 });
}

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const ok = run(command, args, env);
  tally(name, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

/** Runs browser specs and adds their counts; `env` picks the build and the report file. */
function browserTests(name: string, args: string[], env: NodeJS.ProcessEnv, report: string): void {
  rmSync(report, { force: true });
  const ok = run('playwright', ['test', ...args], { ...env, E2E_JSON: report });
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
  const failed = (e2e?.stats.unexpected ?? 0) + (e2e?.stats.flaky ?? 0);
  tally(name, e2e?.stats.expected ?? 0, failed || (ok ? 0 : 1));
}

/** Lighthouse on every page type; its closing line `lighthouse: N passed, N failed` is counted. */
function lighthouseCheck(): void {
  console.log('\n▶ tsx scripts/lighthouse-check.ts');
  started = Date.now();
  const result = spawnSync('tsx', ['scripts/lighthouse-check.ts'], { encoding: 'utf8', env: process.env });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const counts = /lighthouse: (\d+) passed, (\d+) failed/.exec(result.stdout);
  tally(
    'lighthouse (every page type)',
    Number(counts?.[1] ?? 0),
    Number(counts?.[2] ?? 0) || (result.status === 0 ? 0 : 1),
  );
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

// Deployment builds need a public address: a reserved test domain, so the specs can check that
// nothing in the output points at this computer.
process.env.SITE_URL ??= 'https://edition.example';

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

step('astro check (types)', 'astro', ['check']);
step('eslint (zero warnings)', 'eslint', ['.', '--max-warnings', '0']);
step('prettier (format)', 'prettier', ['--check', '.']);

const unitOk = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
const unit = readJson<{ numPassedTests: number; numFailedTests: number }>('test-results/unit.json');
tally('vitest (unit)', unit?.numPassedTests ?? 0, (unit?.numFailedTests ?? 0) || (unitOk ? 0 : 1));

const built = step('build (content validation, astro)', 'tsx', ['scripts/build.ts']);
if (built) {
  browserTests('playwright (browser)', [], {}, 'test-results/e2e.json');
  lighthouseCheck();
} else tally('playwright (browser): not run, the build failed', 0, 1);

// The same site under a sub-path, as GitHub Pages or a university's server would host it. Only
// the tests of what a base path can break run again (their titles carry the tag); Playwright's
// config picks the preview's free port, as for the first run.
const subPath = {
  // A deployment build: the test domain (no address may point at this computer); the specs
  // read it back from site.config.mjs.
  SITE_URL: process.env.SITE_URL,
  SITE_BASE: '/edition/',
  OUT_DIR: 'dist-edition',
};
if (step('build under the sub-path /edition/', 'tsx', ['scripts/build.ts'], subPath)) {
  browserTests(
    'playwright under /edition/ (links, assets, search, switch, citations, downloads)',
    ['--grep', BASE_PATH_TAG],
    subPath,
    'test-results/e2e-edition.json',
  );
}

console.log('\nSummary');
for (const t of tallies)
  console.log(
    `  ${t.failed ? '✗' : '✓'} ${t.name}: ${t.passed} passed, ${t.failed} failed (${Math.round(t.seconds)} s)`,
  );
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
