/**
 * The notices old links land on: each retired id of the ledger becomes an anchor, at the start
 * of the block its links now lead to, saying what became of the passage. Built once as hast:
 * the rehype-ledger-notices plugin puts them into the article, the parallel view renders the
 * same nodes before its rows.
 */
import type { Element, ElementContent } from 'hast';
import { useTranslations } from '../i18n';
import type { Lang } from '../i18n/locales';
import type { Ledger } from '../schemas';
import { pagePath } from './paths';
import { el, txt } from './permalink';

function retiredNotice(
  id: string,
  retired: Ledger['retired'][string],
  lang: Lang,
  base: string,
  tagName: string,
) {
  const t = useTranslations(lang);
  const say = t(`ids.${retired.why}`).replace('{old}', id).replace('{v}', retired.version);
  const children: ElementContent[] = [txt(`${say} `)];
  if (retired.note) children.push(txt(`${retired.note[lang]} `));
  children.push(el('a', { href: pagePath(base, lang, 'about', 'changes') }, [txt(t('ids.seeChanges'))]));
  return el(tagName, { id, className: ['id-notice'], role: 'note' }, children);
}

/** The notices of every retired id whose links now lead to the block `to`, in `lang`. */
export function noticesLeadingTo(
  ledger: Ledger | undefined,
  to: string,
  lang: Lang,
  base: string,
  tagName = 'span',
): Element[] {
  return Object.entries(ledger?.retired ?? {})
    .filter(([, r]) => r.to === to)
    .map(([old, r]) => retiredNotice(old, r, lang, base, tagName));
}
