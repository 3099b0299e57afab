/**
 * `npm test`: every check, in the order a reader's trust depends on them: types, lint and
 * format; unit tests; the build (which validates the content); browser tests against the
 * built site. Ends with one line, `tests: N passed, N failed`, summing every runner.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  name: string;
  passed: number;
  failed: number;
}
const tallies: Tally[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const ok = run(command, args, env);
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/** Runs browser specs and adds their counts; `env` picks the build and the report file. */
function browserTests(name: string, args: string[], env: NodeJS.ProcessEnv, report: string): void {
  rmSync(report, { force: true });
  const ok = run('playwright', ['test', ...args], { ...env, E2E_JSON: report });
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
  const failed = (e2e?.stats.unexpected ?? 0) + (e2e?.stats.flaky ?? 0);
  tallies.push({ name, passed: e2e?.stats.expected ?? 0, failed: failed || (ok ? 0 : 1) });
}

/** Lighthouse on every page type; its closing line `lighthouse: N passed, N failed` is counted. */
function lighthouseCheck(): void {
  console.log('\n▶ tsx scripts/lighthouse-check.ts');
  const result = spawnSync('tsx', ['scripts/lighthouse-check.ts'], { encoding: 'utf8', env: process.env });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const counts = /lighthouse: (\d+) passed, (\d+) failed/.exec(result.stdout);
  tallies.push({
    name: 'lighthouse (every page type)',
    passed: Number(counts?.[1] ?? 0),
    failed: Number(counts?.[2] ?? 0) || (result.status === 0 ? 0 : 1),
  });
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

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
tallies.push({
  name: 'vitest (unit)',
  passed: unit?.numPassedTests ?? 0,
  failed: (unit?.numFailedTests ?? 0) || (unitOk ? 0 : 1),
});

const built = step('build (content validation, astro, pagefind)', 'tsx', ['scripts/build.ts']);
if (built) {
  browserTests('playwright (browser)', [], {}, 'test-results/e2e.json');
  lighthouseCheck();
} else tallies.push({ name: 'playwright (browser): not run, the build failed', passed: 0, failed: 1 });

// The same site under a sub-path, as GitHub Pages or a university's server would host it.
const subPath = {
  SITE_URL: 'http://localhost:4323',
  SITE_BASE: '/edition/',
  OUT_DIR: 'dist-edition',
  PREVIEW_PORT: '4323',
};
if (step('build under the sub-path /edition/', 'tsx', ['scripts/build.ts'], subPath)) {
  const journeys = [
    'links-and-validity',
    'read-the-article',
    'switch-language',
    'search-the-edition',
    'cite-a-passage',
    'use-the-data',
  ];
  browserTests(
    'playwright under /edition/',
    journeys.map((j) => `tests/e2e/${j}.spec.ts`),
    subPath,
    'test-results/e2e-edition.json',
  );
}

console.log('\nSummary');
for (const t of tallies)
  console.log(`  ${t.failed ? '✗' : '✓'} ${t.name}: ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
