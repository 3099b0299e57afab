import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, and returns how many presses it took. */
async function tabTo(page: Page, selector: string, limit = 60, key = 'Tab'): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`${selector} not reached in ${limit} presses of Tab`);
}

/** The focused element draws a visible focus indicator. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return (
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'
    );
  });
}

test('a keyboard reader skips to the text, moves through the contents and switches language', async ({
  page,
}) => {
  await page.goto('kk/');
  expect(await tabTo(page, '.skip-link')).toBe(1);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await tabTo(page, '.toc a[href="#results"]');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#results$/);
  await expect(page.locator('#results')).toBeInViewport();
  // Landed on a paragraph, the reader goes back up to the language switcher.
  await page.goto('kk/#results-4');
  await tabTo(page, 'a[hreflang="en"][data-keep-fragment]', 150, 'Shift+Tab');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/#results-4$/);
});

test('every link and button on an article page shows where the focus is', async ({ page }) => {
  await page.goto('ru/');
  const invisible: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (!(await focusIsVisible(page)))
      invisible.push(await page.evaluate(() => document.activeElement!.outerHTML.slice(0, 80)));
  }
  expect(invisible).toEqual([]);
});
