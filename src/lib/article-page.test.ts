import { describe, expect, test } from 'vitest';
import { firstSentence } from './article-page';

describe('firstSentence', () => {
  test('ends at the first full stop that a capital letter follows', () => {
    expect(firstSentence('Бұл мақалада талдау жасалды. Орталық Азия аймағы – күрделі аймақ.')).toBe(
      'Бұл мақалада талдау жасалды.',
    );
  });
  test('does not end at initials or a decimal', () => {
    expect(firstSentence('Н.О. Аккожина wrote 11.25.40 here. Then more.')).toBe(
      'Н.О. Аккожина wrote 11.25.40 here.',
    );
  });
  test('gives a paragraph of one sentence whole', () => {
    expect(firstSentence('One sentence only.')).toBe('One sentence only.');
  });
});
