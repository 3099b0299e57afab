/** Reading the built site from disk, for checks of every page and every link. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const OUT_DIR = process.env.OUT_DIR ?? 'dist';
export const BASE = process.env.SITE_BASE ?? '/';

/** Every HTML page of the build, as its URL path (`/kk/`, `/404.html`). */
export function builtPages(): string[] {
  if (!existsSync(OUT_DIR)) throw new Error(`${OUT_DIR}/ is missing: build the site first (npm run build)`);
  return readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${BASE}${f.replaceAll('\\', '/').replace(/index\.html$/, '')}`);
}

/** The file a URL path of the site is served from, or undefined when there is none. */
export function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(path.slice(BASE.length));
  const file = join(OUT_DIR, rel);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The HTML of a built page. */
export function html(path: string): string {
  return readFileSync(fileFor(path)!, 'utf8');
}

/** Every href and src of a page, entities decoded. */
export function linksOf(page: string): string[] {
  return [...page.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** Every id of a page. */
export function idsOf(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}
