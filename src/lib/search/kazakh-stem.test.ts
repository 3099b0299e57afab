/**
 * The Kazakh normaliser on word forms taken from the article. Recall: inflected forms reduced
 * to their lemma's stem. Precision: words it must leave alone, and no form cut below its stem.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { kazakhStem } from './kazakh-stem';

/** Lemma stem → forms the article uses (all from content/article/kk.mdx). */
export const INFLECTED: Record<string, string[]> = {
  мәселе: [
    'мәселеге',
    'мәселелер',
    'мәселелерге',
    'мәселелердің',
    'мәселелері',
    'мәселесі',
    'мәселесін',
    'мәселесіне',
    'мәселесінің',
  ],
  ұйым: [
    'ұйымдар',
    'ұйымдардың',
    'ұйымдармен',
    'ұйымдары',
    'ұйымдарға',
    'ұйымның',
    'ұйымы',
    'ұйымына',
    'ұйымының',
  ],
  терроризм: ['терроризмге', 'терроризмді', 'терроризммен', 'терроризмнің'],
  экстремизм: ['экстремизмге', 'экстремизмді', 'экстремизммен', 'экстремизмнің'],
  мемлекет: [
    'мемлекетке',
    'мемлекетпен',
    'мемлекеттер',
    'мемлекеттердің',
    'мемлекеттермен',
    'мемлекеттері',
    'мемлекеттерінің',
    'мемлекеттің',
    'мемлекеті',
    'мемлекетін',
    'мемлекетінің',
  ],
  қауіпсіздік: ['қауіпсіздікке', 'қауіпсіздікті'],
  аймақ: ['аймақтарының', 'аймақтағы', 'аймақты', 'аймақтың'],
  қазақстан: ['қазақстанда', 'қазақстандағы', 'қазақстанды', 'қазақстанның', 'қазақстанға'],
  ауғанстан: ['ауғанстанда', 'ауғанстанға'],
  өзбекстан: ['өзбекстанда', 'өзбекстанның'],
  азия: ['азиядан', 'азиядағы', 'азияның', 'азияға'],
  шабуыл: ['шабуылдар', 'шабуылдарды', 'шабуылдардың'],
  радикалдану: ['радикалдануды', 'радикалдануы'],
  кезең: ['кезеңде', 'кезеңдерге'],
  бағдарлама: ['бағдарламалар', 'бағдарламаларды', 'бағдарламалардың', 'бағдарламаны', 'бағдарламаға'],
  әрекет: ['әрекеттер', 'әрекеттерге', 'әрекеттерді', 'әрекеттердің', 'әрекеттері', 'әрекеттерін'],
  қоғам: ['қоғамдағы', 'қоғамды', 'қоғамның', 'қоғамы', 'қоғамға'],
  идеология: ['идеологияның', 'идеологиясының', 'идеологияға'],
  жағдай: ['жағдайдан', 'жағдайлардан', 'жағдайларды'],
  тәліп: ['тәліптер', 'тәліптердің'],
  шара: ['шаралар', 'шараларды', 'шаралардың', 'шаралары'],
};

/** Words the normaliser must leave as they are (lower-cased): short words, stems, names. */
export const LEAVE_ALONE = [
  'мен',
  'және',
  'бұл',
  'осы',
  'бар',
  'деп',
  'оның',
  'олар',
  'үшін',
  'арқылы',
  'ретінде',
  'сияқты',
  'ұйым',
  'мемлекет',
  'терроризм',
  'қазақстан',
  'ауғанстан',
  'өзбекстан',
  'тәжікстан',
  'қырғызстан',
  'азия',
  'ислам',
  'саяси',
  'халық',
  'қоғам',
  'аймақ',
  'шабуыл',
  'әрекет',
  'жағдай',
  'халифат',
  'құқық',
];

describe('kazakhStem', () => {
  const cases = Object.entries(INFLECTED).flatMap(([stem, forms]) =>
    forms.map((form) => [form, stem] as const),
  );
  test('is tried on forms the article really uses, not invented ones', () => {
    const article = new Set(
      readFileSync('content/article/kk.mdx', 'utf8')
        .toLowerCase()
        .match(/\p{L}+/gu),
    );
    expect(cases.filter(([form]) => !article.has(form)).map(([form]) => form)).toEqual([]);
  });
  test.each(cases)('reduces %s to %s', (form, stem) => {
    expect(kazakhStem(form)).toBe(stem);
  });
  test.each(LEAVE_ALONE)('leaves %s alone', (word) => {
    expect(kazakhStem(word)).toBe(word);
  });
  test('lower-cases and folds ё, keeping the Kazakh letters', () => {
    expect(kazakhStem('ҰЙЫМДАРДЫҢ')).toBe('ұйым');
  });
  test('follows vowel harmony: a front suffix is not taken off a back stem', () => {
    // "аймақ" is back-vowelled; the front-vowel genitive -нің cannot follow it.
    // -тің fits the sound after қ, so only vowel harmony keeps it on.
    expect(kazakhStem('аймақтің')).toBe('аймақтің');
    expect(kazakhStem('аймақтың')).toBe('аймақ');
  });
});
