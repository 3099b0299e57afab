/**
 * No dead code: every UI string is shown somewhere and every exported name is imported
 * somewhere. A key or an export nothing uses is either a bug (a label never rendered) or
 * weight to carry; both fail here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';

/** Every file under `dir` whose name matches `ext`, as [path, text]. */
function filesUnder(dir: string, ext: RegExp): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f).replaceAll('\\', '/'))
    .map((f) => [f, readFileSync(f, 'utf8')]);
}

const DICTIONARIES = /^src\/i18n\/(kk|ru|en)\.ts$/;
const CLIENT_STRINGS = 'src/components/ClientStrings.astro';

/**
 * The keys no file uses: a key is used where it is quoted (`t('nav.search')`) or where a
 * template builds it from a quoted prefix (`t(\`kind.${g.kind}\`)`). Keys handed to the
 * browser (ClientStrings) count as used only if a client script reads them.
 */
export function unusedKeys(keys: string[], files: [string, string][]): string[] {
  const server = files.filter(([f]) => !DICTIONARIES.test(f) && f !== CLIENT_STRINGS).map(([, t]) => t);
  const client = files.filter(([f]) => f.startsWith('src/scripts/')).map(([, t]) => t);
  const sent = files.find(([f]) => f === CLIENT_STRINGS)?.[1] ?? '';
  const prefixes = server.flatMap((t) => [...t.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!));
  const quoted = (texts: string[], key: string) =>
    texts.some((t) => new RegExp(`['"\`]${key}['"\`]`).test(t));
  return keys.filter((key) =>
    sent.includes(`'${key}'`)
      ? !quoted(client, key)
      : !quoted(server, key) && !prefixes.some((p) => key.startsWith(p)),
  );
}

/** `file: name` for each exported name that no other file imports. */
export function unimportedExports(files: [string, string][]): string[] {
  const imported = new Set<string>();
  for (const [, text] of files) {
    // `import { a, type B as C } from` and the re-export `export { a } from`.
    const lists = /(?:import\s+(?:type\s+)?(?:\w+\s*,\s*)?|export\s+(?:type\s+)?)\{([^}]*)\}\s*from/g;
    for (const m of text.matchAll(lists))
      for (const name of m[1]!.split(','))
        imported.add(
          name
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]!,
        );
  }
  return files
    .filter(([f]) => /^src\/.*\.ts$/.test(f) && !/\.(test|d)\.ts$/.test(f) && !f.startsWith('src/pages/'))
    .filter(([f]) => f !== 'src/content.config.ts') // Astro reads `collections` itself
    .flatMap(([f, text]) =>
      [...text.matchAll(/^export\s+(?:declare\s+)?(?:const|function\*?|class|type|interface|enum)\s+(\w+)/gm)]
        .map((m) => m[1]!)
        .filter((name) => !imported.has(name))
        .map((name) => `${f}: ${name}`),
    );
}

const source: [string, string][] = [
  ...filesUnder('src', /\.(ts|astro|js|mjs)$/),
  ...filesUnder('scripts', /\.ts$/),
  ...filesUnder('tests', /\.ts$/),
  ['astro.config.mjs', readFileSync('astro.config.mjs', 'utf8')],
  ['eslint.config.js', readFileSync('eslint.config.js', 'utf8')],
];

describe('no dead code', () => {
  test('every UI string is used somewhere in src', () => {
    const srcOnly = source.filter(([f]) => f.startsWith('src/'));
    expect(unusedKeys(Object.keys(dictionaries.kk), srcOnly)).toEqual([]);
  });
  test('every exported name of src is imported somewhere', () => {
    expect(unimportedExports(source)).toEqual([]);
  });
  test('the checks find what is unused', () => {
    const files: [string, string][] = [
      ['src/i18n/kk.ts', "const kk = { 'a.used': '', 'a.unused': '', 'kind.x': '', 'sent.only': '' };"],
      ['src/components/X.astro', "t('a.used'); t(`kind.${k}`);"],
      [CLIENT_STRINGS, "const keys = ['sent.only'];"],
      ['src/lib/x.ts', 'export function used() {}\nexport const unused = 1;\nexport type Shape = {};'],
      ['src/lib/y.ts', "import { used, type Shape } from './x';"],
    ];
    expect(unusedKeys(['a.used', 'a.unused', 'kind.x', 'sent.only'], files)).toEqual([
      'a.unused',
      'sent.only',
    ]);
    expect(unimportedExports(files)).toEqual(['src/lib/x.ts: unused']);
  });
});
