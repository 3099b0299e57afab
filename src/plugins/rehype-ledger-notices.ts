/**
 * rehype-ledger-notices: keeps old links landing. Each retired id of the ledger becomes an
 * anchor at the start of the block its links now lead to, with a notice that says what
 * became of the passage; the stylesheet shows it only when it is the link's target, so it
 * works without JavaScript. Each paragraph whose text changed after it was first published
 * carries the version of that change (`data-changed-in`), for links that name a version.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { noticesLeadingTo } from '../lib/ledger-notices';
import type { Ledger } from '../schemas';

interface LedgerNoticeOptions {
  ledger?: Ledger | undefined;
  base: string;
}

/** The unified plugin. */
export default function rehypeLedgerNotices(options: LedgerNoticeOptions) {
  return (tree: Root, file: VFile) => {
    const edition = file.data.edition;
    const ledger = options.ledger;
    if (!edition || !ledger) return;
    const blockIds = new Set(edition.blocks.map((b) => b.id));
    visit(tree, 'element', (node: Element) => {
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (!id || !blockIds.has(id)) return;
      const record = ledger.ids[id];
      const changed = record?.[edition.lang].v;
      if (record && changed !== record.since) node.properties.dataChangedIn = changed;
      node.children.unshift(...noticesLeadingTo(ledger, id, edition.lang, options.base));
    });
  };
}
