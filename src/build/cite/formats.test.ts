import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, test } from 'vitest';
import { PLACEHOLDER_DATE, withAccessDate } from '../../lib/cite/access-date';
import { FORMATS, type ArticleInfo } from '../../lib/cite/context';
import { jsonLd, metaTags } from '../../lib/cite/metadata';
import type { Publication } from '../../schemas';
import { citeContext } from './citations';
import { citeAll } from './formats';

const publication: Publication = {
  authors: [
    {
      family: { cyrl: 'Аккожина', latn: 'Akkozhina' },
      initials: { cyrl: 'Н.О.', latn: 'N.O.' },
      corresponding: true,
    },
    {
      family: { cyrl: 'Даркенов', latn: 'Darkenov' },
      initials: { cyrl: 'Қ.Ғ.', latn: 'K.G.' },
      corresponding: false,
    },
  ],
  affiliation: { kk: 'ЕҰУ', ru: 'ЕНУ', en: 'ENU' },
  irsti: '11.25.40',
  firstPage: 115,
  journal: {},
  edition: {
    version: '1.0',
    date: new Date('2026-11-28T00:00:00Z'),
    changelog: [
      { version: '1.0', date: new Date('2026-11-28T00:00:00Z'), changes: { kk: 'Б', ru: 'П', en: 'F' } },
    ],
  },
};
const withJournal: Publication = {
  ...publication,
  journal: {
    title: 'Хабаршы',
    volume: '3',
    issue: '2',
    year: 2024,
    lastPage: 126,
    doi: '10.32523/2616-6887-2024-3-115',
  },
};
const titles = {
  kk: 'Орталық Азиядағы терроризм мәселесі',
  ru: 'Проблема терроризма в Центральной Азии',
  en: 'The Problem of Terrorism in Central Asia',
};
const info = (lang: 'kk' | 'ru' | 'en', pub = publication): ArticleInfo => ({
  lang,
  title: titles[lang],
  originalTitle: titles.kk,
  url: `https://example.org/edition/${lang}/`,
  blocks: [
    {
      id: 'results',
      kind: 'heading',
      text: { kk: 'Нәтижелер', ru: 'Результаты', en: 'Results' }[lang],
      html: '',
    },
    { id: 'keywords-1', kind: 'paragraph', text: 'терроризм, Ауғанстан.', html: '' },
  ],
  publication: pub,
  accessed: new Date('2026-12-01T00:00:00Z'),
});

// citation-js compiles its CSL styles on first use, which takes seconds on a busy machine:
// done once here, so no test below runs near its timeout.
beforeAll(() => void citeAll(citeContext(info('en'))), 60_000);

describe.each(['kk', 'ru', 'en'] as const)('citations on the %s page', (lang) => {
  test.each([
    ['the article', undefined],
    ['a section', 'results'],
    ['a paragraph', 'results-4'],
  ])('of %s, in all five formats', (_what, part) => {
    expect(citeAll(citeContext(info(lang), part))).toMatchSnapshot();
  });
});

describe('the exports', () => {
  test.each(['bibtex', 'ris', 'csl'] as const)(
    '%s parses back with the same title, authors, URL and language',
    (format) => {
      const text = citeAll(citeContext(info('ru'), 'results-4'))[format];
      const [item] = new Cite(text).data as Record<string, unknown>[];
      expect(item!.title).toBe(titles.ru);
      expect(item!.author).toEqual([
        { family: 'Аккожина', given: 'Н. О.' },
        { family: 'Даркенов', given: 'Қ. Ғ.' },
      ]);
      expect(item!.URL).toBe('https://example.org/edition/ru/#results-4');
      expect(item!.language).toBe('ru');
    },
  );
});

