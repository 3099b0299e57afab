/**
 * rehype-block-tools: gives each numbered block of an article its reader's tools: a
 * permalink anchor on every heading, paragraph and list item; on paragraphs and items, links
 * to the same passage in the other two languages (the original's marked as such) and to the
 * parallel view at that passage, and before each paragraph the number its id carries. They are
 * plain links, so they work without JavaScript; the page's script adds a copy button and makes
 * the tools one Tab stop (a toolbar).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n';
import { langs, locales, originalLang, type Lang } from '../i18n/locales';
import { HOW_TO_CITE_ID, parseBlockId } from '../lib/block-id';
import { parallelPartner } from '../lib/parallel';
import { pagePath } from '../lib/paths';
import { blockTools, el, permalinkLink, txt } from '../lib/permalink';

interface BlockToolsOptions {
  base: string;
}

/** Links to one passage in the other languages and beside its partner language. */
function acrossLinks(lang: Lang, id: string, base: string): ElementContent[] {
  const t = useTranslations(lang);
  const others = langs.filter((l) => l !== lang);
  return [
    ...others.map((to) =>
      el(
        'a',
        {
          className: [to === originalLang ? 'to-original' : 'to-lang'],
          href: pagePath(base, to, '', id),
          hrefLang: to,
          ariaLabel: `${locales[to].label}: ${to === originalLang ? t('translation.toOriginal') : t('block.thisPassage')}`,
          title: to === originalLang ? t('translation.toOriginal') : undefined,
        },
        [el('span', { lang: to }, [txt(locales[to].short)])],
      ),
    ),
    el(
      'a',
      {
        className: ['to-parallel'],
        href: pagePath(base, lang, `parallel/${parallelPartner(lang)}`, id),
        ariaLabel: t('block.parallel'),
        title: t('block.parallel'),
      },
      // Its icon, two columns side by side, is drawn by article.css: no text font is sure to
      // have a fitting glyph, and an inline SVG in every paragraph costs each page 0.1 KB gzip.
      [],
    ),
  ];
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
      if (kind !== 'heading') tools.push(...acrossLinks(edition.lang, id, options.base));
      // Without JavaScript "cite" leads to the How-to-cite section; with it, to the cite dialog.
      tools.push(
        el('a', { className: ['cite-link'], href: `#${HOW_TO_CITE_ID}`, dataCite: id }, [
          txt(t('cite.title')),
        ]),
      );
      node.properties.dataBlock = kind;
      // The number the id carries, so "para. 12" can be found on the screen and on paper.
      const { n } = parseBlockId(id);
      if (kind !== 'heading' && n !== undefined) {
        node.children.unshift(
          el('span', { className: ['block-number'], ariaHidden: 'true' }, [txt(String(n))]),
          txt(' '),
        );
      }
      const spaced = tools.flatMap((tool, i) => (i === 0 ? [tool] : [txt(' '), tool]));
      node.children.push(txt(' '), blockTools(spaced));
    });
  };
}
