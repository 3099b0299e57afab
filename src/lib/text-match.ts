/**
 * Matching words by how they start, as the glossary does: a form matches any word that
 * begins with it, so `Хизб-ут-Тахрир` also finds `Хизб-ут-Тахрирдің` (Kazakh and Russian
 * inflect by adding endings).
 */

/** Not preceded by a letter or digit: where a word may start. */
const WORD_START = '(?<![\\p{L}\\p{N}])';

/**
 * A text with every regular-expression metacharacter escaped, for building a pattern.
 * @example escapeRegExp('ИГИЛ (ИГ)') // 'ИГИЛ \\(ИГ\\)'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` has a word that starts with `form`. */
export function hasWordStarting(text: string, form: string): boolean {
  return new RegExp(`${WORD_START}${escapeRegExp(form)}`, 'u').test(text);
}

/** A glossary form of one language and the organisation it names. */
interface Form {
  form: string;
  slug: string;
}

/**
 * One regular expression for all forms of one language, longest first so that
 * `Шығыс Түркістан Ислам партиясы` wins over a shorter form inside it; it matches the
 * whole word. Undefined when there are no forms.
 */
export function formMatcher(forms: Form[]): RegExp | undefined {
  if (forms.length === 0) return undefined;
  const sorted = [...forms].sort((a, b) => b.form.length - a.form.length);
  return new RegExp(
    `${WORD_START}(?:${sorted.map((f) => escapeRegExp(f.form)).join('|')})[\\p{L}\\p{N}]*`,
    'gu',
  );
}

/** The organisation a matched word names: the one with the longest form the word starts with. */
export function slugOfWord(forms: Form[], word: string): string | undefined {
  return forms.filter((f) => word.startsWith(f.form)).sort((a, b) => b.form.length - a.form.length)[0]?.slug;
}
