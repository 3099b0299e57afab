/**
 * `npm run screenshots -- /kk/ /kk/incidents/`: full-page PNGs of pages of the running
 * preview at 390 and 1280 px, light and dark, into screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

const origin = process.env.PREVIEW_URL ?? 'http://localhost:4321';
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const full = !process.argv.includes('--viewport');
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['/', '/kk/']) {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: full });
      await page.close();
      console.log(`screenshots/${name}`);
    }
  }
}
await browser.close();
