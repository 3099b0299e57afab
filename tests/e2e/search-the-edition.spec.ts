import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Runs a search from the search page and returns each language group's result links. */
async function search(page: Page, lang: string, query: string, all = false) {
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

const landsOn = (hrefs: string[] | undefined, ids: string[]) =>
  (hrefs ?? []).some((h) => ids.some((id) => h.endsWith(`#${id}`)));

for (const query of ['SCO', 'ШОС', 'ШЫҰ', 'Шанхай Ынтымақтастық Ұйымы']) {
  test(`"${query}" reaches the SCO's glossary entry and the passages naming it, in every language`, async ({
    page,
  }) => {
    const groups = await search(page, 'kk', query, true);
    await expect(page.locator('.search-term a')).toHaveAttribute(
      'href',
      /organisations\/#shanghai-cooperation-organisation$/,
    );
    for (const lang of ['kk', 'ru', 'en']) {
      expect(landsOn(groups[lang], ['shanghai-cooperation-organisation']), `${lang} glossary`).toBe(true);
      expect(landsOn(groups[lang], ['results-13', 'conclusion-1', 'abstract-1']), `${lang} passage`).toBe(
        true,
      );
    }
  });
}

for (const query of ['IMU', 'ИДУ', 'ӨИҚ']) {
  test(`"${query}" reaches the Islamic Movement of Uzbekistan in every language`, async ({ page }) => {
    const groups = await search(page, 'en', query, true);
    await expect(page.locator('.search-term a')).toHaveAttribute('href', /#islamic-movement-of-uzbekistan$/);
    for (const lang of ['kk', 'ru', 'en']) {
      expect(
        landsOn(groups[lang], [
          'islamic-movement-of-uzbekistan',
          'results-1',
          'results-2',
          'incident-1999-tashkent-bombings',
        ]),
        lang,
      ).toBe(true);
    }
  });
}

const forms: [string, string, string[]][] = [
  ['мәселелер', 'мәселесі', ['abstract-1', 'results-2']],
  ['ұйымдардың', 'ұйым', ['results-1', 'results-13']],
  ['терроризммен', 'терроризм', ['introduction-1', 'abstract-1', 'results-3']],
];
for (const [query, other, ids] of forms) {
  test(`the Kazakh form "${query}" finds passages that use "${other}"`, async ({ page }) => {
    const groups = await search(page, 'kk', query);
    expect(landsOn(groups.kk, ids), JSON.stringify(groups.kk)).toBe(true);
    const excerpts = await page.locator('.search-results mark').allTextContents();
    expect(excerpts.some((m) => m.toLowerCase().startsWith(other) && m.toLowerCase() !== query)).toBe(true);
  });
}

test('"казакстан", typed without Kazakh letters, finds Қазақстан; the exact spelling ranks first', async ({
  page,
}) => {
  const folded = await search(page, 'kk', 'казакстан');
  expect(folded.kk!.length).toBeGreaterThan(0);
  await expect(page.locator('.search-results mark').first()).toHaveText(/^Қазақстан/);
  const exact = await search(page, 'kk', 'Қазақстан');
  const place = (href: string) => href.replace(/\?[^#]*/, '');
  expect(place(exact.kk![0]!)).toBe(place(folded.kk![0]!));
});

test('a search is deep-linkable and widens to all three languages with one control @base-path', async ({
  page,
}) => {
  await page.goto('ru/search/?q=%D0%A5%D0%B8%D0%B7%D0%B1');
  await expect(page.locator('.search-group')).toHaveCount(1);
  await page.getByLabel('Искать на трёх языках').check();
  await expect(page.locator('.search-group')).toHaveCount(3);
  await expect(page).toHaveURL(/langs=all/);
  await expect(page.locator('.search-group h2').first()).toHaveText(/^Русский/);
});

test('the landing page marks the matched words @base-path', async ({ page }) => {
  await search(page, 'ru', 'Акромия');
  await page.locator('.search-results li > a').first().click();
  await expect(page).toHaveURL(/highlight=/);
  await expect(page.locator('mark.search-hit').first()).toHaveText(/^Акроми/);
  await expect(page.locator('mark.search-hit').first()).toBeInViewport();
});

test('the header’s search dialog works from the keyboard alone @base-path', async ({ page }) => {
  await page.goto('en/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Hizb ut-Tahrir');
  await expect(dialog.locator('.search-results li').first()).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#search-dialog'))).toBe(true);
  }
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  const link = page
    .getByRole('navigation', { name: 'Edition sections' })
    .getByRole('link', { name: 'Search' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();
});

test('axe passes on the search page with results', async ({ page }) => {
  await search(page, 'kk', 'Хизб', true);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and offers the glossary and the contents', async ({
    page,
  }) => {
    await page.goto('kk/search/');
    await expect(page.getByText('Іздеу үшін JavaScript қажет')).toBeVisible();
    await page.getByRole('link', { name: 'Ұйымдар' }).last().click();
    await expect(page).toHaveURL(/\/kk\/organisations\/$/);
  });
});
