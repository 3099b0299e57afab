import { describe, expect, test } from 'vitest';
import { kazakhPhrasesIn, kazakhSegments } from './language-spans';

describe('kazakhSegments', () => {
  test('marks each Kazakh phrase in a Russian reference', () => {
    expect(
      kazakhSegments('Даркенов Қ.Ғ. Проблема = Орталық Азия / пер.', ['Орталық Азия', 'Даркенов Қ.Ғ.']),
    ).toEqual([
      { text: 'Даркенов Қ.Ғ.', kk: true },
      { text: ' Проблема = ', kk: false },
      { text: 'Орталық Азия', kk: true },
      { text: ' / пер.', kk: false },
    ]);
  });
  test('leaves a text without the phrases whole', () => {
    expect(kazakhSegments('Akkozhina N.O.', ['Аккожина'])).toEqual([{ text: 'Akkozhina N.O.', kk: false }]);
  });
});

describe('kazakhPhrasesIn', () => {
  test('finds each phrase a translation marks as Kazakh, once', () => {
    const blocks = [
      { html: 'Law («<span lang="kk">Ұлттық қауіпсіздік туралы</span>») and <span lang="en">GTI</span>' },
      { html: 'again («<span lang="kk">Ұлттық қауіпсіздік туралы</span>»)' },
    ];
    expect(kazakhPhrasesIn(blocks)).toEqual(['Ұлттық қауіпсіздік туралы']);
  });
});
