import { describe, expect, test } from 'vitest';
import { articleInfo, publication, SITE, titles } from '../../../tests/support/citation-fixture';
import { readBibtex, readCsl, readRis } from '../../../tests/support/read-back';
import type { Lang } from '../../i18n/locales';
import type { Publication } from '../../schemas';
import { PLACEHOLDER_DATE, withAccessDate } from './access-date';
import { citeContext, pageCitations } from './citations';
import { citedTexts, type CitedText, FORMATS } from './context';
import { citeAll } from './formats';
import { jsonLd, metaTags } from './metadata';
import { sentenceCase } from './title-case';

const langs = ['kk', 'ru', 'en'] as const;
const parts = [
  ['the article', undefined],
  ['a section', 'results'],
  ['a paragraph', 'results-5'],
] as const;
const cases = langs.flatMap((lang) => citedTexts(lang).map((cited) => [lang, cited] as const));
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

// Every string, exactly; the snapshot is read and updated deliberately, string by string.
describe.each(cases)('the %s page citing %s', (lang, cited) => {
  test.each(parts)('%s, in every format, exactly', (_what, part) => {
    expect(citeAll(citeContext(articleInfo(lang), cited, part))).toMatchSnapshot();
  });
});

describe('the strings a researcher pastes', () => {
  test('GOST R 7.0.100-2018 in Russian: heading, responsibility, translators, «– Текст : электронный»', () => {
    expect(citeAll(citeContext(articleInfo('ru'), 'page', 'results-5')).gost).toBe(
      `Аккожина, Н. О. ${titles.ru} = ${titles.kk} / Н. О. Аккожина, К. Г. Даркенов ; перевод с казахского: ` +
        'Редакция трёхъязычного веб-издания // Проблема терроризма в Центральной Азии : трёхъязычное ' +
        'веб-издание научной статьи : [сайт]. – Версия 1.1. – 2026. – Результаты и обсуждение, абз. 5. – ' +
        `URL: ${SITE}ru/#results-5 (дата обращения: ДД.ММ.ГГГГ). – Текст : электронный.`,
    );
  });
  test('APA 7 in English: sentence case, the translators, the version, n.d. for the original', () => {
    const all = citeAll(citeContext(articleInfo('en'), 'page', 'results-5'));
    expect(all.apa).toBe(
      'Akkozhina, N. O., & Darkenov, K. G. (2026). The problem of terrorism in Central Asia and ways to ' +
        'combat terrorism in the Republic of Kazakhstan (Editors of the trilingual web edition, Trans.; ' +
        'Version 1.1). The Problem of Terrorism in Central Asia: a trilingual web edition of a research ' +
        `article. ${SITE}en/ (Original work published n.d.)`,
    );
    expect(all.apaInText).toBe('(Akkozhina & Darkenov, n.d./2026, Results and Discussion section, para. 5)');
  });
  test('the Kazakh original cited from the English page: its title, the English one in brackets, its URL', () => {
    const all = citeAll(citeContext(articleInfo('en'), 'original', 'results-5'));
    expect(all.apa).toContain(
      `(2026). ${titles.kk} [The problem of terrorism in Central Asia and ways to combat terrorism in the Republic of Kazakhstan] (Version 1.1).`,
    );
    expect(all.gost).toContain(
      `Akkozhina, N. O. ${titles.kk} [${titles.en}] / N. O. Akkozhina, K. G. Darkenov //`,
    );
    expect(all.gost).not.toContain('translated');
    for (const format of FORMATS) expect(all[format], format).toContain(`${SITE}kk/`);
  });
  test('Russian citations give the names in Russian letters, Kazakh ones in the authors’ own', () => {
    for (const cited of citedTexts('ru')) {
      const all = citeAll(citeContext(articleInfo('ru'), cited));
      for (const format of FORMATS) expect(all[format], format).not.toMatch(/Қ\.|Ғ\./);
    }
    expect(citeAll(citeContext(articleInfo('kk'), 'page')).gost).toContain('Қ. Ғ. Даркенов');
  });
  test('sentence case keeps the proper nouns in every language', () => {
    const title = (lang: Lang) => articleInfo(lang).title;
    expect(sentenceCase(title('en'), 'en')).toBe(
      'The problem of terrorism in Central Asia and ways to combat terrorism in the Republic of Kazakhstan',
    );
    expect(sentenceCase(title('ru'), 'ru')).toBe(titles.ru);
    expect(sentenceCase(title('kk'), 'kk')).toBe(titles.kk);
  });
});

