/**
 * The browser specs' `test`: Playwright's, but the test's own `page`, with JavaScript on, also
 * waits after goto, reload, goBack, goForward and waitForURL until the page's enhancements are
 * set up (`data-enhanced` on <html>). They load after the first paint
 * (src/scripts/enhance-init.js), so the `load` event that Playwright waits for can come first,
 * and a test's first click could otherwise beat them. A page the test opens itself, or a new
 * page reached by a click, calls `enhanced(page)`.
 */
import { test as base, type Page } from '@playwright/test';

export { expect, type Locator, type Page } from '@playwright/test';

const NAVIGATIONS = ['goto', 'reload', 'goBack', 'goForward', 'waitForURL'] as const;

/** Waits until the page has set up its enhancements; a page without them is ready at once. */
export async function enhanced(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.getElementById('enhancements') || document.documentElement.hasAttribute('data-enhanced'),
  );
}

function waitAfterNavigating(page: Page): void {
  for (const name of NAVIGATIONS) {
    const navigate = page[name].bind(page) as (...args: unknown[]) => Promise<unknown>;
    Object.assign(page, {
      [name]: async (...args: unknown[]) => {
        const result = await navigate(...args);
        await enhanced(page);
        return result;
      },
    });
  }
}

export const test = base.extend({
  context: async ({ context, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      context.pages().forEach(waitAfterNavigating);
      context.on('page', waitAfterNavigating);
    }
    await use(context);
  },
});
