import { describe, expect, test } from 'vitest';
import { articleInfo, publication, SITE, titles } from '../../../tests/support/citation-fixture';
import { cases, parts } from '../../../tests/support/cite-cases';
import type { Lang } from '../../i18n/locales';
import { PLACEHOLDER_DATE, withAccessDate } from './access-date';
import { citeContext } from './citations';
import { citedTexts, FORMATS } from './context';
import { citeAll } from './formats';
import { sentenceCase } from './title-case';

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
