import { langs } from '../../src/i18n/locales';
import { citedTexts } from '../../src/lib/cite/context';

/** The cases both citation test files walk: each page, each text it cites, each part. */
export const parts = [
  ['the article', undefined],
  ['a section', 'results'],
  ['a paragraph', 'results-5'],
] as const;
export const cases = langs.flatMap((lang) => citedTexts(lang).map((cited) => [lang, cited] as const));
