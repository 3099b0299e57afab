/** The language of a page from its URL, for components placed inside MDX, which get no props. */
import { isLang, originalLang, type Lang } from '../i18n/locales';
import { withSlash } from './paths';

/** @example langOfPath('/edition/ru/', '/edition/') // 'ru' */
export function langOfPath(pathname: string, base: string): Lang {
  const rest = pathname.slice(withSlash(base).length);
  const first = rest.split('/')[0];
  return isLang(first) ? first : originalLang;
}
