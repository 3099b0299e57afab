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

function step(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
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
  const e2eOk = run('playwright', ['test']);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
    'test-results/e2e.json',
  );
  const failed = (e2e?.stats.unexpected ?? 0) + (e2e?.stats.flaky ?? 0);
  tallies.push({
    name: 'playwright (browser)',
    passed: e2e?.stats.expected ?? 0,
    failed: failed || (e2eOk ? 0 : 1),
  });
} else {
  tallies.push({ name: 'playwright (browser): not run, the build failed', passed: 0, failed: 1 });
}

console.log('\nSummary');
for (const t of tallies)
  console.log(`  ${t.failed ? '✗' : '✓'} ${t.name}: ${t.passed} passed, ${t.failed} failed`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
