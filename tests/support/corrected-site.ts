/**
 * A corrected edition, built from a copy of the project: methods-2 merged into methods-1 and
 * retired with a mapping, a word of en conclusion-1 changed, as version 1.2, recorded the way
 * an editor does it (changelog, retired: entry, the ledger writer of `npm run ids`). The real
 * edition has retired no id yet, so this is how a browser can follow an old link.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { writeLedger } from '../../src/build/ledger-file';
import { validateEdition } from '../../src/integrations/validate-edition';

/** The address the corrected site is served at, inside the browser only (see serveCorrectedSite). */
export const CORRECTED_ORIGIN = 'http://corrected.test';

function replaceIn(root: string, file: string, find: string | RegExp, replace: string) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(find, replace);
  if (next === text) throw new Error(`${file}: "${String(find)}" not found`);
  writeFileSync(path, next);
}

/** Builds the corrected edition into a temporary folder; returns its dist/. */
export function buildCorrectedSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'edition-corrected-'));
  for (const part of [
    'src',
    'content',
    'public',
    'astro.config.mjs',
    'site.config.mjs',
    'package.json',
    'tsconfig.json',
  ].filter((part) => existsSync(part)))
    cpSync(part, join(root, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  // Its own cache, so that it never shares one with the project's own build.
  replaceIn(root, 'astro.config.mjs', 'defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache',");
  const merged = {
    kk: 'Мақалада Орталық',
    ru: 'В статье проанализирована',
    en: 'The article analyses the history',
  };
  for (const [lang, start] of Object.entries(merged))
    replaceIn(root, `content/article/${lang}.mdx`, `\n\n${start}`, ` ${start}`);
  replaceIn(root, 'content/article/en.mdx', 'First, it has established', 'Firstly, it has established');
  replaceIn(
    root,
    'content/ids.yaml',
    'retired: {}',
    "retired:\n  methods-2: { to: methods-1, why: merged, version: '1.2' }",
  );
  replaceIn(root, 'content/publication.yaml', "  version: '1.1'\n", "  version: '1.2'\n");
  writeFileSync(
    join(root, 'content/publication.yaml'),
    readFileSync(join(root, 'content/publication.yaml'), 'utf8') +
      `    - version: '1.2'
      date: 2027-01-15
      changes:
        kk: Әдістер бөлімінің екі абзацы біріктірілді.
        ru: Два абзаца раздела «Методы» объединены; уточнён перевод заключения.
        en: The two paragraphs of Methods merged; the English conclusion reworded.
      passages: [methods-1, methods-2, conclusion-1]
`,
  );
  const { ledger } = validateEdition(root);
  writeLedger(root, ledger!.match.next);
  const { errors } = validateEdition(root);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  const build = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  return join(root, 'dist');
}

/** Serves a built site to the page at CORRECTED_ORIGIN, from disk (no server, no port). */
export async function serveCorrectedSite(page: Page, dist: string): Promise<void> {
  await page.route(`${CORRECTED_ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ path: file });
  });
}
