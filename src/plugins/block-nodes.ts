/** Walking the blocks of an article tree that remark-block-ids has numbered. */
import type { Root, RootContent } from 'mdast';
import { htmlId } from './remark-block-ids';

/** Each numbered block node (headings, paragraphs, list items, the table) with its id. */
export function* numberedBlocks(tree: Root): Generator<{ id: string; node: RootContent }> {
  for (const node of tree.children) {
    const nodes = node.type === 'list' ? (node.children as RootContent[]) : [node];
    for (const n of nodes) {
      const id = htmlId(n);
      if (id) yield { id, node: n };
    }
  }
}
