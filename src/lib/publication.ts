/** How the publication's facts are shown: authors in the page's script, the known fields. */
import { localeRules, type Lang } from '../i18n/locales';
import type { Publication } from '../schemas';

/** The script a language writes personal names in. */
type Script = (typeof localeRules)[Lang]['script'];

/** A date as `YYYY-MM-DD` (UTC, as the data files give it). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date of the edition as the page's language writes it in full («28 қараша 2026 ж.»). */
export function longDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Kazakh and Russian pages name the authors in Cyrillic, as they sign; English in Latin. */
export function scriptOf(lang: Lang): Script {
  return localeRules[lang].script;
}

/**
 * The authors as a byline writes them, initials first (`Н.О. Аккожина`).
 * @example bylineNames(pub, 'latn') // [{ name: 'N.O. Akkozhina', corresponding: true }, …]
 */
export function bylineNames(pub: Publication, script: Script) {
  return pub.authors.map((a) => ({
    name: `${a.initials[script]} ${a.family[script]}`,
    corresponding: a.corresponding,
  }));
}

/** A country's name in a language, from its ISO code, as CLDR gives it. */
export function countryName(code: string, lang: Lang): string {
  // CLDR's Russian "Киргизия" is not what Kyrgyzstan's and Kazakhstan's Russian-language
  // press and official usage write; "Кыргызстан" is.
  if (lang === 'ru' && code === 'KG') return 'Кыргызстан';
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

/** A year or a range of years, as the table prints it (`1992–1997`). */
export function yearLabel(incident: { year: number; yearEnd?: number }): string {
  return incident.yearEnd ? `${incident.year}–${incident.yearEnd}` : String(incident.year);
}

/**
 * An author's name as a citation in `lang` writes it: Latin on English pages, the Russian form
 * on Russian ones (К. Г., not Қ. Ғ.), the authors' Kazakh on Kazakh ones; initials spaced.
 * @example citedName(pub.authors[1], 'ru') // { family: 'Даркенов', initials: 'К. Г.' }
 */
export function citedName(author: Publication['authors'][number], lang: Lang) {
  // A form of the citation's own language if the data gives one (`ru`), else its script's.
  const pick = (form: Record<Script, string> & Partial<Record<Lang, string>>) =>
    form[lang] ?? form[scriptOf(lang)];
  return { family: pick(author.family), initials: pick(author.initials).replace(/\.(?=\S)/g, '. ') };
}
