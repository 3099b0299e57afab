/**
 * rehype-block-capture: keeps each numbered block's HTML, without its tools and without
 * inner ids, on the page data (`remarkPluginFrontmatter.blocks`), so the parallel view can
 * set two languages side by side, block by block, without duplicate ids.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { CapturedBlock } from '../lib/article-file';

/** MDX's JSX node for a plain HTML tag, such as `<span lang="kk">` in a translation. */
interface JsxHtmlNode {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Element['children'];
}

/** Turns JSX nodes for plain HTML tags into ordinary elements that hast-util-to-html prints. */
function plainHtml(tree: Element): void {
  visit(tree, (node) => {
    const jsx = node as unknown as JsxHtmlNode;
    if (
      (jsx.type !== 'mdxJsxTextElement' && jsx.type !== 'mdxJsxFlowElement') ||
      !/^[a-z]/.test(jsx.name ?? '')
    )
      return;
    const properties = Object.fromEntries(
      jsx.attributes
        .filter((a) => a.type === 'mdxJsxAttribute' && a.name)
        .map((a) => [a.name!, String(a.value ?? '')]),
    );
    Object.assign(node, { type: 'element', tagName: jsx.name, properties, children: jsx.children });
  });
}

/** What only the article page shows: a block's tools, its number, the notices of retired ids. */
const PAGE_ONLY = new Set(['block-tools', 'block-number', 'id-notice']);

function withoutToolsAndIds(node: Element): Element {
  const copy = structuredClone(node);
  plainHtml(copy);
  visit(copy, 'element', (child: Element, index, parent) => {
    const classes = child.properties.className;
    if (
      parent &&
      index !== undefined &&
      Array.isArray(classes) &&
      classes.some((c) => PAGE_ONLY.has(String(c)))
    ) {
      parent.children.splice(index, 1);
      return index;
    }
    if (child !== copy) delete child.properties.id;
  });
  return copy;
}

/** The unified plugin. */
export default function rehypeBlockCapture() {
  return (tree: Root, file: VFile) => {
    const edition = file.data.edition;
    const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (!edition || !astro?.frontmatter) return;
    const byId = new Map(edition.blocks.map((b) => [b.id, b]));
    const blocks: CapturedBlock[] = [];
    visit(tree, (node) => {
      const props = (node as Element).properties as Record<string, unknown> | undefined;
      const attrs = (node as { attributes?: { name: string; value: unknown }[] }).attributes;
      const id = typeof props?.id === 'string' ? props.id : undefined;
      const block = id ? byId.get(id) : undefined;
      if (id && block && node.type === 'element') {
        blocks.push({
          id,
          kind: block.kind,
          text: block.text,
          html: toHtml(withoutToolsAndIds(node).children).trim(),
        });
      } else if (node.type === 'mdxJsxFlowElement' && attrs?.some((a) => a.name === 'id')) {
        const tableId = String(attrs.find((a) => a.name === 'id')!.value);
        const children = (node as unknown as Element).children;
        blocks.push({
          id: tableId,
          kind: 'table',
          text: byId.get(tableId)?.text ?? '',
          html: toHtml(children).trim(),
        });
      }
    });
    astro.frontmatter.blocks = blocks;
    astro.frontmatter.citations = edition.citations;
    astro.frontmatter.mentions = edition.mentions;
  };
}
