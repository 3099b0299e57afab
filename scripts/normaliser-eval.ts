/**
 * The Kazakh normaliser on held-out forms from the article (not used to write it): how many it
 * reduces to their lemma exactly, how many it cuts too far or leaves too long.
 */
import { kazakhStem } from '../src/lib/search/kazakh-stem.ts';
const heldOut: [string, string][] = [
  ['қылмыстардан', 'қылмыс'],
  ['қауіптердің', 'қауіп'],
  ['қауіптерге', 'қауіп'],
  ['азаматтарының', 'азамат'],
  ['азаматтарды', 'азамат'],
  ['бағыттары', 'бағыт'],
  ['факторларға', 'фактор'],
  ['органдарының', 'орган'],
  ['заңдарының', 'заң'],
  ['жастардың', 'жастар'],
  ['топтардың', 'топ'],
  ['кітапшалардың', 'кітапша'],
  ['парақшалар', 'парақша'],
  ['мақсаттары', 'мақсат'],
  ['мақсатына', 'мақсат'],
  ['халифатын', 'халифат'],
  ['партиясының', 'партия'],
  ['облысында', 'облыс'],
  ['сотының', 'сот'],
  ['үкіметтерін', 'үкімет'],
  ['идеяларын', 'идея'],
  ['құрылымдарына', 'құрылым'],
  ['шекарасы', 'шекара'],
  ['технологиялардың', 'технология'],
  ['стратегияларына', 'стратегия'],
];

/** Exact, over-stripped (shorter than the lemma) and under-stripped counts on the held-out list. */
export function evaluateNormaliser() {
  let exact = 0;
  let over = 0;
  const misses: string[] = [];
  for (const [word, lemma] of heldOut) {
    const stem = kazakhStem(word);
    if (stem === lemma) exact++;
    else {
      if (lemma.startsWith(stem)) over++;
      misses.push(`${word} → ${stem} (${lemma})`);
    }
  }
  const n = heldOut.length;
  return {
    n,
    exact,
    overStripped: over,
    underStripped: n - exact - over,
    /** Share reduced to their lemma exactly. */
    exactRate: exact / n,
    /** Share not cut shorter than their lemma (what was once misnamed "precision"). */
    notOverStrippedRate: (n - over) / n,
    misses,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(evaluateNormaliser());
