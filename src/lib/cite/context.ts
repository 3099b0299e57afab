/** What a citation of the article, a section or a paragraph is made from. */
import { originalLang, type Lang } from '../../i18n/locales';
import type { CapturedBlock } from '../article-file';
import type { Publication } from '../../schemas';

/** A title with the proper nouns a style must keep capitalised when it sentence-cases it. */
export interface Title {
  text: string;
  properNouns: string[];
}

export interface CiteContext {
  /** The language the citation is written in (the page's): its terms and the authors' name forms. */
  lang: Lang;
  /** The language of the cited text: the Kazakh original, or the page's own text. */
  textLang: Lang;
  /** The cited text's title, in the cited text's language. */
  title: Title;
  /** The title in the citation's language, in brackets, when the Kazakh original is cited from ru/en. */
  titleTranslation?: Title | undefined;
  /** The Kazakh title, when the cited text is the edition's translation. */
  originalTitle?: Title | undefined;
  /** Who translated, when the cited text is the edition's translation (not the authors' own words). */
  translators?: string | undefined;
  /** The web edition as a citation names its host: title and subtitle, in the citation's language. */
  edition: { name: string; subtitle: string };
  publication: Publication;
  /** The absolute URL, with the fragment of a section or paragraph. */
  url: string;
  /** A reader's label for the cited part (`Results and Discussion, para. 4`), if not the whole article. */
  part?: string | undefined;
  /** For APA's in-text citation: the part as APA writes a locator (`Results section, para. 4`). */
  locator?: string | undefined;
  /** The id of the cited part (`results-4`), if not the whole article. */
  partId?: string | undefined;
  /** The access date; absent where none can honestly be given (static pages, downloads). */
  accessed?: Date | undefined;
}

/** The language of the text a page cites: the original's, or the page's own. */
export function citedLang(lang: Lang, cited: CitedText): Lang {
  return cited === 'original' ? originalLang : lang;
}

/**
 * The words of the article's id: its authors' family names (content/publication.yaml), the
 * page's language and, if cited, the original's.
 */
function articleKeyParts(publication: Publication, lang: Lang, textLang: Lang): string[] {
  const authors = publication.authors.map((a) => a.family.latn.toLowerCase());
  return [...authors, lang, ...(textLang !== lang ? [textLang, 'original'] : [])];
}

/** The id of the article as a page cites it (`akkozhina-darkenov-en-kk-original`). */
export function articleKey(publication: Publication, lang: Lang, textLang: Lang): string {
  return articleKeyParts(publication, lang, textLang).join('-');
}

/** The citation's id, unique per text, language and part (`akkozhina-darkenov-en-results-4`). */
export function citationKey(ctx: CiteContext, separator: '-' | '_'): string {
  const parts = articleKeyParts(ctx.publication, ctx.lang, ctx.textLang);
  if (ctx.partId) parts.push(...ctx.partId.split('-'));
  return parts.join(separator);
}

/** The citation formats, in the order the dialog offers them. */
export const FORMATS = ['gost', 'apa', 'bibtex', 'ris', 'csl'] as const;
export type CiteFormat = (typeof FORMATS)[number];

/** The article in one language, as citing it needs. */
export interface ArticleInfo {
  lang: Lang;
  /** The title in this page's language, with its proper nouns. */
  title: Title;
  /** The Kazakh original's title. */
  originalTitle: Title;
  /** The absolute URL of the article page in this language. */
  url: string;
  /** The absolute URL of the Kazakh original's page. */
  originalUrl: string;
  blocks: CapturedBlock[];
  publication: Publication;
  /** The access date, where one can honestly be given (the dialog's stand-in, replaced in the browser). */
  accessed?: Date | undefined;
}

/** Which text a citation cites: this page's (a translation, or the authors' own) or the Kazakh original. */
export type CitedText = 'page' | 'original';

/** The texts a page offers to cite: on the original's page, one. */
export function citedTexts(lang: Lang): CitedText[] {
  return lang === originalLang ? ['page'] : ['page', 'original'];
}

/** One citation as the dialog shows it: what is cited, the reference in every format, APA's in-text form. */
export interface DialogCitation {
  part: string;
  text: Record<CiteFormat | 'apaInText', string>;
}
