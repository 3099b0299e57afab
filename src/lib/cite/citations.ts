/**
 * The citations an article page offers: the whole article, each section, each paragraph; on
 * ru and en pages both the page's own text (the editorial translation, translators named)
 * and the Kazakh original, its title translated in brackets.
 */
import { useTranslations } from '../../i18n';
import { originalLang } from '../../i18n/locales';
import { sectionsOf } from '../article-page';
import { AUTHORS_OWN_SECTIONS, parseBlockId, sectionOf, TABLE_ID } from '../block-id';
import {
  citedLang,
  citedTexts,
  type ArticleInfo,
  type CitedText,
  type CiteContext,
  type DialogCitation,
} from './context';
import { citeAll } from './formats';

/** The part's label and APA locator (`Results and Discussion, para. 4`; `Results and Discussion section, para. 4`). */
function partLabels(info: ArticleInfo, partId: string | undefined) {
  if (!partId) return {};
  const t = useTranslations(info.lang);
  if (partId === TABLE_ID) {
    const caption = info.blocks.find((b) => b.id === TABLE_ID)?.text.split('. ')[0] ?? partId;
    return { part: caption, locator: caption };
  }
  const titles = new Map(sectionsOf(info.blocks).map((s) => [s.id, s.title]));
  const { section: id, n } = parseBlockId(partId);
  const section = titles.get(id) ?? id;
  const para = n === undefined ? '' : `, ${t('cite.paragraph').replace('{n}', String(n))}`;
  return { part: section + para, locator: t('cite.apaSection').replace('{s}', section) + para };
}

/** The citation context of the whole article (`partId` undefined) or of one block. */
export function citeContext(info: ArticleInfo, cited: CitedText, partId?: string): CiteContext {
  const t = useTranslations(info.lang);
  const original = cited === 'original' || info.lang === originalLang;
  // The abstract and keywords are the authors' own Russian and English, not a translation of ours.
  const translation = !original && !(partId && AUTHORS_OWN_SECTIONS.has(sectionOf(partId)));
  const fragment = partId ? `#${partId}` : '';
  return {
    lang: info.lang,
    textLang: citedLang(info.lang, cited),
    title: original ? info.originalTitle : info.title,
    titleTranslation: original && info.lang !== originalLang ? info.title : undefined,
    originalTitle: translation ? info.originalTitle : undefined,
    translators: translation ? info.publication.edition.translators[info.lang] : undefined,
    edition: { name: t('site.name'), subtitle: t('site.edition') },
    publication: info.publication,
    url: `${original ? info.originalUrl : info.url}${fragment}`,
    ...partLabels(info, partId),
    partId,
    accessed: info.accessed,
  };
}

/** Every citation of a page, by cited text, then keyed `article` and by block id. */
export function pageCitations(info: ArticleInfo): Partial<Record<CitedText, Record<string, DialogCitation>>> {
  const result: Partial<Record<CitedText, Record<string, DialogCitation>>> = {};
  for (const cited of citedTexts(info.lang)) {
    const entry = (partId?: string): DialogCitation => {
      const ctx = citeContext(info, cited, partId);
      return { part: ctx.part ?? ctx.title.text, text: citeAll(ctx) };
    };
    const all: Record<string, DialogCitation> = { article: entry() };
    for (const block of info.blocks) all[block.id] = entry(block.id);
    result[cited] = all;
  }
  return result;
}
