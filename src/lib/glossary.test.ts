import { describe, expect, test } from 'vitest';
import { glossaryGroups } from './glossary';
import type { Organisation } from '../schemas';

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
});
