/**
 * The glossary's headings are the edition's grouping, but each must follow what the article
 * says: an organisation is filed under "Terrorist and extremist organisations" only where the
 * Kazakh original calls it so or lists it as banned in Kazakhstan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadEditionData } from '../../src/build/edition-data';

const organisations = loadEditionData(process.cwd()).data.organisations!.value;
const bySlug = new Map(organisations.map((o) => [o.slug, o]));
/** The sentences of the Kazakh original. */
const sentences = readFileSync('content/article/kk.mdx', 'utf8').split(/(?<=[.!?])\s+/u);
const sentencesNaming = (stem: RegExp) => sentences.filter((s) => stem.test(s));

describe('the glossary files each organisation as the article describes it', () => {
  test('the Taliban: the article speaks of their regime and never calls them terrorist, so not under terrorist organisations', () => {
    const naming = sentencesNaming(/тәліп/iu);
    expect(naming.length).toBeGreaterThan(0);
    for (const s of naming) expect(s).not.toMatch(/террорис/iu);
    expect(naming.some((s) => /режим|билікке/u.test(s))).toBe(true);
    expect(bySlug.get('taliban')!.kind).not.toBe('militant-organisation');
    expect(bySlug.get('taliban')!.bannedInKazakhstan).toBe(false);
  });

  test('Hizb ut-Tahrir: the article calls it a terrorist organisation, so it stands under terrorist organisations', () => {
    expect(sentencesNaming(/Хизб-ут-Тахрир/u).some((s) => /террористік ұйымдардың/u.test(s))).toBe(true);
    expect(bySlug.get('hizb-ut-tahrir')!.kind).toBe('militant-organisation');
  });

  test('every organisation the article lists as banned in Kazakhstan stands under terrorist and extremist organisations', () => {
    const misfiled = organisations
      .filter((o) => o.bannedInKazakhstan && o.kind !== 'militant-organisation')
      .map((o) => o.slug);
    expect(misfiled).toEqual([]);
  });
});
