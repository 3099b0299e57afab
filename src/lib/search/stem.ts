/**
 * The stem search compares words by, per language: the edition's own Kazakh suffix stripper
 * (kazakh-stem.ts) and the Snowball stemmers for Russian and English. Two words are one word
 * for search only when their stems are equal; a stem is never used as a prefix, so a query
 * cannot shrink into the start of a different word.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as russian } from '@orama/stemmers/russian';
import type { Lang } from '../../i18n/locales';
import { fold } from './fold';
import { kazakhStem } from './kazakh-stem';

/**
 * A word's stem in `lang`, folded (see fold.ts).
 * @example stemOf('ұйымдардың', 'kk') // 'уйым'
 */
export function stemOf(word: string, lang: Lang): string {
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  if (lang === 'kk') return fold(kazakhStem(lower));
  if (lang === 'ru') return fold(russian(lower));
  return english(lower);
}
