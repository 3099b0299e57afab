/**
 * The metric-matched local fallback for Noto Serif: Times New Roman (or Liberation Serif, its
 * metric twin on Linux) scaled so that a line set in it is as wide and as tall as in Noto Serif,
 * so swapping in the web font moves nothing. The formula is Capsize's, as Astro's font API uses.
 */
import { fromBuffer } from '@capsizecss/unpack';

/** The metrics of a font that the override needs (in font units). */
interface FontMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

/** Times New Roman's metrics (Liberation Serif shares them), as Capsize lists them. */
export const TIMES_NEW_ROMAN: FontMetrics = {
  ascent: 1825,
  descent: -443,
  lineGap: 87,
  unitsPerEm: 2048,
  xWidthAvg: 832,
};

/** The full Noto Serif face the subset is cut from. */
export const NOTO_SERIF_FILE = '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf';

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/** The `size-adjust` and `*-override` descriptors that make `fallback` stand in for `font`. */
export function fallbackDescriptors(font: FontMetrics, fallback: FontMetrics): Record<string, string> {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(font.ascent / em),
    'descent-override': percent(Math.abs(font.descent) / em),
    'line-gap-override': percent(font.lineGap / em),
  };
}

/** Reads a font file's metrics. */
export async function fontMetrics(file: Buffer): Promise<FontMetrics> {
  const { ascent, descent, lineGap, unitsPerEm, xWidthAvg } = await fromBuffer(file);
  return { ascent, descent, lineGap, unitsPerEm, xWidthAvg };
}
