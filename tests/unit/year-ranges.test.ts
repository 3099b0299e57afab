/**
 * Russian and English write a range of years with an en dash (2005–2011), never a hyphen:
 * in the article, the glossary, the chronology and the editor's notes. The Kazakh original
 * keeps the authors' hyphens and is not checked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/** A year, a hyphen or minus-like dash that is not an en dash, and a second year (or its last two digits). */
const HYPHENATED_RANGE = /(?<!\d)(1[89]\d\d|20\d\d)\s?[-‐‑−—]\s?((1[89]|20)?\d\d)(?!\d)/gu;
const rangesIn = (text: string) => [...text.matchAll(HYPHENATED_RANGE)].map((m) => m[0]);

/** Every string under a `ru` or `en` key of a parsed YAML value. */
function translatedStrings(value: unknown, inLang = false): string[] {
  if (typeof value === 'string') return inLang ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => translatedStrings(v, inLang));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      translatedStrings(v, inLang || k === 'ru' || k === 'en'),
    );
  return [];
}

describe('year ranges in Russian and English use the en dash', () => {
  test('the pattern finds a hyphenated range and passes an en dash or a decade', () => {
    expect(rangesIn('в 2012-2013 годах, 2005 - 11, 1990-е, 2005–2011')).toEqual(['2012-2013', '2005 - 11']);
  });

  test.each(['ru', 'en'])('the %s article', (lang) => {
    expect(rangesIn(readFileSync(`content/article/${lang}.mdx`, 'utf8'))).toEqual([]);
  });

  test.each(['organisations', 'incidents', 'slips'])('the ru and en texts of content/%s.yaml', (file) => {
    const texts = translatedStrings(parse(readFileSync(`content/${file}.yaml`, 'utf8')));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.flatMap(rangesIn)).toEqual([]);
  });
});
