/**
 * remark-citations: turns each in-text citation marker `[n]` into a link to `ref-n` on the
 * references page, with the id `cite-{n}-{k}` (the k-th place in this language that cites
 * n), and records where and for which sentence each reference is cited. A number with no
 * reference stops the build.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { projectPath } from '../lib/article-file';
import { citationId, referenceId } from '../lib/block-id';
import { ContentError } from '../lib/content-error';
import { absoluteUrl, pagePath } from '../lib/paths';
import { numberedBlocks } from './block-nodes';

export interface CitationOptions {
  /** The reference numbers that exist (content/references.yaml). */
  references: number[];
  /** The site's base path, such as `/` or `/edition/`. */
  base: string;
  /** The site's address: a printed page shows each [n]'s absolute permalink. */
  site?: string | undefined;
}

const MARKER = /\[(\d+)\]/g;

/** The sentence of `text` that holds the k-th (from 0) occurrence of `marker`. */
export function sentenceAround(text: string, marker: string, occurrence = 0): string {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(marker, at + 1);
  if (at < 0) return text;
  const before = text.slice(0, at);
  // A sentence ends at . ! ? followed by a space, before the marker's own sentence.
  const start = Math.max(...['. ', '! ', '? '].map((end) => before.lastIndexOf(end)));
  const from = start < 0 ? 0 : start + 2;
  const after = text.indexOf('. ', at);
  return text.slice(from, after < 0 ? text.length : after + 1).trim();
}

/** The unified plugin. */
export default function remarkCitations(options: CitationOptions) {
  const known = new Set(options.references);
  return (tree: Root, file: VFile) => {
    const edition = file.data.edition;
    if (!edition) return;
    const counts = new Map<number, number>();
    for (const { id: block, node } of numberedBlocks(tree)) {
      const blockText = toString(node);
      const seenInBlock = new Map<number, number>();
      visit(node, 'text', (text: Text, index, parent) => {
        if (!parent || index === undefined || parent.type === 'link') return;
        const parts: PhrasingContent[] = [];
        let last = 0;
        for (const match of text.value.matchAll(MARKER)) {
          const n = Number(match[1]);
          if (!known.has(n)) {
            throw new ContentError(
              projectPath(file.path),
              text.position?.start.line,
              `the citation [${n}] has no reference`,
              `add an entry "- n: ${n}" to content/references.yaml, or correct the number`,
            );
          }
          const k = (counts.get(n) ?? 0) + 1;
          counts.set(n, k);
          const inBlock = seenInBlock.get(n) ?? 0;
          seenInBlock.set(n, inBlock + 1);
          const id = citationId(n, k);
          edition.citations.push({ n, k, id, block, sentence: sentenceAround(blockText, match[0], inBlock) });
          if (match.index > last) parts.push({ type: 'text', value: text.value.slice(last, match.index) });
          const url = pagePath(options.base, edition.lang, 'references', referenceId(n));
          const permalink = options.site ? { 'data-permalink': absoluteUrl(options.site, url) } : {};
          const link: Link = {
            type: 'link',
            url,
            children: [{ type: 'text', value: match[0] }],
            data: { hProperties: { id, className: ['cite'], 'data-ref': String(n), ...permalink } },
          };
          parts.push(link);
          last = match.index + match[0].length;
        }
        if (parts.length === 0) return;
        if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
        parent.children.splice(index, 1, ...parts);
        return [SKIP, index + parts.length];
      });
    }
  };
}
