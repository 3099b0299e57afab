/**
 * The outline of an article file outside Astro: its frontmatter and its numbered blocks,
 * citations and organisation mentions, found by running the same remark plugins the site
 * renders with. The validation and the tests read articles through this.
 */
import { resolve } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { EditionData } from '../lib/article-file';
import { ContentError } from '../lib/content-error';
import { remarkPlugins, type PluginOptions } from '../plugins';
import { keepParse } from '../plugins/remark-reuse-parse';

/**
 * The frontmatter of an MDX source and its body, each on the lines of the file. The body is
 * the text @astrojs/mdx compiles (Astro's own rule: the frontmatter blanked to spaces), so the
 * validation parses what the site parses.
 */
export function splitFrontmatter(source: string): { yaml: string; body: string } {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return { yaml: '', body: source };
  const linesBefore = source.slice(0, source.indexOf(raw)).split('\n').length - 1;
  return { yaml: '\n'.repeat(linesBefore) + raw, body: mdxBody(source, raw) };
}

/**
 * The source as @astrojs/mdx hands it to the compiler, with the frontmatter `raw` blanked. It is
 * blanked first, which gives Astro's text unchanged and lets YAML that does not parse through
 * (the validation reports that, with its line).
 */
function mdxBody(source: string, raw: string): string {
  const blanked = source.replace(raw, raw.replace(/[^\r\n]/g, ' '));
  return parseFrontmatter(blanked, { frontmatter: 'empty-with-spaces' }).content;
}

/**
 * The numbered blocks, citations and mentions of one article file. Its syntax tree is kept
 * for the site's compile of the same text (remark-reuse-parse), which then need not parse it.
 * @param rel the file's path in `root`, which decides its language (`content/article/ru.mdx`)
 */
export function outlineArticle(
  root: string,
  rel: string,
  source: string,
  options: PluginOptions,
): EditionData {
  const text = splitFrontmatter(source).body;
  const file = new VFile({ path: resolve(root, rel), value: text });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins(options));
  let tree;
  try {
    tree = processor.parse(file);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    throw new ContentError(
      rel,
      e.line,
      `the MDX does not parse (${e.reason ?? e.message})`,
      'escape "{", "}", "<" and ">" in text as \\{ \\} &lt; &gt;, and close every tag',
    );
  }
  keepParse(file.path, text, tree);
  // The plugins change the tree they run on: the validation's run gets a copy.
  processor.runSync(structuredClone(tree), file);
  if (!file.data.edition) throw new Error(`${rel} is not an article file (content/article/{lang}.mdx)`);
  return file.data.edition;
}
