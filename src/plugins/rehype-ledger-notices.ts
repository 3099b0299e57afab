/**
 * rehype-ledger-notices: keeps old links landing. Each retired id of the ledger becomes an
 * anchor at the start of the block its links now lead to, with a notice that says what
 * became of the passage; the stylesheet shows it only when it is the link's target, so it
 * works without JavaScript. Each paragraph whose text changed after it was first published
 * carries the version of that change (`data-changed-in`), for links that name a version.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n';
import type { Lang } from '../i18n/locales';
import { pagePath } from '../lib/paths';
import type { Ledger } from '../schemas';

interface LedgerNoticeOptions {
  ledger?: Ledger | undefined;
  base: string;
}

/** The notice an old link lands on, in the page's language (the parallel view uses it too). */
export function retiredNotice(
  id: string,
  retired: Ledger['retired'][string],
  lang: Lang,
  base: string,
  tagName = 'span',
): Element {
  const t = useTranslations(lang);
  const say = t(`ids.${retired.why}`).replace('{old}', id).replace('{v}', retired.version);
  const children: ElementContent[] = [{ type: 'text', value: `${say} ` }];
  if (retired.note) children.push({ type: 'text', value: `${retired.note[lang]} ` });
  children.push({
    type: 'element',
    tagName: 'a',
    properties: { href: pagePath(base, lang, 'about', 'changes') },
    children: [{ type: 'text', value: t('ids.seeChanges') }],
  });
  return {
    type: 'element',
    tagName,
    properties: { id, className: ['id-notice'], role: 'note' },
    children,
  };
}

/** The unified plugin. */
export default function rehypeLedgerNotices(options: LedgerNoticeOptions) {
  return (tree: Root, file: VFile) => {
    const edition = file.data.edition;
    const ledger = options.ledger;
    if (!edition || !ledger) return;
    const blockIds = new Set(edition.blocks.map((b) => b.id));
    const retiredTo = Object.entries(ledger.retired);
    visit(tree, 'element', (node: Element) => {
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (!id || !blockIds.has(id)) return;
      const record = ledger.ids[id];
      const changed = record?.[edition.lang].v;
      if (record && changed !== record.since) node.properties.dataChangedIn = changed;
      const notices = retiredTo
        .filter(([, r]) => r.to === id)
        .map(([old, r]) => retiredNotice(old, r, edition.lang, options.base));
      node.children.unshift(...notices);
    });
  };
}
