/**
 * The edition's languages, in one place: routes, the language switcher, hreflang and
 * tests all read this list. `short` is the name where room is tight (a phone's header, a
 * paragraph's tools); it is the start of `label`, so the link's spoken name contains it.
 */
export const locales = {
  kk: { label: 'Қазақша', short: 'Қаз', lang: 'kk', dir: 'ltr', ogLocale: 'kk_KZ' },
  ru: { label: 'Русский', short: 'Рус', lang: 'ru', dir: 'ltr', ogLocale: 'ru_RU' },
  en: { label: 'English', short: 'Eng', lang: 'en', dir: 'ltr', ogLocale: 'en_GB' },
} as const;

/** A language code of the edition. */
export type Lang = keyof typeof locales;

/**
 * Each language's rules for names, citations and dates (kept apart from `locales`, which
 * the browser's search script reads, so they stay out of its bundle).
 * - `script`: the script personal names are written in (the authors sign in Cyrillic;
 *   an English page gives their Latin spelling).
 * - `citeStyles`: the citation styles in the order a reader of this language expects
 *   (GOST R 7.0.100 in Kazakhstan and Russia, APA in English).
 * - `dateLocale`: the locale GOST's DD.MM.YYYY access date is formatted in (English
 *   pages cite in GOST too, with Russian digits and order).
 */
export const localeRules = {
  kk: { script: 'cyrl', citeStyles: ['gost', 'apa'], dateLocale: 'kk' },
  ru: { script: 'cyrl', citeStyles: ['gost', 'apa'], dateLocale: 'ru' },
  en: { script: 'latn', citeStyles: ['apa', 'gost'], dateLocale: 'ru' },
} as const satisfies Record<Lang, unknown>;

/** The languages in display order; Kazakh, the original, first. */
export const langs = Object.keys(locales) as Lang[];

/** The language of the original; the others are editorial translations. */
export const originalLang: Lang = 'kk';

/** Whether a string is one of the edition's language codes. */
export function isLang(value: string): value is Lang {
  return Object.hasOwn(locales, value);
}
