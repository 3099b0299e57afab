import { describe, expect, test } from 'vitest';
import type { Lang } from '../../i18n/locales';
import { PAGE_OF, type SearchPlace } from './places';
import { excerptOf } from './results';
import { prepareIndex, searchAll } from './search';
import { searchTerms } from './terms';

const place = (id: string, text: string, kind: SearchPlace['kind'] = 'article'): SearchPlace => ({
  id,
  page: PAGE_OF[kind],
  kind,
  label: id,
  text,
});

const texts: Record<Lang, SearchPlace[]> = {
  kk: [
    place('results-1', 'Әндіжан оқиғалары жан-жақты зерттелді; Ош қаласы да аталады.'),
    place('results-2', 'Хизб-ут-Тахрир партиясының парақшалары Оңтүстік Қазақстан облысында таратылды.'),
    place('results-5', 'Президент Қасым-Жомарт Тоқаев Ақтөбеде болған шабуылдарды атап өтті.'),
    place('hizb-ut-tahrir', 'Хизб-ут-Тахрир · ХТ. Ұйымдардың бірі.', 'entry'),
  ],
  ru: [
    place('results-1', 'События в Андижане изучены всесторонне; упоминается и город Оша.'),
    place('results-2', 'Листовки партии Хизб ут-Тахрир распространялись в Южно-Казахстанской области.'),
    place('results-5', 'Президент Касым-Жомарт Токаев отметил нападения в Актобе.'),
    place('hizb-ut-tahrir', 'Хизб ут-Тахрир · ХТ. Одна из организаций.', 'entry'),
    place('the-source', 'При ошибке в тексте напишите нам.', 'about'),
  ],
  en: [
    place('results-1', 'The Andijan events have been studied thoroughly; the city of Osh is named too.'),
    place('results-2', 'Leaflets of the Hizb ut-Tahrir party were spread in the South Kazakhstan region.'),
    place('results-5', 'President Kassym-Jomart Tokayev noted the attacks in Aktobe.'),
    place('hizb-ut-tahrir', 'Hizb ut-Tahrir · HT. One of the organisations.', 'entry'),
  ],
};

const terms = searchTerms(
  [
    {
      slug: 'hizb-ut-tahrir',
      kind: 'political-movement',
      bannedInKazakhstan: true,
      names: {
        kk: { name: 'Хизб-ут-Тахрир', forms: ['Хизб-ут-Тахрир'] },
        ru: { name: 'Хизб ут-Тахрир', forms: ['Хизб ут-Тахрир'] },
        en: { name: 'Hizb ut-Tahrir', forms: ['Hizb ut-Tahrir'] },
      },
      summary: { kk: '…', ru: '…', en: '…' },
    },
  ],
  [
    { slug: 'tokayev', kind: 'person', forms: { kk: ['Тоқаев'], ru: ['Токаев'], en: ['Tokayev'] } },
    { slug: 'osh', kind: 'place', forms: { kk: ['Ош'], ru: ['Оша'], en: ['Osh'] }, aliases: ['Ош'] },
  ],
);
const indexes = (['kk', 'ru', 'en'] as Lang[]).map((l) => prepareIndex(l, texts[l]));
const inLang = (lang: Lang, query: string, all = true) => {
  const scope = all
    ? [indexes.find((i) => i.lang === lang)!, ...indexes.filter((i) => i.lang !== lang)]
    : [indexes.find((i) => i.lang === lang)!];
  return searchAll(query, scope, terms);
};
const ids = (query: string, lang: Lang, all = true) =>
  Object.fromEntries(inLang(lang, query, all).map((g) => [g.lang, g.found.map((f) => f.place.id)]));

describe('search across the three languages', () => {
  test('a name typed in one script finds the passage in all three languages', () => {
    expect(ids('Tokayev', 'en')).toEqual({ en: ['results-5'], kk: ['results-5'], ru: ['results-5'] });
    expect(ids('Токаев', 'en', false)).toEqual({ en: ['results-5'] });
  });

  test('Latin-script Kazakh finds Kazakh passages', () => {
    expect(ids('Aqtöbede', 'kk', false)).toEqual({ kk: ['results-5'] });
    expect(ids('Qazaqstan', 'kk', false)).toEqual({ kk: ['results-2'] });
  });

  test('a passage found in one language brings its aligned passages, marked as such', () => {
    const groups = inLang('ru', 'нападения');
    expect(groups.map((g) => g.found.map((f) => [f.place.id, f.alignedWith]))).toEqual([
      [['results-5', undefined]],
      [['results-5', 'ru']],
      [['results-5', 'ru']],
    ]);
    const words = inLang('kk', 'шабуылдарды');
    expect(words[1]!.found[0]).toMatchObject({ alignedWith: 'kk', marks: [] });
  });

  test('hyphen and space variants of a name are one', () => {
    for (const q of ['Хизбут-Тахрир', 'Хизб ут Тахрир', 'хизб-ут-тахрир'])
      expect(ids(q, 'ru', false).ru).toEqual(['results-2', 'hizb-ut-tahrir']);
  });

  test('a query that is no word of the text finds nothing, in any form', () => {
    for (const q of ['aaaaaaaaaa', 'ққққққ', 'ааааааа', 'Жанаозен'])
      expect(inLang('kk', q).every((g) => g.found.length === 0)).toBe(true);
  });

  test('a short name is not found inside a longer word', () => {
    expect(ids('Ош', 'ru')).toEqual({ ru: ['results-1'], kk: ['results-1'], en: ['results-1'] });
  });

  test('the organisation’s own glossary entry comes first among the entries, after the article', () => {
    expect(ids('Hizb ut-Tahrir', 'en', false).en).toEqual(['results-2', 'hizb-ut-tahrir']);
  });

  test('lists each place and each excerpt once', () => {
    for (const q of ['ұйымдардың', 'Tokayev', 'Хизб ут-Тахрир']) {
      for (const g of inLang('kk', q)) {
        const places = g.found.map((f) => `${f.place.page}#${f.place.id}`);
        expect(new Set(places).size).toBe(places.length);
        expect(new Set(g.found.map((f) => f.place.text)).size).toBe(places.length);
      }
    }
  });

  test('marks the matching words, whatever their inflection', () => {
    const [kk] = inLang('kk', 'Ақтөбе', false);
    expect(excerptOf(kk!.found[0]!.place.text, kk!.found[0]!.marks)).toContain('<mark>Ақтөбеде</mark>');
  });
});
