/**
 * The edition's languages, in one place: routes, the language switcher, hreflang and
 * tests all read this list.
 */
export const locales = {
  kk: { label: 'Қазақша', lang: 'kk', dir: 'ltr', ogLocale: 'kk_KZ' },
  ru: { label: 'Русский', lang: 'ru', dir: 'ltr', ogLocale: 'ru_RU' },
  en: { label: 'English', lang: 'en', dir: 'ltr', ogLocale: 'en_GB' },
} as const;

/** A language code of the edition. */
export type Lang = keyof typeof locales;

/** The languages in display order; Kazakh, the original, first. */
export const langs = Object.keys(locales) as Lang[];

/** The language of the original; the others are editorial translations. */
export const originalLang: Lang = 'kk';

/** Whether a string is one of the edition's language codes. */
export function isLang(value: string): value is Lang {
  return Object.hasOwn(locales, value);
}