describe('honest dates', () => {
  test.each(cases)('no %s citation (%s) gives the edition’s year as the authors’ own', (lang, cited) => {
    const all = citeAll(citeContext(articleInfo(lang), cited, 'results-5'));
    expect(all.apaInText).toMatch(/, (n\.d\.|б\. г\.|жылсыз)\/2026,/);
    expect(all.apa).toMatch(
      /\((Original work published n\.d\.|Оригинальная работа опубликована: б\. г\.|Түпнұсқасы жарияланған жылы: жылсыз)\)$/,
    );
    expect(all.bibtex).toMatch(
      /addendum = \{(Original publication date unknown|Дата первоначальной публикации неизвестна|Түпнұсқаның жарияланған күні белгісіз)\}/,
    );
    expect(all.bibtex).not.toMatch(/origdate|date = /);
    expect(JSON.parse(all.csl)[0]).not.toHaveProperty('original-date');
  });
  test.each(cases)('the %s page’s static %s citations invent no access date', (lang, cited) => {
    const all = citeAll(citeContext(articleInfo(lang), cited));
    expect(all.gost).toMatch(/: (ДД\.ММ\.ГГГГ|КК\.АА\.ЖЖЖЖ|DD\.MM\.YYYY)\)/);
    expect(all.bibtex).not.toContain('urldate');
    expect(all.ris).not.toContain('Y2  -');
    expect(JSON.parse(all.csl)[0]).not.toHaveProperty('accessed');
  });
  test('the dialog replaces the stand-in access date with the reader’s today in every format that has one', () => {
    const all = citeAll(citeContext(articleInfo('kk', publication, PLACEHOLDER_DATE), 'page', 'results-5'));
    const today = new Date(2027, 0, 5);
    expect(withAccessDate(all.gost, 'gost', today)).toContain('(қаралған күні: 05.01.2027)');
    expect(withAccessDate(all.bibtex, 'bibtex', today)).toContain('urldate = {2027-01-05}');
    expect(withAccessDate(all.ris, 'ris', today)).toContain('Y2  - 2027/01/05/');
    expect(JSON.parse(withAccessDate(all.csl, 'csl', today))[0].accessed).toEqual({
      'date-parts': [[2027, 1, 5]],
    });
    for (const format of FORMATS) expect(withAccessDate(all[format], format, today)).not.toContain('1900');
  });
});

describe('read back by independent readers', () => {
  const expected = (lang: Lang, cited: CitedText, part?: string) => {
    const ctx = citeContext(articleInfo(lang), cited, part);
    const names = {
      kk: ['Аккожина, Н. О.', 'Даркенов, Қ. Ғ.'],
      ru: ['Аккожина, Н. О.', 'Даркенов, К. Г.'],
      en: ['Akkozhina, N. O.', 'Darkenov, K. G.'],
    };
    return { ctx, title: ctx.title.text, authors: names[lang], lang: ctx.textLang, url: ctx.url };
  };
  const babel = { kk: 'kazakh', ru: 'russian', en: 'english' };
  describe.each(cases)('the %s page citing %s', (lang, cited) => {
    test.each(parts)('%s', (_what, part) => {
      const e = expected(lang, cited, part);
      const all = citeAll({ ...e.ctx, accessed: new Date('2026-12-01') });
      const translators = e.ctx.translators ? [e.ctx.translators] : undefined;
      expect(readBibtex(all.bibtex)).toEqual({
        title: e.title,
        authors: e.authors,
        language: babel[e.lang],
        version: '1.1',
        url: e.url,
        ...(translators ? { translators } : {}),
      });
      // Zotero imports English titles in sentence case: the braces keep the proper nouns.
      expect(readBibtex(all.bibtex, true).title).toBe(sentenceCase(e.ctx.title, e.lang));
      expect(readRis(all.ris)).toEqual({
        title: e.title,
        authors: e.authors,
        language: e.lang,
        version: '1.1',
        url: e.url,
      });
      expect(readCsl(all.csl)).toEqual({
        title: e.title,
        authors: e.authors,
        language: e.lang,
        version: '1.1',
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
