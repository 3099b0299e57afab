/**
 * Folding for search: what a reader types on a Russian or Latin keyboard, or without capitals,
 * still reaches the text. Exact matches are searched first; folded ones widen the search.
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

/** The distinct words of a text, lower-cased: the vocabulary a folded query is mapped onto. */
export function vocabulary(texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts)
    for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) words.add(w);
  return [...words].sort();
}
