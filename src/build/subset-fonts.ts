/**
 * After Astro: cut Noto Serif down to the characters the built site shows. The full face the
 * stylesheet names is replaced by a WOFF2 subset named by its content hash (unhinted: a third
 * smaller, and hints change little on today's dense screens), its @font-face gains the exact `unicode-range`, a stylesheet file
 * that changes gets a new hashed name, and a stylesheet inlined in a page gets its new hash in
 * the page's Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { cspHash } from './csp.ts';
import { siteCharacters, unicodeRange } from './site-text.ts';

/** How much the face weighs before and after, for the build log. */
interface SubsetReport {
  face: string;
  characters: number;
  fullBytes: number;
  subsetBytes: number;
}

/** The full face as Vite emits it from src/styles/fonts.css. */
const FULL_FACE = /^NotoSerif_400Regular\.[\w-]+\.ttf$/;

const hash8 = (data: Buffer | string) => createHash('sha256').update(data).digest('base64url').slice(0, 8);

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

/**
 * Rewrites a page: file names, and the stylesheet inlined in it (when Astro inlines it), whose
 * hash in the page's Content-Security-Policy then follows its new text.
 */
function rewritePage(html: string, renames: Map<string, string>, restyle: (css: string) => string): string {
  let next = html;
  for (const [from, to] of renames) next = next.replaceAll(from, to);
  const hashes = new Map<string, string>();
  next = next.replace(
    /(<style[^>]*>)([\s\S]*?)(<\/style>)/g,
    (_, open: string, css: string, close: string) => {
      const changed = restyle(css);
      if (changed !== css) hashes.set(`'${cspHash(css)}'`, `'${cspHash(changed)}'`);
      return open + changed + close;
    },
  );
  for (const [from, to] of hashes) next = next.replaceAll(from, to);
  return next;
}

/**
 * The OpenType features the pages use: the running-text defaults that Noto Serif's Latin and
 * Cyrillic have, and tabular figures (the tables' numbers). The face's other features (small capitals,
 * old-style figures, alternates) bring their own glyphs, a third of the file, that no page shows;
 * without them the face fits the first round trip of a new connection (about 14 KB).
 */
const LAYOUT_FEATURES = [
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'rlig',
  'calt',
  'clig',
  'liga',
  'kern',
  'rvrn',
  'tnum',
];

/** Subsets the font of `outDir` (a built site) in place; throws if the face is not found. */
export async function subsetFonts(outDir: string): Promise<SubsetReport> {
  const assets = join(outDir, '_astro');
  const pages = filesIn(outDir, '.html');
  const sheets = filesIn(assets, '.css');
  const html = pages.map((f) => readFileSync(f, 'utf8'));
  const inlineStyles = html.flatMap((page) =>
    [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
  );
  const chars = siteCharacters(html, [
    ...sheets.map((f) => readFileSync(f, 'utf8')),
    ...new Set(inlineStyles),
  ]);

  const full = readdirSync(assets).find((f) => FULL_FACE.test(f));
  if (!full) throw new Error(`no Noto Serif face in ${assets}: is src/styles/fonts.css imported?`);
  const source = readFileSync(join(assets, full));
  const subset = await subsetFont(source, [...chars].join(''), {
    targetFormat: 'woff2',
    noHinting: true,
    keepFeatures: LAYOUT_FEATURES,
  });
  const name = `noto-serif-400.${hash8(subset)}.woff2`;
  writeFileSync(join(assets, name), subset);
  rmSync(join(assets, full));

  // The face's src in the stylesheet: the subset, as WOFF2, with the range it covers.
  const src = new RegExp(
    `url\\(([^)]*?)${full.replaceAll('.', '\\.')}\\)\\s*format\\(["']?truetype["']?\\)`,
    'g',
  );
  const range = unicodeRange(chars);
  const restyle = (css: string) =>
    css.replace(src, (_, dir: string) => `url(${dir}${name}) format("woff2");unicode-range:${range}`);
  const renames = new Map([[`${full}"`, `${name}"`]]);
  for (const file of sheets) {
    const text = readFileSync(file, 'utf8');
    const changed = restyle(text);
    if (changed === text) continue;
    const renamed = basename(file).replace(/\.[\w-]+\.css$/, `.${hash8(changed)}.css`);
    writeFileSync(file, changed);
    renameSync(file, join(dirname(file), renamed));
    renames.set(`${basename(file)}"`, `${renamed}"`);
  }
  for (const [i, file] of pages.entries()) writeFileSync(file, rewritePage(html[i]!, renames, restyle));
  return { face: name, characters: chars.size, fullBytes: source.length, subsetBytes: subset.length };
}
