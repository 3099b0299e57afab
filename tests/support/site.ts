/** What the browser specs share: the site's pages from its sitemap, and the source text. */
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { KAZAKH_ORIGINAL_LINES, sourceParagraphs } from '../../src/lib/source-text';
import { base, site } from '../../site.config.mjs';

export { langs } from '../../src/i18n/locales';

/**
 * The address the site was built for (SITE_URL, SITE_BASE), with a slash at the end. Canonical
 * links and citations carry it, whichever free port the preview under test listens on.
 */
export const siteRoot = `${site}${base}`;

/** Every page the sitemap lists, as a path relative to the site's base (`kk/`, ``). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (
      await request.get(new URL(sitemap!).pathname.replace(/^.*?(sitemap-\d+\.xml)$/, '$1'))
    ).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(relative(loc!));
  }
  return paths;
}

/** A URL of the site as a path relative to its base. */
export function relative(url: string): string {
  const base = process.env.SITE_BASE ?? '/';
  return new URL(url).pathname.slice(base.length);
}

/** The Kazakh original's paragraphs from the repository's copy of the source. */
export function kazakhSourceParagraphs(): string[] {
  const text = readFileSync('content/source/article-extracted.txt', 'utf8');
  return sourceParagraphs(text, KAZAKH_ORIGINAL_LINES.from, KAZAKH_ORIGINAL_LINES.to);
}

/** The ids of the numbered blocks on an article page, in order. */
export async function blockIds(page: Page): Promise<string[]> {
  return page.locator('.article-body [data-block]').evaluateAll((els) => els.map((e) => e.id));
}

/**
 * Tests whose title ends in this tag check what a base path can break (links and fragments,
 * assets and fonts, the search index, the language switch, citation URLs, downloads); the
 * sub-path run (`SITE_BASE=/edition/`) of `npm test` repeats only these.
 */
export const BASE_PATH_TAG = '@base-path';
