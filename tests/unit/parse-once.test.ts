/**
 * A build parses each article once: the MDX compile, made as @astrojs/mdx makes it, takes the
 * tree the validation parsed from the same file and text, and compiles it to the same code as
 * a fresh parse; an edited text is parsed afresh.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, test } from 'vitest';
// What @astrojs/mdx's Vite plugin does to each .mdx file before compiling it (not exported).
import { safeParseFrontmatter } from '../../node_modules/@astrojs/mdx/dist/utils.js';
import { langs } from '../../src/i18n/locales';
import { validateEdition } from '../../src/integrations/validate-edition';
import { pluginOptions, siteProcessor } from '../../src/plugins';
import { SITE } from '../support/citation-fixture';

let parses = 0;
/** Put before the plugin list, it counts the parses remark-parse itself makes. */
const countParses: RemarkPlugin = function () {
  const parse = this.parser!;
  this.parser = (text, file) => {
    parses++;
    return parse(text, file);
  };
};

/** The text @astrojs/mdx hands the compiler for an article, and its frontmatter. */
function mdxInput(lang: string) {
  const path = resolve(`content/article/${lang}.mdx`);
  return { path, ...safeParseFrontmatter(readFileSync(path, 'utf8'), path) };
}

let compiler: Awaited<ReturnType<typeof compilerFor>>;
/** The site's MDX compiler, as astro.config.mjs and @astrojs/mdx build it. */
function compilerFor(data: ReturnType<typeof validateEdition>['data']) {
  const processor = siteProcessor(pluginOptions(data, '/', SITE), [countParses]);
  return processor.createMdxRenderer!(
    { syntaxHighlight: false, gfm: true, smartypants: false },
    { optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
  );
}

beforeAll(async () => {
  compiler = await compilerFor(validateEdition(process.cwd()).data);
});

describe('the validation parses, the compile reuses', () => {
  test.each(langs)('%s: the kept tree, taken once, compiles as a fresh parse does', async (lang) => {
    validateEdition(process.cwd());
    const { path, content, frontmatter } = mdxInput(lang);
    parses = 0;
    const reused = await compiler.process(content, path, frontmatter);
    expect(parses).toBe(0);
    const fresh = await compiler.process(content, path, frontmatter);
    expect(parses).toBe(1);
    expect(reused.code).toBe(fresh.code);
  });

  test('an edited text is parsed afresh', async () => {
    validateEdition(process.cwd());
    const { path, content, frontmatter } = mdxInput('en');
    parses = 0;
    await compiler.process(`${content}\n`, path, frontmatter);
    expect(parses).toBe(1);
  });
});
