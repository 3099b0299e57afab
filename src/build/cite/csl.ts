/**
 * The CSL-JSON item of a citation: the one record citation-js turns into APA, BibTeX and RIS.
 * Only the publication's known fields are set; the source gives no journal, so none is made up.
 */
import { useTranslations } from '../../i18n';
import { scriptOf } from '../../lib/publication';
import type { CiteContext } from '../../lib/cite/context';

type DateParts = { 'date-parts': number[][] };
const dateParts = (d: Date): DateParts => ({
  'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]],
});

/** The CSL-JSON item for a citation of the article or one of its parts. */
export function cslItem(ctx: CiteContext): Record<string, unknown> {
  const t = useTranslations(ctx.lang);
  const { journal, authors, firstPage, edition } = ctx.publication;
  const script = scriptOf(ctx.lang);
  // The bracketed description APA prints after the title: the translation and the part cited.
  const genre = [ctx.originalTitle ? `${t('cite.editorial')}: ${ctx.originalTitle}` : undefined, ctx.part]
    .filter(Boolean)
    // Not "; ": the RIS writer takes it for a list separator and breaks the line.
    .join(' — ');
  const item: Record<string, unknown> = {
    id: `akkozhina-darkenov-${ctx.lang}${ctx.partId ? `-${ctx.partId}` : ''}`,
    'citation-key': `akkozhina_darkenov_${ctx.lang}${ctx.partId ? `_${ctx.partId.replaceAll('-', '_')}` : ''}`,
    type: journal.title ? 'article-journal' : 'article',
    title: ctx.title,
    // Initials spaced ("Қ. Ғ."): citation-js misreads Kazakh letters in run-together initials.
    author: authors.map((a) => ({
      family: a.family[script],
      given: a.initials[script].replace(/\.(?=\S)/g, '. '),
    })),
    language: ctx.lang,
    URL: ctx.url,
    accessed: dateParts(ctx.accessed),
    issued: journal.year ? { 'date-parts': [[journal.year]] } : dateParts(edition.date),
    'page-first': String(firstPage),
  };
  if (genre) item.genre = genre;
  if (ctx.originalTitle) item['original-title'] = ctx.originalTitle;
  if (journal.title) item['container-title'] = journal.title;
  if (journal.volume) item.volume = journal.volume;
  if (journal.issue) item.issue = journal.issue;
  if (journal.lastPage) item.page = `${firstPage}-${journal.lastPage}`;
  if (journal.doi) item.DOI = journal.doi;
  return item;
}
