import { describe, expect, test } from 'vitest';
import { citationsByReference } from './article-file';
import { glossaryGroups, glossaryPlaces } from './glossary';
import type { Incident, Organisation } from '../schemas';

const org = (slug: string, kind: Organisation['kind'], kk: string, en: string) =>
  ({
    slug,
    kind,
    names: { kk: { name: kk, forms: [] }, ru: { name: kk, forms: [] }, en: { name: en, forms: [] } },
  }) as unknown as Organisation;

describe('the glossary', () => {
  const orgs = [
    org('b', 'militant-organisation', 'Әл-Азаим', 'Al-Azaim'),
    org('a', 'militant-organisation', 'Ақромия', 'Akromiya'),
    org('c', 'militant-organisation', '«Аль-Каида»', 'al-Qaeda'),
    org('d', 'state-body', 'ҰҚК', 'KNB'),
  ];
  test('groups by kind in the schema’s order and sorts each group in Kazakh collation', () => {
    const groups = glossaryGroups(orgs, 'kk');
    expect(groups.map((g) => g.kind)).toEqual(['militant-organisation', 'state-body']);
    // Kazakh order: Ақ… before Аль… (Қ precedes Л), both before Ә…; «» do not count.
    expect(groups[0]!.entries.map((o) => o.slug)).toEqual(['a', 'c', 'b']);
  });
  test('sorts English names case-insensitively', () => {
    expect(glossaryGroups(orgs, 'en')[0]!.entries.map((o) => o.slug)).toEqual(['a', 'b', 'c']);
  });
  test('joins each organisation to the blocks and the Table 1 rows that name it', () => {
    const named = {
      ...orgs[0]!,
      names: { ...orgs[0]!.names, en: { name: 'Al-Azaim', forms: ['Al-Azaim'] } },
    };
    const incidents = [
      { id: 'a-1999', event: { en: 'Al-Azaim attack' }, description: { en: '' } },
      { id: 'b-2000', event: { en: 'Other' }, description: { en: '' } },
    ] as unknown as Incident[];
    const places = glossaryPlaces([named, orgs[1]!], incidents, { b: ['results-4'] }, 'en');
    expect(places.get('b')).toEqual({ blocks: ['results-4'], incidents: [incidents[0]] });
    expect(places.get('a')).toEqual({ blocks: [], incidents: [] });
  });
  test('groups the places that cite a reference by its number, in order', () => {
    const c = (n: number, k: number) => ({ n, k, id: `cite-${n}-${k}`, block: 'results-1', sentence: '' });
    const byN = citationsByReference([c(2, 1), c(1, 1), c(2, 2)]);
    expect(byN.get(2)!.map((x) => x.id)).toEqual(['cite-2-1', 'cite-2-2']);
    expect(byN.get(3)).toBeUndefined();
  });
});
