/**
 * remark-block-ids: gives every block of an article its stable id, the same in every
 * language. `## Кіріспе \{#introduction}` names a section (the suffix is removed from the
 * heading); paragraphs and list items are `{section}-{n}`, counted from 1 in the section;
 * `<IncidentTable>` is `table-1`. Anything else at the top level stops the build, because
 * it would break the alignment of the three languages. Given the id ledger, a paragraph takes
 * the id the ledger records for its words instead of its position (`{section}-{n}` still,
 * but kept through insertions and deletions before it).
 */
import type { Heading, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { articleLang, projectPath, type Block, type EditionData } from '../lib/article-file';
import { blockId, TABLE_ID } from '../lib/block-id';
import { ContentError } from '../lib/content-error';
import { ledgerLookup } from '../lib/ledger';
import type { Ledger } from '../schemas';

export interface BlockIdOptions {
  /** content/ids.yaml; without it paragraphs are numbered by position (the validation's view). */
  ledger?: Ledger | undefined;
}

const HEADING_ID = /\s*\{#([a-z0-9-]+)\}\s*$/;

/** Sets the HTML id of an mdast node (for a JSX element, its `id` prop). */
function setHtmlId(node: RootContent, id: string): void {
  if (node.type === 'mdxJsxFlowElement') {
    node.attributes = node.attributes.filter((a) => !('name' in a) || a.name !== 'id');
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
    return;
  }
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { ...data.hProperties, id };
}

/** The HTML id remark-block-ids gave a node, if any. */
export function htmlId(node: RootContent): string | undefined {
  if (node.type === 'mdxJsxFlowElement') {
    const attr = node.attributes.find((a) => 'name' in a && a.name === 'id');
    return typeof attr?.value === 'string' ? attr.value : undefined;
  }
  const props = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties;
  return typeof props?.id === 'string' ? props.id : undefined;
}

function takeHeadingId(heading: Heading, file: VFile): string {
  const last = heading.children.at(-1);
  const match = last?.type === 'text' ? HEADING_ID.exec(last.value) : null;
  if (!match || last?.type !== 'text') {
    throw new ContentError(
      projectPath(file.path),
      heading.position?.start.line,
      `the section heading "${toString(heading)}" has no id`,
      'end the heading with its section id, e.g. "## Кіріспе \\{#introduction}" (the backslash is needed in MDX)',
    );
  }
  (last as Text).value = last.value.slice(0, match.index);
  return match[1];
}

/**
 * A paragraph that holds only a JSX element (`<IncidentTable>…</IncidentTable>` on one line)
 * is that element, as the MDX compiler itself treats it; unravel it here too, so the
 * numbering is the same whether or not the compiler has already done so.
 */
function unravelJsxParagraphs(tree: Root): void {
  tree.children = tree.children.map((node) => {
    if (node.type !== 'paragraph') return node;
    const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = parts.length === 1 ? parts[0] : undefined;
    return only?.type === 'mdxJsxTextElement'
      ? ({ ...only, type: 'mdxJsxFlowElement', position: node.position } as unknown as RootContent)
      : node;
  });
}

/** The unified plugin. */
export default function remarkBlockIds(options: BlockIdOptions = {}) {
  return (tree: Root, file: VFile) => {
    const lang = articleLang(file.path);
    if (!lang) return;
    unravelJsxParagraphs(tree);
    const where = projectPath(file.path);
    const blocks: Block[] = [];
    const nodes: RootContent[] = [];
    const seen = new Set<string>();
    let section: string | undefined;
    let n = 0;
    const add = (node: RootContent, kind: Block['kind'], id: string) => {
      const line = node.position?.start.line;
      if (seen.has(id)) {
        throw new ContentError(
          where,
          line,
          `the id "${id}" is used twice`,
          'give each section heading a different id',
        );
      }
      seen.add(id);
      setHtmlId(node, id);
      nodes.push(node);
      blocks.push({
        id,
        section: section ?? id,
        kind,
        line,
        text: toString(node).replace(/\s+/g, ' ').trim(),
      });
    };
    for (const node of tree.children) {
      if (node.type === 'yaml' || node.type === 'mdxjsEsm') continue;
      if (node.type === 'heading' && node.depth === 2) {
        section = takeHeadingId(node, file);
        n = 0;
        add(node, 'heading', section);
        continue;
      }
      if (section === undefined) {
        throw new ContentError(
          where,
          node.position?.start.line,
          'text stands before the first section heading',
          'start the body with a "## Title \\{#introduction}" heading',
        );
      }
      if (node.type === 'paragraph') add(node, 'paragraph', blockId(section, ++n));
      else if (node.type === 'list')
        for (const item of node.children) add(item as unknown as RootContent, 'item', blockId(section, ++n));
      else if (node.type === 'mdxJsxFlowElement' && node.name === 'IncidentTable')
        add(node, 'table', TABLE_ID);
      else {
        throw new ContentError(
          where,
          node.position?.start.line,
          `a ${node.type === 'heading' ? `level-${node.depth} heading` : node.type} cannot stand in the article body`,
          'use "##" section headings, paragraphs, one ordered list and <IncidentTable>; other blocks would not line up across languages',
        );
      }
    }
    if (options.ledger) {
      const idOf = ledgerLookup(options.ledger, lang);
      blocks.forEach((block, i) => {
        if (block.kind !== 'paragraph' && block.kind !== 'item') return;
        const id = idOf(block.section, block.text);
        if (!id) {
          throw new ContentError(
            where,
            block.line,
            'this paragraph is not in the id ledger (content/ids.yaml)',
            'run "npm run validate" to see what changed, then record it with "npm run ids"',
          );
        }
        block.id = id;
        setHtmlId(nodes[i]!, id);
      });
    }
    const data: EditionData = { lang, blocks, citations: [], mentions: {} };
    file.data.edition = data;
  };
}

declare module 'vfile' {
  interface DataMap {
    edition: EditionData;
  }
}
