import { violations } from '../support/axe';
import { expect, test } from '../support/test';

// The states a page's own scan (every-page) does not see: the header menu and a preview open.
for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 844 }, colorScheme });
      test('axe passes with the menu open and with a preview open', async ({ page }) => {
        test.setTimeout(120_000);
        const found: string[] = [];
        await page.goto('ru/#results-5');
        await page.locator('.site-menu summary').click();
        await expect(page.locator('.menu-panel')).toBeVisible();
        found.push(...(await violations(page)));
        await page.keyboard.press('Escape');
        await page.locator('#results-5 a.org').first().click();
        await expect(page.locator('#preview')).toBeVisible();
        found.push(...(await violations(page)));
        expect(found).toEqual([]);
      });
    });
  }
}
