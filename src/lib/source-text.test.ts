import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dehyphenate, KAZAKH_ORIGINAL_LINES, sourceParagraphs, words } from './source-text';

const source = readFileSync('content/source/article-extracted.txt', 'utf8');

describe('dehyphenate', () => {
  test('joins a word the PDF broke at a line end', () => {
    expect(dehyphenate('Қазақстан Республика-\nсының')).toBe('Қазақстан Республикасының');
  });
  test('keeps a real hyphen that fell at a line end when the word occurs unbroken elsewhere', () => {
    expect(dehyphenate('Хизб-ут-\nТахрир ұйымы. «Хизб-ут-Тахрир»')).toBe(
      'Хизб-ут-Тахрир ұйымы. «Хизб-ут-Тахрир»',
    );
    expect(dehyphenate('өз үгіт-\nнасихат жұмыстары, үгіт-насихат')).toBe(
      'өз үгіт-насихат жұмыстары, үгіт-насихат',
    );
  });
  test('joins across the blank lines the table cells have after a hyphen', () => {
    expect(dehyphenate('кезінде көпте-\n\nген террористік')).toBe('кезінде көптеген террористік');
  });
  test('splits paragraphs at blank lines and folds spaces', () => {
    expect(dehyphenate('бір  екі\n\n үш')).toBe('бір екі\nүш');
  });
});

describe('the source copy', () => {
  const paragraphs = sourceParagraphs(source, KAZAKH_ORIGINAL_LINES.from, KAZAKH_ORIGINAL_LINES.to);
  test('has no broken word left after dehyphenation', () => {
    expect(paragraphs.filter((p) => /\p{L}- \p{L}/u.test(p))).toEqual([]);
  });
  test('keeps the authors’ own spellings', () => {
    const text = paragraphs.join(' ');
    for (const spelling of [
      'Терорризмнің',
      'террориристтік',
      'қорытыңдылай',
      'тұрқты',
      'экстремизге',
      'мәселерге',
    ]) {
      expect(text).toContain(spelling);
    }
  });
  test('drops the page number and rubric but keeps the title first', () => {
    expect(paragraphs[0]).toBe(
      'Орталық Азиядағы терроризм мәселесі және Қазақстан Республикасының терроризммен күресу жолдары',
    );
  });
});

describe('words', () => {
  test('compares letters and digits only, not punctuation or quotes', () => {
    expect(words('«Алаш» болды [2].')).toEqual(['Алаш', 'болды', '2']);
  });
  test('keeps the mixed-script word паниcламизм as one word', () => {
    expect(words('паниcламизм мен')).toEqual(['паниcламизм', 'мен']);
  });
});
