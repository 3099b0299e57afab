import { expect, test } from '../support/test';
import { siteRoot } from '../support/site';

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

test('the glossary, the references and the parallel view work without JavaScript', async ({ page }) => {
  await page.goto('ru/');
  await page.locator('#results-1 a.org').first().click();
  await expect(page).toHaveURL(/\/ru\/organisations\/#/);
  await expect(page.locator(':target')).toBeVisible();
  await page.goto('ru/');
  await page.locator('#cite-2-1').click();
  await expect(page).toHaveURL(/\/ru\/references\/#ref-2$/);
  await expect(page.locator('#ref-2')).toBeInViewport();
  await page.locator('#ref-2 a[data-backlink="cite-2-1"]').click();
  await expect(page).toHaveURL(/\/ru\/#cite-2-1$/);
  await page.goto('ru/parallel/en/');
  expect(await page.locator('.parallel-row').count()).toBeGreaterThan(25);
  await expect(page.locator('#results-4 .parallel-cell')).toHaveCount(2);
  await expect(page.locator('#results-4')).toContainText('Khorasan');
});

test('printing /kk/ gives the article without navigation chrome, with citation targets shown', async ({
  page,
}) => {
  await page.goto('kk/');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.toc', '.site-footer nav', '.block-tools', '.skip-link']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#results-13')).toBeVisible();
  const shown = await page.locator('#cite-1-1').evaluate((a) => getComputedStyle(a, '::after').content);
  // On paper a relative path leads nowhere: the absolute permalink, and the page's own address and version.
  expect(shown).toBe(`" (${siteRoot}kk/references/#ref-1)"`);
  await expect(page.locator('.print-only')).toHaveText(`${siteRoot}kk/ · 1.1 нұсқа`);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(30_000);
});

test('without JavaScript on a phone, the menu opens and the paragraph links cross languages', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('kk/#results-5');
  await page.locator('.site-menu summary').click();
  await expect(page.locator('.menu-panel').getByRole('link', { name: 'Басылым туралы' })).toBeInViewport();
  await page.locator('.site-menu summary').click();
  await page.locator('#results-5 .to-lang[hreflang="ru"]').click();
  await expect(page).toHaveURL(/\/ru\/#results-5$/);
  await expect(page.locator('#results-5')).toBeInViewport();
  await page.locator('#results-5 .to-parallel').click();
  await expect(page).toHaveURL(/\/ru\/parallel\/kk\/#results-5$/);
  await expect(page.locator('#results-5')).toBeInViewport();
  // A glossary link still leads to its entry, and a block's tools are plain links.
  await page.goto('kk/');
  await expect(page.locator('#results-5 .block-tools')).not.toHaveAttribute('role', 'toolbar');
});
