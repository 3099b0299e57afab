/**
 * The permalink markup, built once as hast: the block-tools plugin puts it into the article,
 * and the Permalink component renders the same nodes on the glossary, references, Table 1
 * and "How to cite", so every ¶ looks and reads alike.
 */
import type { Element, ElementContent } from 'hast';
import { useTranslations } from '../i18n';
import type { Lang } from '../i18n/locales';

/** A hast element. */
export function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** A hast text node. */
export function txt(value: string): ElementContent {
  return { type: 'text', value };
}

/**
 * The permalink to `id`: `¶` for a passage, `#` for a heading, labelled with the id. Given the
 * page's path, the link is the clean permalink (no search or version parameters survive it).
 */
export function permalinkLink(lang: Lang, id: string, sign: '¶' | '#' = '¶', path = ''): Element {
  const label = `${useTranslations(lang)('permalink.label')}: ${id}`;
  return el('a', { className: ['permalink'], href: `${path}#${id}`, ariaLabel: label }, [txt(sign)]);
}

/** The tools beside a block (the permalink first), kept out of the search index. */
export function blockTools(tools: ElementContent[]): Element {
  return el('span', { className: ['block-tools'] }, tools);
}
