/**
 * `npm run screenshots -- /kk/ /kk/incidents/`: full-page PNGs of pages at 390 and 1280 px,
 * light and dark, into screenshots/ (not committed). It serves the last build (`npm run build`)
 * itself on a free port; PREVIEW_URL=http://localhost:4321 uses a preview already running.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { startPreview, type Preview } from './preview-server.ts';

const given = process.env.PREVIEW_URL?.replace(/\/$/, '');
const preview: Preview = given ? { origin: given, stop: () => {} } : await startPreview();
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const full = !process.argv.includes('--viewport');
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const path of paths.length ? paths : ['/', '/kk/']) {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(preview.origin + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: full });
        await page.close();
        console.log(`screenshots/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  preview.stop();
}
