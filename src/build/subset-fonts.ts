/**
 * After Astro: cut Noto Serif down to the characters the built site shows. Each full face that
 * the stylesheet names is replaced by a WOFF2 subset named by its content hash, its @font-face
 * gains the exact `unicode-range`, and the stylesheet, changed, gets a new hashed name too, so a
 * reader's cache never pairs an old stylesheet with new fonts. Only linked files change, never an
 * inline script or style, so the pages' CSP hashes stay true.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { siteCharacters, unicodeRange } from './site-text.ts';

/** How much each face weighs before and after, for the build log. */
export interface SubsetReport {
  face: string;
  characters: number;
  fullBytes: number;
  subsetBytes: number;
}

const FACES = [
  { weight: 400, pattern: /NotoSerif_400Regular\.[\w-]+\.ttf/, name: 'noto-serif-400', key: 'regular' },
  { weight: 700, pattern: /NotoSerif_700Bold\.[\w-]+\.ttf/, name: 'noto-serif-700', key: 'bold' },
] as const;

const hash8 = (data: Buffer | string) => createHash('sha256').update(data).digest('base64url').slice(0, 8);

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Rewrites a page: file names, and the stylesheet inlined in it (when Astro inlines it), whose
 * hash in the page's Content-Security-Policy then follows its new text.
 */
function rewritePage(html: string, renames: Map<string, string>, restyle: (css: string) => string): string {
  let next = html;
  for (const [from, to] of renames) next = next.replaceAll(from, to);
  const hashes = new Map<string, string>();
  next = next.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => {
    const changed = restyle(css);
    if (changed !== css) hashes.set(cspHash(css), cspHash(changed));
    return open + changed + close;
  });
  for (const [from, to] of hashes) next = next.replaceAll(from, to);
  return next;
}

/** Subsets the fonts in `outDir` (a built site) in place; throws if a face is not found. */
export async function subsetFonts(outDir: string): Promise<SubsetReport[]> {
  const assets = join(outDir, '_astro');
  const pages = filesIn(outDir, '.html');
  const sheets = filesIn(assets, '.css');
  const html = pages.map((f) => readFileSync(f, 'utf8'));
  const inlineStyles = html.flatMap((page) => [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!));
  const chars = siteCharacters(html, [...sheets.map((f) => readFileSync(f, 'utf8')), ...new Set(inlineStyles)]);
  const renames = new Map<string, string>();
  const reports: SubsetReport[] = [];
  const restyles: ((css: string) => string)[] = [];
  const restyle = (css: string) => restyles.reduce((text, change) => change(text), css);
  for (const face of FACES) {
    const full = readdirSync(assets).find((f) => face.pattern.test(f));
    if (!full) throw new Error(`no ${face.name} face in ${assets}: is src/styles/fonts.css imported?`);
    const source = readFileSync(join(assets, full));
    const text = [...chars[face.key]].join('');
    const subset = await subsetFont(source, text, { targetFormat: 'woff2', noHinting: true });
    const name = `${face.name}.${hash8(subset)}.woff2`;
    writeFileSync(join(assets, name), subset);
    rmSync(join(assets, full));
    reports.push({ face: name, characters: chars[face.key].size, fullBytes: source.length, subsetBytes: subset.length });
    // The face's src in the stylesheet: the subset, as WOFF2, with the range it covers.
    const src = new RegExp(`url\\(([^)]*?)${full.replaceAll('.', '\\.')}\\)\\s*format\\(["']?truetype["']?\\)`, 'g');
    const range = unicodeRange(chars[face.key]);
    restyles.push((css) => css.replace(src, (_, dir: string) => `url(${dir}${name}) format("woff2");unicode-range:${range}`));
    renames.set(`${full}"`, `${name}"`);
  }
  for (const file of sheets) {
    const text = readFileSync(file, 'utf8');
    const changed = restyle(text);
    if (changed === text) continue;
    const renamed = basename(file).replace(/\.[\w-]+\.css$/, `.${hash8(changed)}.css`);
    writeFileSync(file, changed);
    renameSync(file, join(dirname(file), renamed));
    renames.set(`${basename(file)}"`, `${renamed}"`);
  }
  for (const file of pages) writeFileSync(file, rewritePage(readFileSync(file, 'utf8'), renames, restyle));
  return reports;
}
