/**
 * The outline of an article file outside Astro: its frontmatter and its numbered blocks,
 * citations and organisation mentions, found by running the same remark plugins the site
 * renders with. The validation and the tests read articles through this.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { EditionData } from '../lib/article-file';
import { ContentError } from '../lib/content-error';
import { remarkPlugins, type PluginOptions } from '../plugins';

/** The frontmatter text of an MDX source and the body with the frontmatter's lines blanked. */
export function splitFrontmatter(source: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
  if (!match) return { yaml: '', body: source };
  const blank = '\n'.repeat(match[0].split('\n').length - 1);
  return { yaml: match[1], body: blank + source.slice(match[0].length) };
}

/**
 * The numbered blocks, citations and mentions of one article file.
 * @param path the file's path, which decides its language (`content/article/ru.mdx`)
 */
export function outlineArticle(path: string, source: string, options: PluginOptions): EditionData {
  const file = new VFile({ path, value: splitFrontmatter(source).body });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins(options));
  let tree;
  try {
    tree = processor.parse(file);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    throw new ContentError(
      path,
      e.line,
      `the MDX does not parse (${e.reason ?? e.message})`,
      'escape "{", "}", "<" and ">" in text as \\{ \\} &lt; &gt;, and close every tag',
    );
  }
  processor.runSync(tree, file);
  if (!file.data.edition) throw new Error(`${path} is not an article file (content/article/{lang}.mdx)`);
  return file.data.edition;
}
