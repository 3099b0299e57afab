import { expect, type Page } from '@playwright/test';

/** Runs a search from the search page and returns each language group's result links. */
export async function search(page: Page, lang: string, query: string, all = false) {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}${all ? '&langs=all' : ''}`);
  await expect(page.locator('#search-status')).toHaveText(/: \d+/);
  return page
    .locator('.search-group')
    .evaluateAll((groups) =>
      Object.fromEntries(
        groups.map((g) => [
          g.getAttribute('lang') ?? document.documentElement.lang,
          [...g.querySelectorAll('li > a')].map((a) => a.getAttribute('href')!),
        ]),
      ),
    );
}

/** A result's place: its link without the query that marks the matched words. */
export const placeOf = (href: string) => href.replace(/\?[^#]*/, '');

export const landsOn = (hrefs: string[] | undefined, ids: string[]) =>
  (hrefs ?? []).some((h) => ids.some((id) => h.endsWith(`#${id}`)));

/** Every result's link and excerpt, per language group, as the reader sees them. */
export async function results(page: Page) {
  return page.locator('.search-group').evaluateAll((groups) =>
    groups.map((g) => ({
      lang: g.getAttribute('lang') ?? document.documentElement.lang,
      items: [...g.querySelectorAll('.search-results li')].map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        label: li.querySelector('a')!.textContent!,
        excerpt: li.querySelector('.excerpt')!.textContent!,
        aligned: li.classList.contains('aligned'),
      })),
    })),
  );
}
