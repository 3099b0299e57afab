import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Organisation } from '../../schemas';
import { fold, vocabulary } from './fold';
import { planQueries, termOf, unfold } from './plan';
import { searchTerms } from './terms';

const organisations = parse(readFileSync('content/organisations.yaml', 'utf8')) as Organisation[];
const terms = searchTerms(organisations);
const kkVocabulary = vocabulary([readFileSync('content/article/kk.mdx', 'utf8')]);

describe('folding', () => {
  test('reads Kazakh letters typed on a Russian keyboard, ё as е, any case', () => {
    expect(fold('Қазақстан')).toBe('казакстан');
    expect(fold('ШЫҰ')).toBe('шыу');
    expect(fold('Актёр')).toBe('актер');
  });
  test('reads the source’s Latin c inside a Cyrillic word as Cyrillic', () => {
    expect(fold('паниcламизм')).toBe(fold('панисламизм'));
  });
  test('maps a folded spelling onto the words of the text', () => {
    expect(unfold('казакстан', kkVocabulary)).toEqual(['қазақстан']);
    expect(unfold('Қазақстан', kkVocabulary)).toEqual([]);
  });
});

describe('cross-language terms, from the glossary', () => {
  test.each(['SCO', 'ШОС', 'ШЫҰ', 'Шанхай Ынтымақтастық Ұйымы', 'шанхайская организация сотрудничества'])(
    '%s names the SCO',
    (query) => {
      expect(termOf(query, terms)?.slug).toBe('shanghai-cooperation-organisation');
    },
  );
  test.each(['IMU', 'ИДУ', 'ӨИҚ', 'оик'])('%s names the Islamic Movement of Uzbekistan', (query) => {
    expect(termOf(query, terms)?.slug).toBe('islamic-movement-of-uzbekistan');
  });
  test('a query for SCO searches each index for that language’s own forms', () => {
    expect(planQueries('SCO', 'kk', { terms })).toContain('ШЫҰ');
    expect(planQueries('SCO', 'ru', { terms })).toContain('ШОС');
    expect(planQueries('ШЫҰ', 'en', { terms })).toContain('SCO');
  });
  test('an ordinary word names no organisation', () => {
    expect(termOf('терроризм', terms)).toBeUndefined();
    expect(termOf('а', terms)).toBeUndefined();
  });
});

describe('the plan', () => {
  test('searches the query as typed first', () => {
    expect(planQueries('  мәселелер ', 'kk', { terms, vocabulary: kkVocabulary })[0]).toBe('мәселелер');
  });
  test('adds the Kazakh stem, which prefix matching widens to every form', () => {
    expect(planQueries('мәселелер', 'kk', { terms, vocabulary: kkVocabulary })).toContain('мәселе');
    expect(planQueries('ұйымдардың', 'kk', { terms, vocabulary: kkVocabulary })).toContain('ұйым');
    expect(planQueries('терроризммен', 'kk', { terms, vocabulary: kkVocabulary })).toContain('терроризм');
  });
  test('adds the real spelling of a word typed without Kazakh letters', () => {
    expect(planQueries('казакстан', 'kk', { terms, vocabulary: kkVocabulary })).toContain('қазақстан');
  });
  test('does not stem Russian or English (Pagefind stems those itself)', () => {
    expect(planQueries('организациями', 'ru', { terms })).toEqual(['организациями']);
  });
  test('plans nothing for an empty query', () => {
    expect(planQueries('   ', 'kk', { terms })).toEqual([]);
  });
});
