import { describe, expect, test } from 'vitest';
import { kazakhSegments } from './language-spans';

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
