/**
 * What a page costs a phone at load: every request the browser makes until the network is
 * idle (the favicon included, as Chromium asks for it), the bytes of each by type, raw and
 * gzipped, and the gzip of the page's own text (its main element's), the floor no markup beats.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** The kinds of bytes the benchmark tells apart. */
export const KINDS = ['html', 'css', 'js', 'font', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Bytes = Record<Kind, number>;

/** One page's weight. */
export interface Weight {
  requests: number;
  /** Requests to an origin other than the page's. */
  foreign: number;
  files: Record<Kind, number>;
  raw: Bytes;
  gzip: Bytes;
  /** The gzip of the page's visible main text. */
  textGzip: number;
  /** HTML + CSS gzip over textGzip. */
  markupMultiple: number;
  /** Bytes over the wire: text gzipped, fonts and the rest as they are. */
  transferred: number;
}

const kindOf = (type: string): Kind =>
  type === 'Document'
    ? 'html'
    : type === 'Stylesheet'
      ? 'css'
      : type === 'Script'
        ? 'js'
        : type === 'Font'
          ? 'font'
          : 'other';

const zero = (): Bytes => ({ html: 0, css: 0, js: 0, font: 0, other: 0 });

/** Loads `origin + path` in a phone-sized window and weighs what it fetched. */
export async function weigh(browser: Browser, origin: string, path: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const seen = new Map<string, { url: string; kind: Kind }>();
  cdp.on('Network.responseReceived', (e) =>
    seen.set(e.requestId, { url: e.response.url, kind: kindOf(e.type) }),
  );
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // the favicon is asked for after load
  const text = await page.locator('main').first().innerText();
  await context.close();

  const weight = { requests: 0, foreign: 0, files: zero(), raw: zero(), gzip: zero() };
  for (const { url, kind } of seen.values()) {
    if (url.startsWith('data:')) continue;
    weight.requests++;
    if (!url.startsWith(origin)) {
      weight.foreign++;
      continue;
    }
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    weight.files[kind]++;
    weight.raw[kind] += body.length;
    weight.gzip[kind] += kind === 'font' ? body.length : gzipSync(body, { level: 9 }).length;
  }
  const textGzip = gzipSync(Buffer.from(text), { level: 9 }).length;
  return {
    ...weight,
    textGzip,
    markupMultiple: (weight.gzip.html + weight.gzip.css) / textGzip,
    transferred: KINDS.reduce((sum, kind) => sum + weight.gzip[kind], 0),
  };
}
