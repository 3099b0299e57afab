import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('reading, navigation and the language switcher work without JavaScript', async ({ page }) => {
  await page.goto('kk/');
  await expect(page.locator('#results-1')).toContainText('Терорризмнің Орталық Азияға келуі');
  await page.locator('.toc a[href="#conclusion"]').click();
  await expect(page.locator('#conclusion')).toBeInViewport();
  await page.getByRole('navigation', { name: 'Тіл' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#conclusion-1')).toBeVisible();
});

test('the page ships no script that reading needs: text and table are in the HTML', async ({ request }) => {
  const html = await (await request.get('ru/')).text();
  expect(html).toContain('id="results-4"');
  expect(html).toContain('<table');
  expect(html).toMatch(/редакционный перевод/);
});
