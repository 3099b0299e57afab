import { expect, test } from '../support/test';

test('keeps the #fragment when switching language @base-path', async ({ page }) => {
  await page.goto('ru/#results-4');
  await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/#results-4$/);
  await expect(page.locator('#results-4')).toBeInViewport();
});

test('keeps a place reached by clicking a permalink, then switching @base-path', async ({ page }) => {
  await page.goto('kk/');
  await page.locator('#conclusion .permalink').click();
  await page.getByRole('navigation', { name: 'Тіл' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/#conclusion$/);
});

test('the chooser at / lists the three titles and does not redirect @base-path', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveURL(/\/$/);
  const links = page.locator('.chooser-list a');
  await expect(links).toHaveCount(3);
  await expect(links.nth(1)).toContainText('Проблема терроризма в Центральной Азии');
  await links.nth(2).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an unknown address gets a 404 page in all three languages @base-path', async ({ page }) => {
  const response = await page.goto('kk/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('Бет табылмады');
  await expect(page.locator('h1')).toContainText('Страница не найдена');
  await expect(page.locator('h1')).toContainText('Page not found');
});
