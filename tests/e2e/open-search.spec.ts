import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/test';
import { search } from '../support/search';

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
  await expect(page.locator(':target mark.search-hit').first()).toHaveText(/^Акроми/);
  await expect(page.locator(':target mark.search-hit').first()).toBeInViewport();
});

test('a reading page loads no search code or data until the reader opens search @base-path', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('kk/');
  await page.waitForLoadState('networkidle');
  const searchFiles = (paths: string[]) =>
    paths.filter((p) => /places\.json|search-terms\.json|\/ui\.[\w-]+\.js/.test(p));
  expect(searchFiles(fetched)).toEqual([]);
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('Тоқаев');
  await expect(page.getByRole('dialog').locator('.search-results li').first()).toBeVisible();
  expect(searchFiles(fetched).length).toBeGreaterThanOrEqual(3);
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
  test('the search page shows no form that cannot work and offers what works instead', async ({ page }) => {
    await page.goto('kk/search/?q=Ош');
    await expect(page.locator('main').getByRole('searchbox')).toBeHidden();
    await expect(page.locator('main').getByRole('button', { name: 'Іздеу' })).toBeHidden();
    const notice = page.locator('#search-needs-js');
    await expect(notice).toContainText('Ctrl+F');
    await expect(notice.getByRole('link', { name: 'Мазмұны' })).toHaveAttribute('href', /\/kk\/#toc-title$/);
    await notice.getByRole('link', { name: 'Ұйымдар' }).click();
    await expect(page).toHaveURL(/\/kk\/organisations\/$/);
  });
});