describe('the authors’ own passages', () => {
  test('are not cited as an editorial translation', () => {
    const all = citeAll(citeContext(info('ru'), 'abstract-1'));
    expect(all.gost).not.toContain('пер. с каз.');
    expect(all.apa).not.toMatch(/Редакционный перевод/);
    expect(citeAll(citeContext(info('ru'), 'results-4')).gost).toContain('пер. с каз.');
  });
});

describe('RIS', () => {
  test('keeps every field on one tagged line, long Kazakh titles unbroken', () => {
    const ris = citeAll(
      citeContext({
        ...info('en'),
        originalTitle:
          'Орталық Азиядағы терроризм мәселесі және Қазақстан Республикасының терроризммен күресу жолдары',
      }),
    ).ris;
    for (const line of ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    expect(ris).toContain(
      'OP  - Орталық Азиядағы терроризм мәселесі және Қазақстан Республикасының терроризммен күресу жолдары\n',
    );
  });
});

describe('publication fields', () => {
  test('a journal, volume, issue, pages, year and DOI, once known, appear in every format', () => {
    const all = citeAll(citeContext(info('ru', withJournal), 'results-4'));
    expect(all.gost).toContain('// Хабаршы. – 2024. – Т. 3, № 2. – С. 115–126.');
    expect(all.gost).toContain('DOI: 10.32523/2616-6887-2024-3-115');
    expect(all.apa).toContain('Хабаршы, 3(2), 115–126. https://doi.org/10.32523/2616-6887-2024-3-115');
    for (const format of ['bibtex', 'ris', 'csl'] as const) {
      for (const value of ['Хабаршы', '2024', '10.32523/2616-6887-2024-3-115'])
        expect(all[format], format).toContain(value);
    }
    const tags = Object.fromEntries(metaTags(info('ru', withJournal)));
    expect(tags).toMatchObject({
      citation_journal_title: 'Хабаршы',
      citation_volume: '3',
      citation_issue: '2',
      citation_doi: '10.32523/2616-6887-2024-3-115',
      citation_publication_date: '2024',
    });
  });
  test('unknown fields are left out everywhere, never blank or invented', () => {
    const all = citeAll(citeContext(info('ru'), 'results-4'));
    for (const format of FORMATS) {
      expect(all[format], format).not.toMatch(/undefined|null|NaN|\/\/ \.|Т\. ,|№ ,|\(\)|DOI: \./);
      expect(all[format], format).not.toMatch(/Хабаршы|doi\.org/);
    }
    const names = metaTags(info('ru')).map(([name]) => name);
    expect(names).not.toContain('citation_journal_title');
    expect(names).not.toContain('citation_doi');
    expect(JSON.stringify(jsonLd(info('ru')))).not.toMatch(/isPartOf|undefined/);
  });
  test('the JSON-LD ties a translation to its original, and the original to its translations', () => {
    expect(jsonLd(info('en')).translationOfWork).toEqual({ '@id': 'https://example.org/edition/kk/' });
    expect(jsonLd(info('kk')).workTranslation).toEqual([
      { '@id': 'https://example.org/edition/ru/' },
      { '@id': 'https://example.org/edition/en/' },
    ]);
  });
});

describe('the dialog’s access date', () => {
  test('replaces the stand-in date with the reader’s today in every format that has one', () => {
    const all = citeAll({ ...citeContext(info('kk'), 'results-4'), accessed: PLACEHOLDER_DATE });
    const today = new Date(2027, 0, 5);
    expect(withAccessDate(all.gost, 'gost', today)).toContain('қаралған күні: 05.01.2027');
    expect(withAccessDate(all.bibtex, 'bibtex', today)).toContain('urldate = {2027-01-05}');
    expect(withAccessDate(all.ris, 'ris', today)).toContain('Y2  - 2027/1/5/');
    expect(JSON.parse(withAccessDate(all.csl, 'csl', today))[0].accessed).toEqual({
      'date-parts': [[2027, 1, 5]],
    });
    for (const format of FORMATS) expect(withAccessDate(all[format], format, today)).not.toContain('1900');
  });
});
