import { describe, expect, test } from 'vitest';
import { dictionaries, useTranslations } from '.';
import { langs, locales } from './locales';

describe('UI dictionaries', () => {
  const keys = Object.keys(dictionaries.kk).sort();
  test.each(langs)('%s has exactly the Kazakh key set', (lang) => {
    expect(Object.keys(dictionaries[lang]).sort()).toEqual(keys);
  });
  test.each(langs)('%s has no empty string', (lang) => {
    expect(Object.entries(dictionaries[lang]).filter(([, v]) => v.trim() === '')).toEqual([]);
  });
  test('leaves no English on Kazakh or Russian pages', () => {
    for (const lang of ['kk', 'ru'] as const) {
      const english = Object.entries(dictionaries[lang]).filter(([, v]) =>
        /\b[a-z]{4,}\b/i.test(v.replace(/JavaScript|PDF|Ctrl\+C/g, '')),
      );
      expect(english, lang).toEqual([]);
    }
  });
  test('looks strings up for one language', () => {
    expect(useTranslations('ru')('nav.search')).toBe('Поиск');
    expect(useTranslations('kk')('table.year')).toBe('Жыл');
  });
  test('lists each language with its own name', () => {
    expect(locales.kk.label).toBe('Қазақша');
    expect(langs).toEqual(['kk', 'ru', 'en']);
  });
});
