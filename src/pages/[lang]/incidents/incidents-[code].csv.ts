/**
 * The same file as incidents.csv, named by its language (incidents-kk.csv), so the three
 * languages' downloads do not overwrite each other in a reader's folder. The old name stays
 * for links from outside.
 */
import { langs } from '../../../i18n/locales';

export { GET } from './incidents.csv';

export function getStaticPaths() {
  return langs.map((lang) => ({ params: { lang, code: lang } }));
}
