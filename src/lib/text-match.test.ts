import { describe, expect, test } from 'vitest';
import { escapeRegExp, formMatcher, hasWordStarting, slugOfWord } from './text-match';

describe('word-start matching', () => {
  test('escapes every metacharacter', () => {
    expect(new RegExp(escapeRegExp('a.b*(c)[d]{e}+?^$|\\')).test('a.b*(c)[d]{e}+?^$|\\')).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
  test('a form matches a word that starts with it, not one that contains it', () => {
    expect(hasWordStarting('Хизб-ут-Тахрирдің мүшелері', 'Хизб-ут-Тахрир')).toBe(true);
    expect(hasWordStarting('антиХизб-ут-Тахрир', 'Хизб-ут-Тахрир')).toBe(false);
  });
  test('the longest form wins, and names its organisation', () => {
    const forms = [
      { form: 'Ислам мемлекеті', slug: 'is' },
      { form: 'Ислам мемлекеті – Хорасан уәлаяты', slug: 'iskp' },
    ];
    const words = [...'Ислам мемлекеті – Хорасан уәлаятының'.matchAll(formMatcher(forms)!)].map((m) => m[0]);
    expect(words).toEqual(['Ислам мемлекеті – Хорасан уәлаятының']);
    expect(slugOfWord(forms, words[0]!)).toBe('iskp');
    expect(formMatcher([])).toBeUndefined();
  });
});
