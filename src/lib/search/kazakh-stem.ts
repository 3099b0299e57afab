/**
 * A small Kazakh suffix stripper for search. Kazakh adds suffixes in a fixed order: stem +
 * plural + possessive + case (ұйым·дар·ы·ның). Taking them off from the end, in that order, and
 * only where the suffix agrees with the stem's vowel harmony (back а о ұ ы, front ә е ө ү і),
 * leaves a stem; the search then matches the words of the text that have the same stem. A stem is
 * never cut below four letters, so short words do not turn into noise.
 */

type Harmony = 'back' | 'front' | 'any';

const BACK = /[аоұы]/;
const FRONT = /[әеөүі]/;
const MIN_STEM = 4;

/** The harmony of the last vowel of a stem; и, у, э, ю, я and no vowel fit either. */
function harmonyOf(stem: string): Harmony {
  for (let i = stem.length - 1; i >= 0; i--) {
    const c = stem[i]!;
    if (BACK.test(c)) return 'back';
    if (FRONT.test(c)) return 'front';
    if ('иуэюяё'.includes(c)) return 'any';
  }
  return 'any';
}

/** Back and front variants of each suffix; a suffix with no vowel harmony is in both. */
const pair = (back: string[], front: string[], any: string[] = []) => [
  ...back.map((s) => ({ s, h: 'back' as Harmony })),
  ...front.map((s) => ({ s, h: 'front' as Harmony })),
  ...any.map((s) => ({ s, h: 'any' as Harmony })),
];

/** The suffix layers, outermost first: case, then possessive, then plural. */
const LAYERS = [
  // Case: genitive, ablative, locative, dative, accusative, instrumental; and the locative adjective -дағы.
  pair(
    [
      'ның',
      'дың',
      'тың',
      'нан',
      'дан',
      'тан',
      'нда',
      'да',
      'та',
      'ға',
      'қа',
      'на',
      'ны',
      'ды',
      'ты',
      'дағы',
      'тағы',
      'ндағы',
      'ымен',
    ],
    [
      'нің',
      'дің',
      'тің',
      'нен',
      'ден',
      'тен',
      'нде',
      'де',
      'те',
      'ге',
      'ке',
      'не',
      'ні',
      'ді',
      'ті',
      'дегі',
      'тегі',
      'ндегі',
      'імен',
    ],
    ['мен', 'бен', 'пен'],
  ),
  // Possessive: 3rd person (after a vowel сы/сі, after a consonant ы/і), with its -н before a case.
  pair(['сы', 'ын', 'сын', 'ы', 'ымыз', 'ыңыз'], ['сі', 'ін', 'сін', 'і', 'іміз', 'іңіз']),
  // Plural.
  pair(['лар', 'дар', 'тар'], ['лер', 'дер', 'тер']),
].map((layer) => layer.sort((a, b) => b.s.length - a.s.length));

/** Country names end in -стан, which is not the ablative -тан (Ауғанстан, Қазақстан). */
const PROTECTED_ENDINGS = /стан$/;

/** Postpositions and adverbs that end like an inflected word but are not one. */
const UNINFLECTED = new Set([
  'арқылы',
  'ретінде',
  'сияқты',
  'туралы',
  'қарсы',
  'бойынша',
  'кейін',
  'бірақ',
  'алайда',
  'сонда',
  'мұнда',
  'осында',
  'сонымен',
  'бойы',
  'дейін',
  'қатар',
  'қатты',
  'әрі',
]);

const VOWEL = /[аәеиоөуұүыіэюяё]$/;
const VOICELESS = /[кқпстфхцчшщ]$/;

/**
 * Whether a suffix can follow this stem's last sound: Kazakh suffixes change their first
 * consonant with it (-ты after a voiceless consonant, -ды after a voiced one, -ны after a
 * vowel), so -ті after a vowel is not the accusative (мемлекеті is мемлекет + -і).
 */
function fitsSound(rest: string, suffix: string): boolean {
  const vowel = VOWEL.test(rest);
  const voiceless = VOICELESS.test(rest);
  // -на, -нда, -ндағы, -ымен follow only the 3rd-person possessive (ортасы·нда).
  if (/^(на|не|нда|нде|ндағы|ндегі)$/.test(suffix) || /^[ыі]мен$/.test(suffix)) return /[ыі]$/.test(rest);
  switch (suffix[0]) {
    case 'т':
    case 'қ':
    case 'к':
      return voiceless;
    case 'д':
    case 'ғ':
    case 'г':
      return !voiceless;
    case 'н':
      return vowel || /[мнң]$/.test(rest);
    case 'с':
      return vowel;
    case 'ы':
    case 'і':
      // Final у is written for [w] or [uw], which take the consonant forms (радикалдану·ы).
      return !vowel || rest.endsWith('у');
    case 'л':
      return vowel || /[рйу]$/.test(rest);
    default:
      return true;
  }
}

/**
 * The search stem of a Kazakh word: lower-cased, with its inflectional suffixes removed.
 * @example kazakhStem('ұйымдардың') // 'ұйым'
 * @example kazakhStem('мәселелер') // 'мәселе'
 */
export function kazakhStem(word: string): string {
  let stem = word.toLowerCase().replaceAll('ё', 'е');
  if (UNINFLECTED.has(stem)) return stem;
  for (const layer of LAYERS) {
    if (PROTECTED_ENDINGS.test(stem)) break;
    const match = layer.find(({ s, h }) => {
      if (!stem.endsWith(s) || stem.length - s.length < MIN_STEM) return false;
      const rest = stem.slice(0, -s.length);
      const harmony = harmonyOf(rest);
      return (h === 'any' || harmony === 'any' || harmony === h) && fitsSound(rest, s);
    });
    if (match) stem = stem.slice(0, -match.s.length);
  }
  return stem;
}
