import { describe, expect, test } from 'vitest';
import { sitemapAlternates, switchTarget } from './alternates';
import { langOfPath } from './page-lang';
import { absoluteUrl, pagePath, sitePath, withSlash } from './paths';

describe('pagePath', () => {
  test('builds page paths under the root', () => {
    expect(pagePath('/', 'kk')).toBe('/kk/');
    expect(pagePath('/', 'ru', 'references')).toBe('/ru/references/');
  });
  test('respects a sub-path base with or without its slash', () => {
    expect(pagePath('/edition/', 'en', 'parallel/kk')).toBe('/edition/en/parallel/kk/');
    expect(pagePath('/edition', 'en')).toBe('/edition/en/');
    expect(sitePath('/edition/', '/kk/cite/article.bib')).toBe('/edition/kk/cite/article.bib');
  });
  test('adds a fragment after the closing slash', () => {
    expect(pagePath('/edition', 'ru', 'references', 'ref-2')).toBe('/edition/ru/references/#ref-2');
    expect(pagePath('/', 'kk', '', 'results-4')).toBe('/kk/#results-4');
    expect(withSlash('/edition')).toBe('/edition/');
    expect(withSlash('/')).toBe('/');
  });
  test('makes absolute URLs for canonical links and citations', () => {
    expect(absoluteUrl('https://example.org', '/edition/kk/')).toBe('https://example.org/edition/kk/');
  });
});

describe('switching language', () => {
  test('keeps the same page', () => {
    expect(switchTarget('kk', 'ru', 'organisations')).toBe('organisations');
  });
  test('turns a parallel pair round rather than pairing a language with itself', () => {
    expect(switchTarget('ru', 'kk', 'parallel/kk')).toBe('parallel/ru');
    expect(switchTarget('ru', 'en', 'parallel/kk')).toBe('parallel/kk');
  });
  test('gives the sitemap every language version of a page', () => {
    expect(sitemapAlternates('https://h.org/edition/ru/parallel/kk/', '/edition/')).toEqual([
      { lang: 'kk', url: 'https://h.org/edition/kk/parallel/ru/' },
      { lang: 'ru', url: 'https://h.org/edition/ru/parallel/kk/' },
      { lang: 'en', url: 'https://h.org/edition/en/parallel/kk/' },
    ]);
    expect(sitemapAlternates('https://h.org/', '/')).toEqual([]);
  });
  test('reads the page language from a URL path', () => {
    expect(langOfPath('/edition/ru/incidents/', '/edition/')).toBe('ru');
    expect(langOfPath('/', '/')).toBe('kk');
    expect(langOfPath('/edition/en/', '/edition')).toBe('en');
  });
});
