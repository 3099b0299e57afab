import { describe, expect, test } from 'vitest';
import { articleInfo, publication, SITE } from '../../../tests/support/citation-fixture';
import { cases, parts } from '../../../tests/support/cite-cases';
import { BABEL, READ_AUTHORS, readBibtex, readCsl, readRis } from '../../../tests/support/read-back';
import { langs, type Lang } from '../../i18n/locales';
import type { Publication } from '../../schemas';
import { citeContext, pageCitations } from './citations';
import { type CitedText, FORMATS } from './context';
import { citeAll } from './formats';
import { jsonLd, metaTags } from './metadata';
import { sentenceCase } from './title-case';

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

describe('read back by independent readers', () => {
  const expected = (lang: Lang, cited: CitedText, part?: string) => {
    const ctx = citeContext(articleInfo(lang), cited, part);
    return { ctx, title: ctx.title.text, authors: READ_AUTHORS[lang], lang: ctx.textLang, url: ctx.url };
  };
  const { version } = publication.edition;
  describe.each(cases)('the %s page citing %s', (lang, cited) => {
    test.each(parts)('%s', (_what, part) => {
      const e = expected(lang, cited, part);
      const all = citeAll({ ...e.ctx, accessed: new Date('2026-12-01') });
      const translators = e.ctx.translators ? [e.ctx.translators] : undefined;
      expect(readBibtex(all.bibtex)).toEqual({
        title: e.title,
        authors: e.authors,
        language: BABEL[e.lang],
        version,
        url: e.url,
        ...(translators ? { translators } : {}),
      });
      // Zotero imports English titles in sentence case: the braces keep the proper nouns.
      expect(readBibtex(all.bibtex, true).title).toBe(sentenceCase(e.ctx.title, e.lang));
      expect(readRis(all.ris)).toEqual({
        title: e.title,
        authors: e.authors,
        language: e.lang,
        version,
        url: e.url,
      });
      expect(readCsl(all.csl)).toEqual({
        title: e.title,
        authors: e.authors,
        language: e.lang,
        version,
        url: e.url,
        ...(translators ? { translators } : {}),
      });
    });
  });
});

describe('ids', () => {
  test.each(langs)('every citation of the %s page has its own RIS and BibTeX id, uncut', (lang) => {
    const info = {
      ...articleInfo(lang),
      blocks: [
        ...articleInfo(lang).blocks,
        { id: 'results-10', kind: 'paragraph' as const, text: '', html: '' },
        { id: 'results-11', kind: 'paragraph' as const, text: '', html: '' },
      ],
    };
    const all = Object.values(pageCitations(info)).flatMap((byId) => Object.values(byId));
    const ris = all.map((c) => /^ID {2}- (.+)$/m.exec(c.text.ris)![1]);
    const bib = all.map((c) => /^@online\{(.+),$/m.exec(c.text.bibtex)![1]);
    expect(new Set(ris).size).toBe(all.length);
    expect(new Set(bib).size).toBe(all.length);
    expect(ris).toContain(`akkozhina-darkenov-${lang}-results-11`);
  });
});

describe('the authors’ own passages', () => {
  test('are not cited as an editorial translation', () => {
    const own = citeAll(citeContext(articleInfo('ru'), 'page', 'keywords-1'));
    expect(own.gost).not.toContain('перевод с казахского');
    expect(own.bibtex).not.toMatch(/translator|origtitle/);
    expect(citeAll(citeContext(articleInfo('ru'), 'page', 'results-5')).gost).toContain(
      'перевод с казахского',
    );
  });
});

describe('publication fields', () => {
  test('a journal, volume, issue, pages, year and DOI, once known, appear in every format', () => {
    const all = citeAll(citeContext(articleInfo('ru', withJournal), 'page', 'results-5'));
    expect(all.gost).toContain(
      'Впервые опубликовано: Хабаршы. – 2024. – Т. 3, № 2. – С. 115–126. – DOI: 10.32523/2616-6887-2024-3-115.',
    );
    expect(all.apa).toContain('(Оригинальная работа опубликована: 2024)');
    expect(all.apaInText).toContain('2024/2026');
    for (const format of ['bibtex', 'ris', 'csl'] as const) {
      for (const value of ['Хабаршы', '2024', '10.32523/2616-6887-2024-3-115'])
        expect(all[format], format).toContain(value);
    }
    const tags = Object.fromEntries(metaTags(articleInfo('ru', withJournal)));
    expect(tags).toMatchObject({
      citation_journal_title: 'Хабаршы',
      citation_volume: '3',
      citation_issue: '2',
      citation_doi: '10.32523/2616-6887-2024-3-115',
      citation_publication_date: '2024',
    });
  });
  test('unknown fields are left out everywhere, never blank or invented', () => {
    for (const [lang, cited] of cases) {
      const all = citeAll(citeContext(articleInfo(lang), cited, 'results-5'));
      for (const format of FORMATS) {
        expect(all[format], format).not.toMatch(
          /undefined|null|NaN|\/\/ \.|Т\. ,|№ ,|\(\)|DOI: \.|= \{\}|^(?!ER)[A-Z][A-Z0-9] {2}- $/m,
        );
        expect(all[format], format).not.toMatch(/Хабаршы|doi\.org/);
      }
    }
    const names = metaTags(articleInfo('ru')).map(([name]) => name);
    expect(names).not.toContain('citation_journal_title');
    expect(names).not.toContain('citation_publication_date');
    expect(JSON.stringify(jsonLd(articleInfo('ru')))).not.toMatch(/isPartOf|undefined|datePublished/);
  });
  test('the JSON-LD ties a translation to its original, names the translators and the version', () => {
    expect(jsonLd(articleInfo('en'))).toMatchObject({
      translationOfWork: { '@id': `${SITE}kk/` },
      translator: { name: { '@value': 'Editors of the trilingual web edition', '@language': 'en' } },
      version: '1.1',
    });
    expect(jsonLd(articleInfo('kk')).workTranslation).toEqual([
      { '@id': `${SITE}ru/` },
      { '@id': `${SITE}en/` },
    ]);
  });
});
