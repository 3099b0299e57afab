/** Pieces several formats share: the original's year, the first publication once known. */
import { useTranslations } from '../../i18n';
import { isoDate } from '../publication';
import type { CiteContext } from './context';

/** The original's year, or the style's "no date" (n.d., б. г.) while it is unknown. */
export function originalYear(ctx: CiteContext): string {
  return ctx.publication.journal.year
    ? String(ctx.publication.journal.year)
    : useTranslations(ctx.lang)('cite.nd');
}

/** The edition's year: the year of this translation or republication, never the original's. */
export function editionYear(ctx: CiteContext): number {
  return ctx.publication.edition.date.getUTCFullYear();
}

/** The edition's date as `YYYY-MM-DD`. */
export function editionDate(ctx: CiteContext): string {
  return isoDate(ctx.publication.edition.date);
}

/**
 * The note machine formats carry about the original: where it was first published, once known,
 * or that its date is unknown (`Original publication date unknown`).
 */
export function originalNote(ctx: CiteContext): string {
  const t = useTranslations(ctx.lang);
  const { journal, firstPage } = ctx.publication;
  if (!journal.title) return t('cite.originalUndated');
  const numbering = `${journal.volume ?? ''}${journal.issue ? `(${journal.issue})` : ''}`;
  const pages = journal.lastPage ? `${firstPage}–${journal.lastPage}` : String(firstPage);
  const where = [journal.title, numbering, pages].filter(Boolean).join(', ');
  return `${t('cite.firstPublished')}: ${where}${journal.year ? ` (${journal.year})` : ''}`;
}
