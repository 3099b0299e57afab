import { describe, expect, test } from 'vitest';
import { dictionaries, useTranslations } from '.';
import { langs, locales, originalLang } from './locales';

describe('UI dictionaries', () => {
  const keys = Object.keys(dictionaries[originalLang]).sort();
  const translations = langs.filter((lang) => lang !== originalLang);
  test.each(translations)('%s has exactly the Kazakh key set', (lang) => {
    expect(Object.keys(dictionaries[lang]).sort()).toEqual(keys);
  });
  test.each(langs)('%s has no empty string', (lang) => {
    expect(Object.entries(dictionaries[lang]).filter(([, v]) => v.trim() === '')).toEqual([]);
  });
  test('leaves no English on Kazakh or Russian pages', () => {
    for (const lang of ['kk', 'ru'] as const) {
      const english = Object.entries(dictionaries[lang]).filter(([, v]) =>
        // Placeholders ({year}) and BibTeX's field name (urldate) are not words a reader reads.
        /\b[a-z]{4,}\b/i.test(v.replace(/JavaScript|PDF|Ctrl\+[A-Z]|urldate|\{\w+\}/g, '')),
      );
      expect(english, lang).toEqual([]);
    }
  });
  test('looks strings up for one language', () => {
    expect(useTranslations('ru')('nav.search')).toBe('Поиск');
    expect(useTranslations('kk')('table.year')).toBe('Жыл');
  });
  test('lists the original first and names each language in its own script', () => {
    expect(langs[0]).toBe(originalLang);
    // Intl's name of each language, written in that language, starts as the label does.
    for (const lang of langs) {
      const own = new Intl.DisplayNames([lang], { type: 'language' }).of(lang)!;
      expect(locales[lang].label.slice(0, 4).toLowerCase(), lang).toBe(own.slice(0, 4).toLowerCase());
    }
  });
});
