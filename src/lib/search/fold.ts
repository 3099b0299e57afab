/**
 * Folding for search: what a reader types on a Russian or Latin keyboard, or without capitals,
 * still reaches the text. Words are compared folded; hyphens and spaces are both word breaks.
 */

/** Kazakh letters a Russian keyboard lacks, typed as their nearest Russian letter. */
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/**
 * A word lower-cased, with ё as е, Kazakh letters as Russian ones and the Latin c that looks
 * like Cyrillic с as с (the source writes паниcламизм with a Latin c).
 * @example fold('Қазақстан') // 'казакстан'
 */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[әғқңөұүһі]/g, (c) => KAZAKH_TO_RUSSIAN[c]!)
    .replace(/(?<=[а-я])c|c(?=[а-я])/g, 'с');
}

/** A word: a run of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** For each word of `text`, whether it starts with a capital (names keep theirs in a match). */
export function capitalsOf(text: string): boolean[] {
  return (text.match(WORD) ?? []).map((w) => /^\p{Lu}/u.test(w));
}

/**
 * The words of a text as they are written (lower-cased, not folded), split at hyphens too, so
 * «Хизб-ут-Тахрир» and «Хизб ут-Тахрир» are the same three words.
 */
export function words(text: string): string[] {
  return (text.toLowerCase().replaceAll('ё', 'е').match(WORD) ?? []).map((w) => w.normalize('NFC'));
}

/** A phrase folded with its spaces and hyphens taken out: «Аль Каида» and «аль-Каида» are one. */
export function compact(phrase: string): string {
  return words(phrase).map(fold).join('');
}
