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
import { afterAll, beforeAll, expect, test } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'edition-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A copy of the project whose content a test may break; the code is the real code.
beforeAll(() => {
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
});

test('a failed build names the file and line, and removes dist/', () => {
  const article = join(root, 'content/article/en.mdx');
  writeFileSync(article, readFileSync(article, 'utf8').replace('[4]', '[44]'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'an earlier build');
  const result = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: 'https://edition.example' },
  });
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toMatch(
    /content\/article\/en\.mdx:\d+: the citation \[44\] has no reference/,
  );
  expect(existsSync(join(root, 'dist'))).toBe(false);
}, 60_000);

test('a deployment build with no public address stops, says why and how to set it, and leaves no dist/', () => {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const { SITE_URL: _unset, ...env } = process.env;
  const result = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  expect(result.status).toBe(1);
  const said = result.stdout + result.stderr;
  expect(said).toContain("the edition's public address is not set");
  expect(said).toContain('Fix: set it once in content/publication.yaml (edition: url: https://…/)');
  expect(said).toContain('SITE_URL=https://… npm run build');
  expect(said).toContain('npm start');
  expect(existsSync(join(root, 'dist'))).toBe(false);
}, 60_000);
