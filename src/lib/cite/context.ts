/** What a citation of the article, a section or a paragraph is made from. */
import type { Lang } from '../../i18n/locales';
import type { Publication } from '../schemas';

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
