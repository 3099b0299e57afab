/**
 * The labelled query set of the search-quality bench: what a reader types, on which language's
 * page, and what makes a place relevant. The label is a pattern over the place's own words
 * (any inflection of the word, the name as that language's text writes it), written by reading
 * the text, independent of how search works; the bench resolves it to the ids it covers and
 * writes them out with the figures.
 */
import type { Lang } from '../../src/i18n/locales.ts';

export type QueryClass = 'word forms' | 'other-script terms' | 'Latin Kazakh' | 'aliases';

/** One labelled query: [class, page language, query, relevant when the place's text matches]. */
export type LabelledQuery = [QueryClass, Lang, string, RegExp];

const w = (stem: string) => new RegExp(`(?<![\\p{L}\\p{N}])${stem}`, 'iu');
const name = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${form}`, 'u');

export const QUERIES: LabelledQuery[] = [
  ['word forms', 'kk', 'мәселелер', w('мәселе')],
  ['word forms', 'kk', 'ұйымдардың', w('ұйым(?!дас)')],
  ['word forms', 'kk', 'шабуылдар', w('шабуыл')],
  ['word forms', 'kk', 'жастардың', w('жастар')],
  ['word forms', 'kk', 'қауіпсіздігін', w('қауіпсіздi')],
  ['word forms', 'kk', 'идеологиясы', w('идеология')],
  ['word forms', 'ru', 'организациями', w('организаци')],
  ['word forms', 'ru', 'террористических', w('террористическ')],
  ['word forms', 'ru', 'безопасности', w('безопасност')],
  ['word forms', 'ru', 'экстремизма', w('экстремизм')],
  ['word forms', 'ru', 'нападения', w('нападени')],
  ['word forms', 'en', 'attacks', w('attack')],
  ['word forms', 'en', 'radicalisation', w('radicali[sz]ation')],
  ['word forms', 'en', 'bombings', w('bombing')],
  ['other-script terms', 'kk', 'Tokayev', name('Тоқаев')],
  ['other-script terms', 'ru', 'Tokayev', name('Токаев')],
  ['other-script terms', 'en', 'Токаев', name('Tokayev')],
  ['other-script terms', 'ru', 'Aktobe', name('Актобе')],
  ['other-script terms', 'en', 'Ақтөбе', name('Aktobe')],
  ['other-script terms', 'kk', 'Andijan', name('Әндіжан')],
  ['other-script terms', 'en', 'Андижан', name('Andijan')],
  ['other-script terms', 'ru', 'Taliban', name('Талибан')],
  ['other-script terms', 'en', 'Талибан', name('Taliban')],
  ['other-script terms', 'kk', 'Hizb ut-Tahrir', name('Хизб-ут-Тахрир')],
  ['other-script terms', 'en', 'Ферғана', name('Fergana')],
  ['other-script terms', 'ru', 'Tashkent', name('Ташкент')],
  ['other-script terms', 'en', 'ИГИЛ', name('Islamic State')],
  ['Latin Kazakh', 'kk', 'Qazaqstan', name('Қазақстан')],
  ['Latin Kazakh', 'kk', 'Aqtöbe', name('Ақтөбе')],
  ['Latin Kazakh', 'kk', 'Ozbekstan', name('Өзбекстан')],
  ['Latin Kazakh', 'kk', 'terrorizm', w('терроризм')],
  ['Latin Kazakh', 'kk', 'qauipsizdik', w('қауіпсізді')],
  ['Latin Kazakh', 'kk', 'ūiymdar', w('ұйым(?!дас)')],
  ['Latin Kazakh', 'kk', 'Auğanstan', name('Ауғанстан')],
  ['Latin Kazakh', 'kk', 'şekara', w('шекара')],
  ['Latin Kazakh', 'kk', 'Ändijan', name('Әндіжан')],
  ['Latin Kazakh', 'kk', 'zhastar', w('жастар')],
  ['aliases', 'ru', 'Хизбут-Тахрир', name('Хизб[ -]ут-Тахрир')],
  ['aliases', 'ru', 'Аль Каида', name('[Аа]ль-Каид')],
  ['aliases', 'en', 'Al-Qaida', name('[Aa]l-Qaeda')],
  ['aliases', 'ru', 'Алма-Ата', name('Алматы')],
  ['aliases', 'kk', 'Tokaev', name('Тоқаев')],
  ['aliases', 'en', 'Ferghana', name('Fergana')],
  ['aliases', 'ru', 'ИГИЛ', name('Исламск\\p{L}* государств')],
  ['aliases', 'en', 'ISIL', name('Islamic State')],
  ['aliases', 'kk', 'Daesh', name('Ислам мемлекет')],
];
