/**
 * `npm run build`: the site (Astro, which also writes the search's places per language), its
 * font cut to the characters it shows, and the HTTP header file of its security policy. A
 * failed build leaves no half-built dist/ behind: a reader must never be served part of an edition.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { headerPolicy, headersFile, keepOwnHashes, pagePolicy } from '../src/build/csp.ts';
import { subsetFonts } from '../src/build/subset-fonts.ts';
import { isLocalAddress } from '../src/lib/paths.ts';
import { site } from '../site.config.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
const started = performance.now();

function fail(message: string): never {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`✗ build failed: ${message}\n  ${outDir}/ was removed, so nothing half-built is left.`);
  process.exit(1);
}

// A deployment needs the public address: with no DOI and no journal, the URL in a citation is
// its only locator. `--local` (npm start) builds for this computer, and the pages say so.
if (!process.argv.includes('--local') && isLocalAddress(site))
  fail(
    `the edition's public address is not set (the site would be built for ${site}), so every citation,\n` +
      '  download, canonical link and the sitemap would point at this computer.\n' +
      '  Fix: set it once in content/publication.yaml (edition: url: https://…/), or build with\n' +
      '  SITE_URL=https://… npm run build. For a local preview, run npm start instead.',
  );

const astro = spawnSync('astro', ['build'], {
  stdio: 'inherit',
  shell: false,
  env: { ...process.env, OUT_DIR: outDir },
});
if (astro.status !== 0) fail('astro build (the messages above name the file, the line and the fix)');
const astroSeconds = (performance.now() - started) / 1000;

try {
  const face = await subsetFonts(outDir);
  console.log(
    `font: ${face.face}: ${face.characters} characters, ${(face.subsetBytes / 1024).toFixed(1)} KB (the full face ${(face.fullBytes / 1024).toFixed(0)} KB)`,
  );
} catch (error) {
  fail(`font subsetting: ${(error as Error).message}`);
}

// Each page's policy names only its own inline scripts and styles; the HTTP header form for
// static hosts is made from the policies the pages then carry.
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const policies: string[] = [];
for (const page of pages) {
  const file = join(outDir, page);
  try {
    const html = keepOwnHashes(readFileSync(file, 'utf8'), page);
    writeFileSync(file, html);
    policies.push(pagePolicy(html)!);
  } catch (error) {
    fail((error as Error).message);
  }
}
writeFileSync(join(outDir, '_headers'), headersFile(headerPolicy(policies)));
const seconds = (performance.now() - started) / 1000;
console.log(`build: astro ${astroSeconds.toFixed(1)} s, total ${seconds.toFixed(1)} s`);
