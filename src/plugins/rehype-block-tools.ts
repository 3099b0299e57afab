/**
 * rehype-block-tools: gives each numbered block of an article its reader's tools: a
 * permalink anchor on every heading, paragraph and list item, and on translations a link
 * to the same paragraph of the Kazakh original, and before each paragraph the number its id
 * carries. They are plain links, so they work without
 * JavaScript; the page's script adds copy and cite buttons beside them.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n';
import { originalLang } from '../i18n/locales';
import { HOW_TO_CITE_ID, parseBlockId } from '../lib/block-id';
import { pagePath } from '../lib/paths';
import { blockTools, el, permalinkLink, txt } from '../lib/permalink';

interface BlockToolsOptions {
  base: string;
}

/** The unified plugin. */
export default function rehypeBlockTools(options: BlockToolsOptions) {
  return (tree: Root, file: VFile) => {
    const edition = file.data.edition;
    if (!edition) return;
    const t = useTranslations(edition.lang);
    const kinds = new Map(edition.blocks.map((b) => [b.id, b.kind]));
    visit(tree, 'element', (node: Element) => {
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      const kind = id ? kinds.get(id) : undefined;
      if (!id || !kind || kind === 'table') return;
      const tools: ElementContent[] = [
        permalinkLink(edition.lang, id, kind === 'heading' ? '#' : '¶', pagePath(options.base, edition.lang)),
      ];
      if (edition.lang !== originalLang && kind !== 'heading') {
        tools.push(
          txt(' '),
          el(
            'a',
            {
              className: ['to-original'],
              href: pagePath(options.base, originalLang, '', id),
              hrefLang: originalLang,
              title: t('translation.toOriginal'),
            },
            [txt(t('article.original'))],
          ),
        );
      }
      // Without JavaScript "cite" leads to the How-to-cite section; with it, to the cite dialog.
      tools.push(
        txt(' '),
        el('a', { className: ['cite-link'], href: `#${HOW_TO_CITE_ID}`, dataCite: id }, [
          txt(t('cite.title')),
        ]),
      );
      node.properties.dataBlock = kind;
      // The number the id carries, so "para. 12" can be found on the screen and on paper.
      const { n } = parseBlockId(id);
      if (kind !== 'heading' && n !== undefined) {
        node.children.unshift(
          el('span', { className: ['block-number'], ariaHidden: 'true', dataPagefindIgnore: '' }, [
            txt(String(n)),
          ]),
          txt(' '),
        );
      }
      node.children.push(txt(' '), blockTools(tools));
    });
  };
}
