import { expect, test } from '../support/test';
import { landsOn, placeOf, results, search } from '../support/search';
import { langs } from '../support/site';

for (const query of ['SCO', 'ШОС', 'ШЫҰ', 'Шанхай Ынтымақтастық Ұйымы']) {
  test(`"${query}" reaches the SCO's glossary entry and the passages naming it, in every language`, async ({
    page,
  }) => {
    const groups = await search(page, 'kk', query, true);
    await expect(page.locator('.search-term a')).toHaveAttribute(
      'href',
      /organisations\/#shanghai-cooperation-organisation$/,
    );
    for (const lang of langs) {
      expect(landsOn(groups[lang], ['shanghai-cooperation-organisation']), `${lang} glossary`).toBe(true);
      expect(landsOn(groups[lang], ['results-13', 'conclusion-1', 'abstract-1']), `${lang} passage`).toBe(
        true,
      );
    }
  });
}

for (const query of ['IMU', 'ИДУ', 'ӨИҚ']) {
  test(`"${query}" reaches the Islamic Movement of Uzbekistan in every language`, async ({ page }) => {
    const groups = await search(page, 'en', query, true);
    await expect(page.locator('.search-term a')).toHaveAttribute('href', /#islamic-movement-of-uzbekistan$/);
    for (const lang of langs) {
      expect(
        landsOn(groups[lang], [
          'islamic-movement-of-uzbekistan',
          'results-1',
          'results-2',
          'incident-1999-tashkent-bombings',
        ]),
        lang,
      ).toBe(true);
    }
  });
}

const journeys: [string, string, string, Record<string, string[]>][] = [
  ['en', 'Tokayev', 'names Тоқаев and Токаев', { kk: ['results-5'], ru: ['results-5'], en: ['results-5'] }],
  ['ru', 'Aktobe', 'finds Ақтөбе and Актобе', { kk: ['results-5'], ru: ['results-5'], en: ['results-5'] }],
  ['kk', 'Andijan', 'finds Әндіжан and Андижан', { kk: ['results-1'], ru: ['results-1'], en: ['results-1'] }],
  ['en', 'Тоқаев', 'typed in Kazakh finds the English passage', { en: ['results-5'] }],
];
for (const [lang, query, what, want] of journeys) {
  test(`"${query}" from /${lang}/ with all three languages ${what} in every group`, async ({ page }) => {
    const groups = await search(page, lang, query, true);
    for (const [l, ids] of Object.entries(want))
      expect(landsOn(groups[l], ids), `${l}: ${groups[l]}`).toBe(true);
  });
}

test('Latin-script Kazakh finds Kazakh passages', async ({ page }) => {
  await search(page, 'kk', 'Qazaqstan');
  await expect(page.locator('.search-group h2')).toHaveText(/^Қазақша \((\d\d+)\)$/);
  await expect(page.locator('.search-results mark').first()).toHaveText(/^Қазақстан/);
  const inflected = await search(page, 'kk', 'Aqtöbede');
  expect(landsOn(inflected.kk, ['results-5'])).toBe(true);
});

test('a passage found in another language is shown as the aligned passage, not as a match', async ({
  page,
}) => {
  await search(page, 'en', 'ұйымдар', true);
  const [en, kk] = await results(page);
  expect(kk!.items.every((i) => !i.aligned)).toBe(true);
  expect(en!.items.length).toBeGreaterThan(0);
  expect(en!.items.every((i) => i.aligned)).toBe(true);
  await expect(page.locator('.search-group').first().locator('.aligned').first()).toContainText('Қазақша');
});

const forms: [string, string, string[]][] = [
  ['мәселелер', 'мәселесі', ['abstract-1', 'results-2']],
  ['ұйымдардың', 'ұйым', ['results-1', 'results-13']],
  ['терроризммен', 'терроризм', ['introduction-1', 'abstract-1', 'results-3']],
];
for (const [query, other, ids] of forms) {
  test(`the Kazakh form "${query}" finds passages that use "${other}"`, async ({ page }) => {
    const groups = await search(page, 'kk', query);
    expect(landsOn(groups.kk, ids), JSON.stringify(groups.kk)).toBe(true);
    const marks = await page.locator('.search-results mark').allTextContents();
    expect(marks.some((m) => m.toLowerCase().startsWith(other) && m.toLowerCase() !== query)).toBe(true);
  });
}

test('"казакстан", typed without Kazakh letters, finds Қазақстан; the exact spelling ranks first', async ({
  page,
}) => {
  const folded = await search(page, 'kk', 'казакстан');
  expect(folded.kk!.length).toBeGreaterThan(0);
  await expect(page.locator('.search-results mark').first()).toHaveText(/^Қазақстан/);
  const exact = await search(page, 'kk', 'Қазақстан');
  expect(placeOf(exact.kk![0]!)).toBe(placeOf(folded.kk![0]!));
});
