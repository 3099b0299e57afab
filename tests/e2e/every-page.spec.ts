import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists the chooser and every language page', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const path of ['', 'kk/', 'ru/', 'en/', 'kk/about/', 'en/about/']) expect(paths).toContain(path);
});

test('every page passes axe (WCAG 2.2 AA) in light and dark, at 390 and 1280 px', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const failures: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of await sitemapPaths(request)) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        for (const v of violations) {
          failures.push(
            `${colorScheme} ${width}px /${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
          );
        }
      }
      await context.close();
    }
  }
  expect(failures).toEqual([]);
});

test('no page requests another origin, logs an error or breaks its CSP', async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request to ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
  for (const path of await sitemapPaths(request)) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(problems).toEqual([]);
});

test('the remembered dark theme applies before paint and survives a reload', async ({ page }) => {
  await page.goto('kk/');
  await page.getByLabel('Түс тақырыбы').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(22, 24, 27)');
});
