/**
 * The CSL-JSON item of a citation, for Zotero, Mendeley and any CSL processor. Only known
 * fields: the source gives no journal and no original date, so none is made up.
 */
import { citedName } from '../publication';
import { citationKey, type CiteContext } from './context';
import { isoDate } from '../publication';
import { editionDate, originalNote } from './notes';

type DateParts = { 'date-parts': number[][] };
const dateParts = (iso: string): DateParts => ({ 'date-parts': [iso.split('-').map(Number)] });

/** The CSL-JSON item for a citation of the article or one of its parts. */
export function cslItem(ctx: CiteContext): Record<string, unknown> {
  const { journal, edition } = ctx.publication;
  const item: Record<string, unknown> = {
    id: citationKey(ctx, '-'),
    type: 'webpage',
    title: ctx.title.text,
    author: ctx.publication.authors.map((a) => {
      const n = citedName(a, ctx.lang);
      return { family: n.family, given: n.initials };
    }),
    language: ctx.textLang,
    'container-title': `${ctx.edition.name}: ${ctx.edition.subtitle}`,
    version: edition.version,
    issued: dateParts(editionDate(ctx)),
    URL: ctx.url,
    note: [ctx.titleTranslation && `[${ctx.titleTranslation.text}]`, ctx.part, originalNote(ctx)]
      .filter(Boolean)
      .join('. '),
  };
  if (ctx.originalTitle) item['original-title'] = ctx.originalTitle.text;
  if (ctx.translators) item.translator = [{ literal: ctx.translators }];
  if (journal.year) item['original-date'] = { 'date-parts': [[journal.year]] };
  if (journal.doi) item.DOI = journal.doi;
  if (ctx.accessed) item.accessed = dateParts(isoDate(ctx.accessed));
  return item;
}
