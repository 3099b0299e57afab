/** The citations an article page offers: the whole article, each section, each paragraph. */
import { useTranslations } from '../../i18n';
import { originalLang } from '../../i18n/locales';
import { sectionsOf } from '../../lib/article-page';
import { parseBlockId, TABLE_ID } from '../../lib/block-id';
import type { ArticleInfo, CiteContext, DialogCitation } from '../../lib/cite/context';
import { citeAll } from './formats';

/** The citation context of the whole article (`partId` undefined) or of one block. */
export function citeContext(info: ArticleInfo, partId?: string): CiteContext {
  const t = useTranslations(info.lang);
  const titles = new Map(sectionsOf(info.blocks).map((s) => [s.id, s.title]));
  let part: string | undefined;
  if (partId) {
    const { section, n } = parseBlockId(partId);
    part = titles.get(section) ?? section;
    if (n !== undefined) part += `, ${t('cite.paragraph').replace('{n}', String(n))}`;
    if (partId === TABLE_ID) part = info.blocks.find((b) => b.id === TABLE_ID)?.text.split('. ')[0] ?? partId;
  }
  return {
    lang: info.lang,
    title: info.title,
    // The abstract and keywords are the authors' own Russian and English, not a translation of ours.
    originalTitle:
      info.lang === originalLang || /^(abstract|keywords)(-|$)/.test(partId ?? '')
        ? undefined
        : info.originalTitle,
    publication: info.publication,
    url: partId ? `${info.url}#${partId}` : info.url,
    part,
    partId,
    accessed: info.accessed,
  };
}

/** Every citation of a page, keyed `article` and by block id. */
export function pageCitations(info: ArticleInfo): Record<string, DialogCitation> {
  const entry = (partId?: string): DialogCitation => {
    const ctx = citeContext(info, partId);
    return { part: ctx.part ?? ctx.title, text: citeAll(ctx) };
  };
  const result: Record<string, DialogCitation> = { article: entry() };
  for (const block of info.blocks) result[block.id] = entry(block.id);
  return result;
}
