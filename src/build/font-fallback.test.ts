import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fallbackDescriptors, fontMetrics, NOTO_SERIF_FILES, TIMES_NEW_ROMAN } from './font-fallback';

const require = createRequire(import.meta.url);
const css = readFileSync('src/styles/fonts.css', 'utf8');

/** The descriptors fonts.css gives the fallback face of one weight. */
function declared(weight: number): Record<string, string> {
  const face = css
    .split('@font-face')
    .find((block) => block.includes("'Noto Serif fallback'") && block.includes(`font-weight: ${weight};`))!;
  return Object.fromEntries([...face.matchAll(/([a-z-]+(?:adjust|override)):\s*([\d.]+%)/g)].map((m) => [m[1], m[2]]));
}

describe('the local fallback font', () => {
  for (const weight of [400, 700] as const) {
    it(`matches Noto Serif ${weight}'s metrics, as fonts.css declares`, async () => {
      const noto = await fontMetrics(readFileSync(require.resolve(NOTO_SERIF_FILES[weight])));
      expect(declared(weight)).toEqual(fallbackDescriptors(noto, TIMES_NEW_ROMAN[weight]));
    });
  }

  it('scales a wider font up and a font of the same shape not at all', () => {
    const same = fallbackDescriptors(TIMES_NEW_ROMAN[400], TIMES_NEW_ROMAN[400]);
    expect(same['size-adjust']).toBe('100.00%');
    const wider = { ...TIMES_NEW_ROMAN[400], xWidthAvg: 1000 };
    expect(parseFloat(fallbackDescriptors(wider, TIMES_NEW_ROMAN[400])['size-adjust']!)).toBeGreaterThan(100);
  });
});
