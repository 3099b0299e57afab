import AxeBuilder from '@axe-core/playwright';
import { enhanced, expect, test, type Page } from '../support/test';

// The states a page's own scan (every-page) does not see: the header menu and a preview open.
// target-size (WCAG 2.2, 2.5.8) is among the wcag22aa rules.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
}

for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe passes at ${width} px, ${colorScheme}, with the menu open and with a preview open`, async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport: { width, height: 844 }, colorScheme });
      const page = await context.newPage();
      const found: string[] = [];
      await page.goto('ru/#results-5');
      await enhanced(page);
      await page.locator('.site-menu summary').click();
      await expect(page.locator('.menu-panel')).toBeVisible();
      found.push(...(await violations(page)));
      await page.keyboard.press('Escape');
      await page.locator('#results-5 a.org').first().click();
      await expect(page.locator('#preview')).toBeVisible();
      found.push(...(await violations(page)));
      await context.close();
      expect(found).toEqual([]);
    });
  }
}
