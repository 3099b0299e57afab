/** The language versions of a page, for hreflang links and the language switcher. */
import { langs, originalLang, type Lang } from '../i18n/locales';
import { pagePath, withSlash, type PageName } from './paths';
import { escapeRegExp } from './text-match';

/**
 * The same page in every language, as hreflang links and the language switcher name it; a
 * parallel pair is turned round rather than paired with itself (see switchTarget).
 */
export function alternates(base: string, from: Lang, page: PageName): { lang: Lang; href: string }[] {
  return langs.map((lang) => ({ lang, href: pagePath(base, lang, switchTarget(from, lang, page)) }));
}

/**
 * The page a language switch leads to: the same page, but for a parallel view whose other
 * language would become the page's own, the pair turned round.
 * @example switchTarget('ru', 'kk', 'parallel/kk') // 'parallel/ru'
 */
export function switchTarget(from: Lang, to: Lang, page: PageName): PageName {
  if (!page.startsWith('parallel/')) return page;
  const other = page.slice('parallel/'.length) as Lang;
  if (other !== to) return page;
  return `parallel/${from === to ? originalLang : from}`;
}

/**
 * The language alternates of a page URL for the sitemap, or none for a page that belongs to
 * no language (the chooser at the root).
 * @example sitemapAlternates('https://h/ru/parallel/kk/', '/') // kk → /kk/parallel/ru/, …
 */
export function sitemapAlternates(url: string, base: string): { lang: Lang; url: string }[] {
  const { origin, pathname } = new URL(url);
  const match = new RegExp(`^${escapeRegExp(withSlash(base))}(${langs.join('|')})/(.*)$`).exec(pathname);
  if (!match) return [];
  const from = match[1] as Lang;
  const page = match[2].replace(/\/$/, '') as PageName;
  return langs.map((to) => ({
    lang: to,
    url: `${origin}${pagePath(base, to, switchTarget(from, to, page))}`,
  }));
}
