/**
 * Every built page, read from the build, in tests of its own, so a slow or failing page is
 * named and no test waits on a hundred scans: axe (WCAG 2.2 AA) in light and dark at 390 and
 * 1280 px, and no request to another origin, console error or CSP breach.
 */
import { violations } from '../support/axe';
import { expect, test } from '../support/test';
import { BASE, builtPages } from '../support/built-site';
import { sitemapPaths } from '../support/site';

/** The built pages, read from the build at load, as paths relative to the site's base. */
const pages = builtPages().map((p) => p.slice(BASE.length));

test('the sitemap lists the chooser and every language page @base-path', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const path of ['', 'kk/', 'ru/', 'en/', 'kk/about/', 'en/about/']) expect(paths).toContain(path);
});

for (const path of pages) {
  // One test per page and width, so no test holds more than two scans of a long page.
  for (const width of [390, 1280]) {
    test(`axe passes on /${path} at ${width} px, in light and dark`, async ({ page }) => {
      // Two full scans of a long page: a minute leaves room on a busy two-core machine.
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const failures: string[] = [];
      // The dark theme is CSS alone (prefers-color-scheme), so switching it needs no reload.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const v of await violations(page)) failures.push(`${colorScheme}: ${v}`);
      }
      expect(failures).toEqual([]);
    });
  }

  test(`/${path} loads only its own assets, with no error or CSP breach @base-path`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request to ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(problems).toEqual([]);
  });
}

test('the remembered dark theme applies before paint and survives a reload', async ({ page }) => {
  await page.goto('kk/');
  // The theme is chosen in the header's menu.
  await page.locator('.site-menu summary').click();
  await page.getByLabel('Түс тақырыбы').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(22, 24, 27)');
});
