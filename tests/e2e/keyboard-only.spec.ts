import { expect, test, type Page } from '../support/test';

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

for (const width of [390, 1280]) {
  test(`at ${width} px each block is one Tab stop through the first three sections, its tools a toolbar`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('ru/');
    const sections = ['abstract', 'keywords', 'introduction'];
    // What the reader must pass: one stop per block, plus each glossary link and citation.
    const expected = await page.evaluate((ids) => {
      const blocks = [...document.querySelectorAll<HTMLElement>('[data-block]')].filter((b) =>
        ids.some((id) => b.id === id || b.id.startsWith(`${id}-`)),
      );
      return {
        blocks: blocks.map((b) => b.id),
        inline: blocks.flatMap((b) => [...b.querySelectorAll('a.org, a.cite')]).length,
      };
    }, sections);
    await page.locator('#abstract .block-tools [tabindex="0"]').focus();
    const stops: string[] = [];
    for (let i = 0; i < 200; i++) {
      const here = await page.evaluate(() => {
        const el = document.activeElement!;
        return {
          block: el.closest('[data-block]')?.id ?? '',
          tools: el.closest('[role="toolbar"]') !== null,
        };
      });
      if (here.block === 'methods') break;
      stops.push(here.tools ? `tools ${here.block}` : `link ${here.block}`);
      await page.keyboard.press('Tab');
    }
    console.log(`Tab stops through abstract, keywords, introduction at ${width} px: ${stops.length}`);
    expect(stops.filter((s) => s.startsWith('tools '))).toEqual(expected.blocks.map((id) => `tools ${id}`));
    expect(stops).toHaveLength(expected.blocks.length + expected.inline);
  });
}

test('arrow keys move inside a block’s tools, Tab leaves them, and focus comes back where it was', async ({
  page,
}) => {
  await page.goto('ru/');
  const bar = page.locator('#results-4 .block-tools');
  await expect(bar).toHaveAttribute('role', 'toolbar');
  await expect(bar).toHaveAttribute('aria-label', /Инструменты фрагмента/);
  await bar.locator('a.permalink').focus();
  await page.keyboard.press('ArrowRight');
  await expect(bar.locator('.copy-link')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(bar.locator('.to-original')).toBeFocused();
  await page.keyboard.press('End');
  await expect(bar.locator('.cite-link')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(bar.locator('a.permalink')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(bar.locator('.cite-link')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(bar.locator('a.permalink')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(bar.locator('.copy-link')).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(bar.locator('.copy-link')).toBeFocused();
  expect(await bar.locator('[tabindex="0"]').count()).toBe(1);
});

test('the search link in the header shows its shortcut and / opens search', async ({ page }) => {
  await page.goto('en/');
  const link = page.locator('.site-header a.search-link');
  await expect(link.locator('kbd')).toHaveText('/');
  await expect(link.locator('kbd')).toBeVisible();
  await expect(link).toHaveAttribute('aria-keyshortcuts', '/ Control+K');
  await page.keyboard.press('/');
  await expect(page.locator('#search-dialog')).toBeVisible();
});
