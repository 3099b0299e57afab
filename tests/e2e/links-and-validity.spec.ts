/**
 * The whole build, checked from disk: every internal link and #fragment resolves, every page
 * is reachable from the chooser, the sitemap lists exactly the built pages, and every page is
 * valid HTML by the Nu Html Checker.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/test';
import vnu from 'vnu-jar';
import { site } from '../../site.config.mjs';
import { BASE, builtPages, fileFor, html, idsOf, linksOf, OUT_DIR } from '../support/built-site';
import { siteRoot } from '../support/site';

/** A link as a path of this site, or undefined for another origin. */
function internal(link: string, from: string): URL | undefined {
  const url = new URL(link, `${site}${from}`);
  return url.origin === new URL(site).origin ? url : undefined;
}

test('every internal link and #fragment on every built page resolves @base-path', () => {
  const broken: string[] = [];
  for (const page of builtPages()) {
    for (const link of linksOf(html(page))) {
      const url = internal(link, page);
      if (!url) continue;
      const file = fileFor(url.pathname);
      if (!file) broken.push(`${page} → ${link} (no such file)`);
      else if (
        url.hash &&
        file.endsWith('.html') &&
        !idsOf(html(url.pathname)).has(decodeURIComponent(url.hash.slice(1)))
      ) {
        broken.push(`${page} → ${link} (no such id)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no page links to another origin, except its own canonical and alternate addresses @base-path', () => {
  const foreign = builtPages().flatMap((page) =>
    linksOf(html(page))
      .filter((l) => /^https?:/.test(l) && !l.startsWith(site))
      .map((l) => `${page} → ${l}`),
  );
  // The schema.org context is an identifier in JSON-LD, not a link a browser follows.
  expect(foreign).toEqual([]);
});

test('nothing the build wrote points at this computer: every absolute address is the public one @base-path', () => {
  const local: string[] = [];
  for (const file of readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })) {
    if (/\.(woff2?|png|jpe?g|ico|wasm)$/.test(file) || !file.includes('.')) continue;
    const text = readFileSync(join(OUT_DIR, file), 'utf8');
    for (const m of text.matchAll(/localhost|127\.0\.0\.1/g))
      local.push(`${file}: …${text.slice(m.index - 40, m.index + 30)}…`);
  }
  expect(local).toEqual([]);
  const page = html(`${BASE}en/`);
  expect(page).toContain(`<link rel="canonical" href="${siteRoot}en/">`);
  expect(JSON.parse(html(`${BASE}en/cite/citations.json`)).page.article.text.ris).toContain(
    `UR  - ${siteRoot}en/`,
  );
});

test('every page is reachable from the chooser at the root @base-path', () => {
  const seen = new Set<string>([BASE]);
  const queue = [BASE];
  while (queue.length) {
    const page = queue.shift()!;
    for (const link of linksOf(html(page))) {
      const url = internal(link, page);
      if (!url || !fileFor(url.pathname)?.endsWith('.html') || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  const unreachable = builtPages().filter((p) => !seen.has(p) && !p.endsWith('404.html'));
  expect(unreachable).toEqual([]);
});

test('the sitemap lists exactly the built pages @base-path', () => {
  const sitemap = html(`${BASE}sitemap-0.xml`);
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
  expect(listed).toEqual(
    builtPages()
      .filter((p) => !p.endsWith('404.html'))
      .sort(),
  );
});

test('every page is valid HTML (Nu Html Checker, errors)', () => {
  test.setTimeout(120_000);
  let report = '';
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', OUT_DIR], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    report = String((error as { stderr?: string }).stderr ?? error);
  }
  expect(report).toBe('');
});
