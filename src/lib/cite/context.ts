/** What a citation of the article, a section or a paragraph is made from. */
import type { Lang } from '../../i18n/locales';
import type { CapturedBlock } from '../article-file';
import type { Publication } from '../../schemas';

export interface CiteContext {
  lang: Lang;
  /** The article's title in the page's language. */
  title: string;
  /** The Kazakh title, for a translation; absent on the original. */
  originalTitle?: string | undefined;
  publication: Publication;
  /** The absolute URL, with the fragment of a section or paragraph. */
  url: string;
  /** A reader's label for the cited part (`Results and Discussion, para. 4`), if not the whole article. */
  part?: string | undefined;
  /** The id of the cited part (`results-4`), if not the whole article. */
  partId?: string | undefined;
  /** The access date the reference gives. */
  accessed: Date;
}

/** The citation formats, in the order the dialog offers them. */
export const FORMATS = ['gost', 'apa', 'bibtex', 'ris', 'csl'] as const;
export type CiteFormat = (typeof FORMATS)[number];

/** The article in one language, as citing it needs. */
export interface ArticleInfo {
  lang: Lang;
  title: string;
  originalTitle: string;
  /** The absolute URL of the article page in this language. */
  url: string;
  blocks: CapturedBlock[];
  publication: Publication;
  accessed: Date;
}

/** One citation as the dialog shows it: what is cited, and the reference in every format. */
export interface DialogCitation {
  part: string;
  text: Record<CiteFormat, string>;
}
