/** URLs of the edition's pages; every internal link goes through here so `base` is respected. */
import type { Lang } from '../i18n/locales';

/** The pages each language has, by their path segment. */
export type PageName =
  '' | 'incidents' | 'organisations' | 'references' | 'search' | 'about' | `parallel/${Lang}`;

/**
 * A base path with its closing slash (`/edition` → `/edition/`), as every path is built on.
 * @example withSlash('/edition') // '/edition/'
 */
export function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The path of a page under the site's base, always ending in a slash, with a fragment if
 * one is given.
 * @example pagePath('/edition/', 'ru', 'references', 'ref-2') // '/edition/ru/references/#ref-2'
 */
export function pagePath(base: string, lang: Lang, page: PageName = '', fragment?: string): string {
  return `${withSlash(base)}${lang}/${page ? `${page}/` : ''}${fragment ? `#${fragment}` : ''}`;
}

/**
 * A path under the base for any file of the site (`cite/article.bib`, `search-terms.json`).
 * @example sitePath('/edition/', 'kk/cite/article.bib') // '/edition/kk/cite/article.bib'
 */
export function sitePath(base: string, path = ''): string {
  return `${withSlash(base)}${path.replace(/^\//, '')}`;
}

/** The absolute URL of a path on the site (`https://host/edition/kk/#results-4`). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, withSlash(site)).href;
}

/** Whether an address is this computer's (a local preview), whose links work for nobody else. */
export function isLocalAddress(site: string | URL | undefined): boolean {
  if (!site) return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(site).hostname);
}
