import { describe, expect, test } from 'vitest';
import { searchTerms, termOf } from './terms';

const terms = searchTerms(
  [
    {
      slug: 'al-qaeda',
      kind: 'militant-organisation',
      bannedInKazakhstan: true,
      names: {
        kk: { name: 'Әл-Қаида', forms: ['Әл-Қаида'] },
        ru: { name: 'Аль-Каида', forms: ['Аль-Каида'] },
        en: { name: 'Al-Qaeda', forms: ['al-Qaeda'] },
      },
      aliases: ['Al-Qaida'],
      summary: { kk: '…', ru: '…', en: '…' },
    },
  ],
  [
    {
      slug: 'aktobe',
      kind: 'place',
      forms: { kk: ['Ақтөбе'], ru: ['Актобе'], en: ['Aktobe'] },
      aliases: ['Aqtöbe'],
    },
  ],
);

describe('the names search knows', () => {
  test('a name in any language, script or spelling leads to its forms in every language', () => {
    for (const q of ['Aktobe', 'Актобе', 'ақтөбе', 'Aqtöbe', 'АКТОБЕ'])
      expect(termOf(q, terms)?.forms).toEqual({ kk: ['Ақтөбе'], ru: ['Актобе'], en: ['Aktobe'] });
  });

  test('hyphens, spaces and quotes do not count', () => {
    for (const q of ['Аль Каида', 'альКаида', '«Аль-Каида»', 'al qaeda', 'Ал-Каида'.replace('Ал', 'Аль')])
      expect(termOf(q, terms)?.slug).toBe('al-qaeda');
  });

  test('a glossary organisation keeps its names for the "in the glossary" line; a term has none', () => {
    expect(termOf('Al-Qaida', terms)?.names?.en).toBe('Al-Qaeda');
    expect(termOf('Aktobe', terms)?.names).toBeUndefined();
  });

  test('a part of a name or a single letter names nothing', () => {
    expect(termOf('Ақ', terms)).toBeUndefined();
    expect(termOf('а', terms)).toBeUndefined();
    expect(termOf('Каида', terms)).toBeUndefined();
  });
});
