/** URLs of the edition's pages; every internal link goes through here so `base` is respected. */
import type { Lang } from '../i18n/locales';

/** The pages each language has, by their path segment. */
export type PageName =
  '' | 'incidents' | 'organisations' | 'references' | 'search' | 'about' | `parallel/${Lang}`;

/**
 * The path of a page under the site's base, always ending in a slash.
 * @example pagePath('/edition/', 'ru', 'references') // '/edition/ru/references/'
 */
export function pagePath(base: string, lang: Lang, page: PageName = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${lang}/${page ? `${page}/` : ''}`;
}

/**
 * A path under the base for any file of the site (`cite/article.bib`, `pagefind/`).
 * @example sitePath('/edition/', 'kk/cite/article.bib') // '/edition/kk/cite/article.bib'
 */
export function sitePath(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/** The absolute URL of a path on the site (`https://host/edition/kk/#results-4`). */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
