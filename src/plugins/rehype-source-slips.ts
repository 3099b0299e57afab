/**
 * rehype-source-slips: marks the source's own slips (content/slips.yaml) where they stand.
 * After the slip's words it sets a small "[sic]", and at the end of the paragraph the
 * editor's note that explains it, so a reader does not blame the translation. The words
 * themselves are left exactly as written. Both marks carry `data-editorial`: they are the
 * edition's, not the authors' text, and the fidelity check skips them. Runs after the block
 * tools, so they stay inline after the text (a small target alone on its line fails WCAG
 * 2.5.8), and before the capture, so the parallel view's copy carries the note too.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n';
import type { Lang } from '../i18n/locales';
import type { Slip } from '../schemas';

export interface SourceSlipsOptions {
  slips: Slip[];
}

const editorial = { dataEditorial: '' };

/** `[sic]`, with the Latin word marked as Latin. */
const sicMark = (): ElementContent[] => [
  { type: 'text', value: '[' },
  { type: 'element', tagName: 'i', properties: { lang: 'la' }, children: [{ type: 'text', value: 'sic' }] },
  { type: 'text', value: ']' },
];

/** The words as the note quotes them: without the quotation marks the text put round them. */
export function bareWords(words: string): string {
  return words.replace(/^[«“"]+|[»”"]+$/g, '');
}

const isTools = (node: Element) =>
  Array.isArray(node.properties.className) && node.properties.className.includes('block-tools');

/** Splits the first text node under `block` that holds `words`, and sets the mark after them. */
function markAfter(block: Element, words: string): boolean {
  let done = false;
  visit(block, (node, index, parent) => {
    if (done) return SKIP;
    if (node.type === 'element' && isTools(node)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const at = node.value.indexOf(words);
    if (at < 0) return;
    const end = at + words.length;
    const mark: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sic'], ...editorial },
      children: sicMark(),
    };
    parent.children.splice(index, 1, { type: 'text', value: node.value.slice(0, end) }, mark, {
      type: 'text',
      value: node.value.slice(end),
    });
    done = true;
    return SKIP;
  });
  return done;
}

function note(lang: Lang, slip: Slip): Element {
  const label = useTranslations(lang)('sic.note').replace('{q}', bareWords(slip.words[lang]));
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['editorial-note'], role: 'note', ...editorial },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['editorial-note-label'] },
        children: [...sicMark(), { type: 'text', value: ` ${label}:` }],
      },
      { type: 'text', value: ` ${slip.note[lang]}` },
    ],
  };
}

/** The unified plugin. */
export default function rehypeSourceSlips(options: SourceSlipsOptions) {
  return (tree: Root, file: VFile) => {
    const lang = file.data.edition?.lang;
    if (!lang) return;
    const blocks = new Map<string, Element>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') blocks.set(node.properties.id, node);
    });
    for (const slip of options.slips) {
      const block = blocks.get(slip.block);
      if (!block || !markAfter(block, slip.words[lang])) {
        // validate-edition reports this with its line before any page is built.
        throw new Error(
          `content/slips.yaml: "${slip.words[lang]}" is not in ${lang} paragraph ${slip.block}`,
        );
      }
      block.children.push({ type: 'text', value: ' ' }, note(lang, slip));
    }
  };
}
