/** The real translations, paragraph by paragraph, against the Kazakh original. */
import { describe, expect, test } from 'vitest';
import { markersIn, numbersIn } from '../../src/lib/alignment';
import { validateEdition } from '../../src/integrations/validate-edition';

const { outlines } = validateEdition(process.cwd());
const kk = outlines.kk!.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'item');

describe.each(['ru', 'en'] as const)('the %s translation', (lang) => {
  const theirs = new Map(outlines[lang]!.blocks.map((b) => [b.id, b]));
  test('has every paragraph and list item of the original, with the same id', () => {
    expect(kk.filter((b) => !theirs.has(b.id)).map((b) => b.id)).toEqual([]);
    expect(theirs.size).toBe(outlines.kk!.blocks.length);
  });
  test.each(kk.map((b) => [b.id, b] as const))(
    '%s has the same numbers, years and [n] markers',
    (id, block) => {
      const translated = theirs.get(id)!;
      expect(numbersIn(translated.text)).toEqual(numbersIn(block.text));
      expect(markersIn(translated.text)).toEqual(markersIn(block.text));
    },
  );
});
