/**
 * A reference in GOST R 7.0.100-2018, the standard of Kazakhstan's and Russia's theses, for a
 * part of an electronic resource with remote access, in the standard's own form. Written by
 * hand because no CSL style that a library can load does this standard (the CSL repository's
 * Russian styles follow GOST R 7.0.5-2008).
 *
 * Shape: Heading, I. O. Title = Original title [Translated title] / I. O. Author, I. O. Author ;
 * translated from Kazakh: Translators // Edition : subtitle : [website]. – Version 1.0. – 2026. –
 * Part. – First published: …. – URL: … (accessed: dd.mm.yyyy). – Text : electronic.
 */
import { useTranslations } from '../../i18n';
import { localeRules } from '../../i18n/locales';
import { citedName } from '../publication';
import type { CiteContext } from './context';
import { editionYear } from './notes';

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

/** Where the original was first published, in GOST's chain, once the journal is known. */
function firstPublication(ctx: CiteContext): string | undefined {
  const t = useTranslations(ctx.lang);
  const { journal, firstPage } = ctx.publication;
  if (!journal.title) return undefined;
  let text = `${t('cite.firstPublished')}: ${journal.title}`;
  if (journal.year) text = then(text, String(journal.year));
  const numbering = [
    journal.volume && `${t('cite.volume')} ${journal.volume}`,
    journal.issue && `${t('cite.issue')} ${journal.issue}`,
  ].filter(Boolean);
  if (numbering.length) text = then(text, numbering.join(', '));
  if (journal.lastPage) text = then(text, `${t('cite.pages')} ${firstPage}–${journal.lastPage}`);
  if (journal.doi) text = then(text, `DOI: ${journal.doi}`);
  return text;
}

/** The reference as one line of text. */
export function formatGost(ctx: CiteContext): string {
  const t = useTranslations(ctx.lang);
  const names = ctx.publication.authors.map((a) => citedName(a, ctx.lang));
  let text = `${names[0]!.family}, ${names[0]!.initials} ${ctx.title.text}`;
  if (ctx.originalTitle) text += ` = ${ctx.originalTitle.text}`;
  if (ctx.titleTranslation) text += ` [${ctx.titleTranslation.text}]`;
  text += ` / ${names.map((n) => `${n.initials} ${n.family}`).join(', ')}`;
  if (ctx.translators) text += ` ; ${t('cite.translatedBy').replace('{who}', ctx.translators)}`;
  text += ` // ${ctx.edition.name} : ${ctx.edition.subtitle} : [${t('cite.site')}]`;
  text = then(text, t('cite.version').replace('{v}', ctx.publication.edition.version));
  text = then(text, String(editionYear(ctx)));
  if (ctx.part) text = then(text, ctx.part);
  const first = firstPublication(ctx);
  if (first) text = then(text, first);
  const accessed = ctx.accessed ? gostDate(ctx.accessed, ctx.lang) : t('cite.datePlaceholder');
  text = then(text, `URL: ${ctx.url} (${t('cite.accessed')}: ${accessed})`);
  return `${then(text, t('cite.textElectronic'))}.`;
}
