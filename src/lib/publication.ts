/** How the publication's facts are shown: authors in the page's script, the known fields. */
import { localeRules, type Lang } from '../i18n/locales';
import type { Publication } from '../schemas';

/** The script a language writes personal names in. */
type Script = (typeof localeRules)[Lang]['script'];

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

/** The authors as a reference list writes them, family name first (`Аккожина Н.О.`). */
export function citationNames(pub: Publication, script: Script): string[] {
  return pub.authors.map((a) => `${a.family[script]} ${a.initials[script]}`);
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
