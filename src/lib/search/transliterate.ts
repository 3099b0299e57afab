/**
 * Latin letters typed for Kazakh or Russian words, read as Cyrillic: the 2021 official Kazakh
 * Latin alphabet (ä, ğ, q, ñ, ö, ū, ü, ı, i, ş, ç), the informal ASCII spellings people type
 * (sh, ch, zh, kh, q/k, y for ы or й) and the common Russian transliterations (zh, kh, ts, ch,
 * sh, shch, yu, ya). Spellings are ambiguous, so a word becomes a pattern over the folded
 * Cyrillic of `fold.ts` that the text's own words are tested against, never a guessed word.
 */

/** Latin letters and letter groups, longest first, with the folded Cyrillic each may stand for. */
const UNITS: [string, string][] = [
  ['shch', 'щ|шч'],
  ['sch', 'щ|сч'],
  ['sh', 'ш|сх'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х|к'],
  ['gh', 'г'],
  ['ts', 'ц|тс'],
  ['yu', 'ю|йу|ыу'],
  ['ya', 'я|йа|ыа'],
  ['yo', 'е|йо'],
  ['ye', 'е|йе|ые'],
  ['ju', 'ю|жу|йу|джу'],
  ['ja', 'я|жа|йа|джа'],
  ['a', 'а|я'],
  ['ä', 'а'],
  ['b', 'б'],
  ['c', 'ц|к|с'],
  ['ç', 'ч'],
  ['d', 'д'],
  ['e', 'е|э'],
  ['f', 'ф'],
  ['g', 'г'],
  ['ğ', 'г'],
  ['h', 'х|'],
  ['ı', 'ы'],
  ['i', 'и|ы|й'],
  ['j', 'ж|й|дж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['ñ', 'н'],
  ['o', 'о'],
  ['ö', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['ş', 'ш'],
  ['t', 'т'],
  ['u', 'у|ю'],
  ['ū', 'у'],
  ['ü', 'у|ю'],
  ['v', 'в'],
  ['w', 'у|в'],
  ['x', 'кс|х'],
  ['y', 'ы|й|и|'],
  ['z', 'з'],
  ["'", ''],
  ['’', ''],
];

/** Whether a word is written in Latin letters (and so may be a transliterated Kazakh or Russian word). */
export function isLatin(word: string): boolean {
  return /^[\p{Script=Latin}'’]+$/u.test(word) && /\p{L}/u.test(word);
}

/** A compiled Latin spelling: the pattern, and quick bounds that rule most words out untested. */
interface LatinPattern {
  test: (word: string) => boolean;
}

/**
 * The pattern of folded Cyrillic words a Latin-letter word may stand for, or undefined when
 * the word has a letter no alphabet above uses.
 * @example latinPattern('Qazaqstan')!.test('казакстан') // true: Қазақстан folded
 */
export function latinPattern(word: string): LatinPattern | undefined {
  // Lower-casing İ gives i and a combining dot, which no unit knows.
  let rest = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/\u0307/g, '');
  let source = '';
  let min = 0;
  let max = 0;
  const first = new Set<string>();
  let leading = true;
  while (rest) {
    const unit = UNITS.find(([latin]) => rest.startsWith(latin));
    if (!unit) return undefined;
    const options = unit[1].split('|');
    source += `(?:${unit[1]})[ьъ]?`;
    min += Math.min(...options.map((o) => o.length));
    max += Math.max(...options.map((o) => o.length)) + 1;
    if (leading) for (const o of options) first.add(o[0] ?? '');
    // A unit that may stand for nothing leaves the next one to begin the word.
    leading &&= options.includes('');
    rest = rest.slice(unit[0].length);
  }
  const pattern = new RegExp(`^${source}$`, 'u');
  return {
    test: (w) => w.length >= min && w.length <= max && (leading || first.has(w[0]!)) && pattern.test(w),
  };
}
