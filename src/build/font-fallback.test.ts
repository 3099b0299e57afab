import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fallbackDescriptors, fontMetrics, NOTO_SERIF_FILE, TIMES_NEW_ROMAN } from './font-fallback';

const require = createRequire(import.meta.url);
const css = readFileSync('src/styles/fonts.css', 'utf8');

/** Percentages as numbers, so 118.4% and 118.40% are one figure. */
const numbers = (descriptors: Record<string, string>) =>
  Object.fromEntries(Object.entries(descriptors).map(([k, v]) => [k, parseFloat(v)]));

/** The descriptors fonts.css gives the fallback face. */
function declared(): Record<string, number> {
  const face = css.split('@font-face').find((block) => block.includes("'Noto Serif fallback'"))!;
  const found = [...face.matchAll(/([a-z-]+(?:adjust|override)):\s*([\d.]+%)/g)];
  return numbers(Object.fromEntries(found.map((m) => [m[1], m[2]])));
}

describe('the local fallback font', () => {
  it("matches Noto Serif's metrics, as fonts.css declares", async () => {
    const noto = await fontMetrics(readFileSync(require.resolve(NOTO_SERIF_FILE)));
    expect(declared()).toEqual(numbers(fallbackDescriptors(noto, TIMES_NEW_ROMAN)));
  });

  it('scales a wider font up and a font of the same shape not at all', () => {
    expect(fallbackDescriptors(TIMES_NEW_ROMAN, TIMES_NEW_ROMAN)['size-adjust']).toBe('100.00%');
    const wider = { ...TIMES_NEW_ROMAN, xWidthAvg: 1000 };
    expect(parseFloat(fallbackDescriptors(wider, TIMES_NEW_ROMAN)['size-adjust']!)).toBeGreaterThan(100);
  });
});
