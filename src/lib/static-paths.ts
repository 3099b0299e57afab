/** The static paths of a page that exists once per language (`/kk/…`, `/ru/…`, `/en/…`). */
import { langs } from '../i18n/locales';

/** For `export const getStaticPaths = everyLanguage;` in a `[lang]` page. */
export function everyLanguage() {
  return langs.map((lang) => ({ params: { lang } }));
}
