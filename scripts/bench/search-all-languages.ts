/**
 * Search latency as a reader meets it, all three languages on. Cold: on the article page, the
 * reader opens search and types; timed from the last keystroke to the first results drawn,
 * with every byte the search fetched (the search code and the three languages' places).
 * Warm: on the search page, query after query; the median from the last keystroke (debounce
 * included) to the results drawn.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import { median } from '../median.ts';
import { kb } from './section.ts';

const WARM_QUERIES = [
  'Tokayev',
  'мәселелер',
  'Хизб ут-Тахрир',
  'Qazaqstan',
  'Aktobe',
  'ИГИЛ',
  'attacks',
  'Ош',
];

/** The cold and warm figures for each page language. */
export async function measureSearch(browser: Browser, origin: string) {
  const rows = [];
  for (const [lang, query] of [
    ['kk', 'мәселелер'],
    ['ru', 'Хизб ут-Тахрир'],
    ['en', 'Tokayev'],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Reading pages and search dialog share one preference: all three languages.
    await page.goto(`${origin}/${lang}/`, { waitUntil: 'networkidle' });
    let raw = 0;
    let gzip = 0;
    const count = async (r: Response) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      raw += body.length;
      gzip += gzipSync(body).length;
    };
    page.on('response', count);
    await page.keyboard.press('/');
    const coldMs = await timeQuery(page, '#search-dialog', query, true);
    // The other languages' places may still be arriving after the first group is drawn.
    await page.waitForTimeout(1500);
    page.off('response', count);
    await page.goto(`${origin}/${lang}/search/?langs=all`, { waitUntil: 'networkidle' });
    const warm: number[] = [];
    for (const q of WARM_QUERIES) warm.push(await timeQuery(page, '.page', q));
    rows.push({
      page: `/${lang}/`,
      coldQuery: query,
      coldMs,
      coldFetched: `${kb(raw)} (${kb(gzip)} gzip)`,
      coldFetchedGzip: gzip,
      warmMedianMs: median(warm),
      warmWorstMs: Math.max(...warm),
    });
    await context.close();
  }
  return rows;
}

/**
 * Types the query's last character and waits for its results to be drawn; `cold`: the whole
 * query at once, all three languages switched on in the same moment, nothing loaded before.
 */
async function timeQuery(page: Page, scope: string, query: string, cold = false): Promise<number> {
  return page.evaluate(
    async ([s, q, c]) => {
      const root = document.querySelector(s)!;
      const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
      const output = root.querySelector('.search-output')!;
      if (c) root.querySelector<HTMLInputElement>('input[name="langs"]')!.checked = true;
      else {
        input.value = q.slice(0, -1);
        input.dispatchEvent(new Event('input'));
        await new Promise((r) => setTimeout(r, 300));
      }
      return new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (output.querySelector('.search-group') && input.value === q) {
            observer.disconnect();
            resolve(Math.round(performance.now() - t0));
          }
        });
        observer.observe(output, { childList: true, subtree: true });
        input.value = q;
        const t0 = performance.now();
        input.dispatchEvent(new Event('input'));
      });
    },
    [scope, query, cold] as const,
  );
}
