import { expect, test } from '../support/test';
import { blockIds, langs } from '../support/site';

const titles = {
  kk: 'Орталық Азиядағы терроризм мәселесі және Қазақстан Республикасының терроризммен күресу жолдары',
  ru: 'Проблема терроризма в Центральной Азии и пути борьбы с терроризмом в Республике Казахстан',
  en: 'The Problem of Terrorism in Central Asia and Ways to Combat Terrorism in the Republic of Kazakhstan',
};
const sections = ['abstract', 'keywords', 'introduction', 'methods', 'results', 'conclusion'];

for (const lang of langs) {
  test(`opens /${lang}/ with its language, title, authors and sections`, async ({ page }) => {
    await page.goto(`${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(titles[lang]);
    await expect(page).toHaveTitle(titles[lang]);
    await expect(page.locator('.byline')).toContainText(lang === 'en' ? 'N.O. Akkozhina' : 'Н.О. Аккожина');
    for (const id of sections) await expect(page.locator(`h2#${id}`)).toBeVisible();
    await expect(page.locator('#table-1 tbody tr')).toHaveCount(10);
    await expect(page.locator('#results ~ ol > li')).toHaveCount(6);
  });
}

test('every section and paragraph id of /kk/ exists, in the same order, in ru and en', async ({ page }) => {
  await page.goto('kk/');
  const kk = await blockIds(page);
  expect(kk.length).toBeGreaterThan(25);
  expect(kk).toContain('results-4');
  for (const lang of ['ru', 'en']) {
    await page.goto(`${lang}/`);
    expect(await blockIds(page), lang).toEqual(kk);
  }
});

test('the translations say they are editorial, near the title; the original does not', async ({ page }) => {
  await page.goto('ru/');
  const notice = page.locator('.article-head .notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('редакционный перевод с казахского');
  await page.goto('en/');
  await expect(page.locator('.article-head .notice')).toContainText('editorial translation from Kazakh');
  await page.goto('kk/');
  await expect(page.locator('.article-head .notice')).toHaveCount(0);
});

test('a translated paragraph links to the same paragraph of the original @base-path', async ({ page }) => {
  await page.goto('en/#results-4');
  await page.locator('#results-4 .to-original').click();
  await expect(page).toHaveURL(/\/kk\/#results-4$/);
  await expect(page.locator('#results-4')).toBeInViewport();
  await expect(page.locator('#results-4')).toContainText('Хорасан уәлаяты');
});

test('the authors’ own abstracts are shown verbatim', async ({ page }) => {
  await page.goto('ru/');
  await expect(page.locator('#abstract-1')).toContainText(
    'как ШОС, ОДКБ предотвращение радикализации и анализ социальных факторов',
  );
  await page.goto('en/');
  await expect(page.locator('#abstract-1')).toContainText(
    'cooperation with organizations such as the SCO, CSTO, and UN',
  );
});

test('a fragment URL lands on its paragraph and marks it', async ({ page }) => {
  await page.goto('ru/#methods-2');
  const target = page.locator('#methods-2');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
});
