/** A build of bad content stops, names the problem, and leaves no half-built site behind. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'edition-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a failed build names the file and line, and removes dist/', () => {
  for (const entry of [
    'node_modules',
    'src',
    'public',
    'scripts',
    'astro.config.mjs',
    'site.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    symlinkSync(resolve(entry), join(root, entry));
  }
  cpSync('content', join(root, 'content'), { recursive: true });
  const article = join(root, 'content/article/en.mdx');
  writeFileSync(article, readFileSync(article, 'utf8').replace('[4]', '[44]'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'an earlier build');
  const result = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toMatch(
    /content\/article\/en\.mdx:\d+: the citation \[44\] has no reference/,
  );
  expect(existsSync(join(root, 'dist'))).toBe(false);
}, 60_000);
