import { expect, test, type Locator, type Page } from '../support/test';

/** The element's top is below the sticky header: nothing the reader landed on is covered. */
async function clearOfHeader(page: Page, target: Locator): Promise<void> {
  const header = (await page.locator('.site-header').boundingBox())!;
  const box = (await target.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
}

for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 844 }, colorScheme, hasTouch: width < 500 });
      const press = (target: Locator) => (width < 500 ? target.tap() : target.click());

      test('the header stays in reach and its menu shows every page and section', async ({ page }) => {
        await page.goto('kk/#results-5');
        const header = page.locator('.site-header');
        await expect(header).toBeInViewport();
        await expect(header.getByRole('navigation', { name: 'Тіл' })).toBeInViewport();
        await expect(header.getByRole('link', { name: 'Іздеу' })).toBeInViewport();
        await press(header.getByText('Мәзір'));
        const menu = page.locator('.menu-panel');
        for (const link of await menu.getByRole('link').all()) await expect(link).toBeInViewport();
        await expect(
          menu.getByRole('navigation', { name: 'Басылым бөлімдері' }).getByRole('link'),
        ).toHaveCount(7);
        await expect(menu.getByRole('navigation', { name: 'Осы бетте' }).getByRole('link')).toHaveCount(7);
        await press(menu.getByRole('link', { name: 'Қорытынды' }));
        await expect(page).toHaveURL(/\/kk\/#conclusion$/);
        await expect(menu).toBeHidden();
        await clearOfHeader(page, page.locator('#conclusion'));
      });

      test('a student reads, opens a glossary entry and a reference in place, and closes them', async ({
        page,
      }) => {
        await page.goto('kk/#results-5');
        const preview = page.getByRole('dialog', { name: /.+/ }).and(page.locator('#preview'));
        await press(page.locator('#results-5 a.org').first());
        await expect(preview).toBeVisible();
        await expect(preview.getByRole('link', { name: 'Жазбаны ашу' })).toHaveAttribute(
          'href',
          /\/kk\/organisations\/#/,
        );
        await press(preview.getByRole('button', { name: 'Жабу' }));
        await expect(preview).toBeHidden();
        await press(page.locator('#cite-6-1'));
        await expect(preview).toContainText('[6]');
        await expect(page).toHaveURL(/\/kk\/#results-5$/);
        await page.keyboard.press('Escape');
        await expect(preview).toBeHidden();
        await press(page.locator('#cite-6-1'));
        await expect(preview).toBeVisible();
        const y = await page.evaluate(() => scrollY);
        // A tap beside the text, outside the box, closes it too; the reader is where they were.
        if (width < 500) await page.touchscreen.tap(4, 400);
        else await page.mouse.click(4, 400);
        await expect(preview).toBeHidden();
        expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(2);
      });

      test('from a Kazakh paragraph the student crosses to a translation and to the parallel view there', async ({
        page,
      }) => {
        await page.goto('kk/#results-5');
        await press(page.locator('#results-5 .to-lang[hreflang="en"]'));
        await expect(page).toHaveURL(/\/en\/#results-5$/);
        await clearOfHeader(page, page.locator('#results-5'));
        await press(page.locator('#results-5 .to-original'));
        await expect(page).toHaveURL(/\/kk\/#results-5$/);
        await press(page.locator('#results-5 .to-parallel'));
        await expect(page).toHaveURL(/\/kk\/parallel\/ru\/#results-5$/);
        const row = page.locator('#results-5');
        await expect(row).toBeInViewport();
        await clearOfHeader(page, row);
        await expect(row).toHaveAttribute('aria-label', 'Нәтижелер мен талқылаулар, 5');
        // Changing the pair keeps the place.
        await press(
          page.getByRole('navigation', { name: 'Тілдер жұбы' }).getByRole('link', { name: /English/ }),
        );
        await expect(page).toHaveURL(/\/kk\/parallel\/en\/#results-5$/);
        await expect(page.locator('#results-5')).toBeInViewport();
      });
    });
  }
}
