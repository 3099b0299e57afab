/**
 * A reference in GOST R 7.0.100-2018, the standard of Kazakhstan's and Russia's theses, for an
 * electronic resource with remote access. Written by hand because no CSL style that
 * citation-js can load does this standard (the CSL repository's Russian styles follow GOST R
 * 7.0.5-2008), and the edition's readers are asked for it.
 *
 * Shape: Authors. Title [Electronic resource] = Kazakh title / translated from Kazakh //
 * Journal. – Year. – Vol., No. – P. – Part. – DOI. – URL: … (accessed: dd.mm.yyyy).
 */
import { useTranslations } from '../../i18n';
import { localeRules } from '../../i18n/locales';
import { citationNames, scriptOf } from '../publication';
import type { CiteContext } from './context';

/** The access date as GOST writes it, with the page language's own digits and order (28.11.2026). */
function gostDate(date: Date, lang: CiteContext['lang']): string {
  const parts = new Intl.DateTimeFormat(localeRules[lang].dateLocale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('day')}.${get('month')}.${get('year')}`;
}

/** Appends an element after GOST's ". – " separator, without doubling a final period. */
function then(text: string, element: string): string {
  return `${text}${text.endsWith('.') ? '' : '.'} – ${element}`;
}

/** The reference as one line of text. */
export function formatGost(ctx: CiteContext): string {
  const t = useTranslations(ctx.lang);
  const { journal, firstPage } = ctx.publication;
  let text = `${citationNames(ctx.publication, scriptOf(ctx.lang)).join(', ')} ${ctx.title} [${t('cite.electronic')}]`;
  if (ctx.originalTitle) text += ` = ${ctx.originalTitle} / ${t('cite.translatedFrom')}`;
  if (journal.title) {
    text += ` // ${journal.title}`;
    if (journal.year) text = then(text, String(journal.year));
    const numbering = [
      journal.volume && `${t('cite.volume')} ${journal.volume}`,
      journal.issue && `${t('cite.issue')} ${journal.issue}`,
    ].filter(Boolean);
    if (numbering.length) text = then(text, numbering.join(', '));
    if (journal.lastPage) text = then(text, `${t('cite.pages')} ${firstPage}–${journal.lastPage}`);
  }
  if (ctx.part) text = then(text, ctx.part);
  if (journal.doi) text = then(text, `DOI: ${journal.doi}`);
  return `${then(text, `URL: ${ctx.url}`)} (${t('cite.accessed')}: ${gostDate(ctx.accessed, ctx.lang)}).`;
}
