/**
 * Search speed as a reader feels it: from the keystroke that completes a query to the first
 * result drawn, cold (the first query after the search opens, which loads the index) and warm
 * (the same query again). The edition's search dialog and the peer's Pagefind UI (with its own
 * debounce, as a reader gets it) are timed the same way, each opened from its `/kk/` page.
 */
import type { Browser, Page } from '@playwright/test';

/** Where a site's search box and its results are, and how to open it. */
export interface SearchUi {
  path: string;
  input: string;
  result: string;
  open?: (page: Page) => Promise<void>;
}

/**
 * The edition's search as the peer's is timed: opened from the Kazakh reading page (the `/` key,
 * as the header's button does), so the first query loads the search code and its data, as
 * Pagefind's first query loads its index.
 */
export const EDITION_SEARCH: SearchUi = {
  path: '/kk/',
  input: '#search-dialog input[name="q"]',
  result: '#search-dialog-results .search-results li',
  open: async (page) => {
    await page.keyboard.press('/');
    await page.locator('#search-dialog input[name="q"]').waitFor();
  },
};

export const PEER_SEARCH: SearchUi = {
  path: '/kk/',
  input: 'dialog[open] .pagefind-ui__search-input',
  result: 'dialog[open] .pagefind-ui__result',
  open: async (page) => {
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog[open] .pagefind-ui__search-input').waitFor();
  },
};

/** Sets the whole query as one keystroke would complete it, and times until a result is drawn. */
function timeKeystroke(page: Page, ui: SearchUi, query: string): Promise<number> {
  return page.evaluate(
    ({ ui, query }) =>
      new Promise<number>((resolve) => {
        const box = document.querySelector<HTMLInputElement>(ui.input)!;
        const observer = new MutationObserver(() => {
          if (!document.querySelector(ui.result)) return;
          observer.disconnect();
          resolve(Math.round(performance.now() - started));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        box.value = query;
        const started = performance.now();
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { ui: { input: ui.input, result: ui.result }, query },
  );
}

/** The query again, once the box is emptied and its results gone: the index is loaded now. */
async function warmQuery(page: Page, ui: SearchUi, query: string): Promise<number> {
  await page.locator(ui.input).fill('');
  await page.waitForFunction((sel) => document.querySelector(sel) === null, ui.result);
  await page.waitForTimeout(500); // past any debounce, so nothing of the emptying is pending
  return timeKeystroke(page, ui, query);
}

/** Cold and warm keystroke-to-results times, in ms, for each query on one site. */
export async function searchLatency(browser: Browser, origin: string, ui: SearchUi, queries: string[]) {
  const rows: { query: string; coldMs: number; warmMs: number }[] = [];
  for (const query of queries) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(origin + ui.path, { waitUntil: 'networkidle' });
    await ui.open?.(page);
    const coldMs = await timeKeystroke(page, ui, query);
    const warmMs = Math.min(await warmQuery(page, ui, query), await warmQuery(page, ui, query));
    rows.push({ query, coldMs, warmMs });
    await context.close();
  }
  return rows;
}
