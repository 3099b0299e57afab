import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Runs a search from the search page and returns each language group's result links. */
async function search(page: Page, lang: string, query: string, all = false) {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}${all ? '&langs=all' : ''}`);
  await expect(page.locator('#search-status')).toHaveText(/: \d+/);
  return page
    .locator('.search-group')
    .evaluateAll((groups) =>
      Object.fromEntries(
        groups.map((g) => [
          g.getAttribute('lang') ?? document.documentElement.lang,
          [...g.querySelectorAll('li > a')].map((a) => a.getAttribute('href')!),
        ]),
      ),
    );
}

const landsOn = (hrefs: string[] | undefined, ids: string[]) =>
  (hrefs ?? []).some((h) => ids.some((id) => h.endsWith(`#${id}`)));

for (const query of ['SCO', 'ШОС', 'ШЫҰ', 'Шанхай Ынтымақтастық Ұйымы']) {
  test(`"${query}" reaches the SCO's glossary entry and the passages naming it, in every language`, async ({
    page,
  }) => {
    const groups = await search(page, 'kk', query, true);
    await expect(page.locator('.search-term a')).toHaveAttribute(
      'href',
      /organisations\/#shanghai-cooperation-organisation$/,
    );
    for (const lang of ['kk', 'ru', 'en']) {
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
    for (const lang of ['kk', 'ru', 'en']) {
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

/** Every result's link and excerpt, per language group, as the reader sees them. */
async function results(page: Page) {
  return page.locator('.search-group').evaluateAll((groups) =>
    groups.map((g) => ({
      lang: g.getAttribute('lang') ?? document.documentElement.lang,
      items: [...g.querySelectorAll('.search-results li')].map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        label: li.querySelector('a')!.textContent!,
        excerpt: li.querySelector('.excerpt')!.textContent!,
        aligned: li.classList.contains('aligned'),
      })),
    })),
  );
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

for (const [lang, query] of [
  ['kk', 'ұйымдар'],
  ['ru', 'Хизб ут-Тахрир'],
  ['ru', 'ИГИЛ'],
  ['en', 'Kazakhstan'],
]) {
  test(`"${query}" on /${lang}/ lists each place and each excerpt once`, async ({ page }) => {
    await search(page, lang, query, true);
    await page
      .locator('.search-more:visible')
      .first()
      .click({ timeout: 2000 })
      .catch(() => {});
    for (const group of await results(page)) {
      const places = group.items.map((i) => i.href.replace(/\?[^#]*/, ''));
      expect(new Set(places).size, group.lang).toBe(places.length);
      expect(new Set(group.items.map((i) => i.excerpt)).size, group.lang).toBe(places.length);
    }
  });
}

for (const [lang, query] of [
  ['kk', 'aaaaaaaaaa'],
  ['kk', 'ққққққ'],
  ['ru', 'ааааааа'],
  ['ru', 'Жанаозен'],
]) {
  test(`"${query}", which is no word of the text, finds nothing in any language`, async ({ page }) => {
    await search(page, lang, query, true);
    await expect(page.locator('#search-status')).toHaveText(/: 0$/);
    await expect(page.locator('.search-results li')).toHaveCount(0);
  });
}

test('«Хизб ут-Тахрир» results land on ids that exist and hold the name; spelling variants are one', async ({
  page,
}) => {
  await search(page, 'ru', 'Хизб ут-Тахрир');
  const found = (await results(page))[0]!.items;
  expect(found.map((i) => i.href.split('#')[1])).toContain('hizb-ut-tahrir');
  for (const variant of ['Хизбут-Тахрир', 'Хизб-ут-Тахрир', 'хизб ут тахрир']) {
    await search(page, 'ru', variant);
    const place = (href: string) => href.replace(/\?[^#]*/, '');
    expect((await results(page))[0]!.items.map((i) => place(i.href))).toEqual(
      found.map((i) => place(i.href)),
    );
  }
  for (const { href, label } of found) {
    await page.goto(href.replace(/^\//, ''));
    const id = decodeURIComponent(href.split('#')[1]!);
    const target = page.locator(`[id="${id}"]`);
    await expect(target, label).toHaveCount(1);
    // An About section lands on its heading; its words are the paragraphs that follow.
    const words = await target.evaluate((el) => {
      let text = el.textContent ?? '';
      for (
        let n = el.nextElementSibling;
        el.tagName === 'H2' && n && n.tagName !== 'H2';
        n = n.nextElementSibling
      )
        text += n.textContent;
      return text;
    });
    expect(words, label).toMatch(/Хизб[ -]ут-Тахрир/);
  }
  const alQaeda = await search(page, 'ru', 'Аль Каида');
  expect(landsOn(alQaeda.ru, ['al-qaeda'])).toBe(true);
});

test('«ИГИЛ» finds the paragraph on how ISIS arose, and each result names its place', async ({ page }) => {
  const groups = await search(page, 'ru', 'ИГИЛ');
  expect(landsOn(groups.ru, ['results-2'])).toBe(true);
  const labels = (await results(page))[0]!.items.map((i) => i.label);
  expect(labels).toContain('Результаты и обсуждение, абзац 2');
  expect(labels.some((l) => l.startsWith('Организации: '))).toBe(true);
});

test('«Ош» ranks the article first and does not match «ошибке»', async ({ page }) => {
  await search(page, 'ru', 'Ош', true);
  const [ru] = await results(page);
  expect(ru!.items[0]!.href).toMatch(/^\/ru\/\?[^#]*#results-\d+$/);
  expect(ru!.items.some((i) => /ошибк/i.test(i.excerpt))).toBe(false);
});

test('more than the first page of results can be seen', async ({ page }) => {
  await search(page, 'kk', 'Qazaqstan');
  const items = page.locator('.search-results li');
  await expect(items).toHaveCount(10);
  await page.getByRole('button', { name: 'Тағы көрсету' }).click();
  await expect(items).toHaveCount(20);
  await expect(items.nth(10).locator('a')).toBeFocused();
  while (await page.getByRole('button', { name: 'Тағы көрсету' }).isVisible())
    await page.getByRole('button', { name: 'Тағы көрсету' }).click();
  expect(await items.count()).toBeGreaterThan(20);
});

test('an empty group offers to search all three languages', async ({ page }) => {
  await search(page, 'en', 'ұйымдар');
  await expect(page.locator('.search-results li')).toHaveCount(0);
  await page.getByRole('button', { name: 'Search all three languages' }).click();
  await expect(page.locator('.search-group')).toHaveCount(3);
  await expect(page).toHaveURL(/langs=all/);
  await expect(page.locator('.search-results li').first()).toBeVisible();
});

test('the language switch keeps the search (?q= and langs)', async ({ page }) => {
  await search(page, 'ru', 'Ош', true);
  await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=%D0%9E%D1%88&langs=all$/);
  await expect(page.getByRole('searchbox').last()).toHaveValue('Ош');
  await expect(page.locator('.search-group')).toHaveCount(3);
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
  const place = (href: string) => href.replace(/\?[^#]*/, '');
  expect(place(exact.kk![0]!)).toBe(place(folded.kk![0]!));
});

test('a search is deep-linkable and widens to all three languages with one control @base-path', async ({
  page,
}) => {
  await page.goto('ru/search/?q=%D0%A5%D0%B8%D0%B7%D0%B1');
  await expect(page.locator('.search-group')).toHaveCount(1);
  await page.getByLabel('Искать на трёх языках').check();
  await expect(page.locator('.search-group')).toHaveCount(3);
  await expect(page).toHaveURL(/langs=all/);
  await expect(page.locator('.search-group h2').first()).toHaveText(/^Русский/);
});

test('the landing page marks the matched words @base-path', async ({ page }) => {
  await search(page, 'ru', 'Акромия');
  await page.locator('.search-results li > a').first().click();
  await expect(page).toHaveURL(/highlight=/);
  await expect(page.locator(':target mark.search-hit').first()).toHaveText(/^Акроми/);
  await expect(page.locator(':target mark.search-hit').first()).toBeInViewport();
});

test('a reading page loads no search code or data until the reader opens search @base-path', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('kk/');
  await page.waitForLoadState('networkidle');
  const search = (paths: string[]) =>
    paths.filter((p) => /places\.json|search-terms\.json|\/ui\.[\w-]+\.js/.test(p));
  expect(search(fetched)).toEqual([]);
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('Тоқаев');
  await expect(page.getByRole('dialog').locator('.search-results li').first()).toBeVisible();
  expect(search(fetched).length).toBeGreaterThanOrEqual(3);
});

test('the header’s search dialog works from the keyboard alone @base-path', async ({ page }) => {
  await page.goto('en/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Hizb ut-Tahrir');
  await expect(dialog.locator('.search-results li').first()).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#search-dialog'))).toBe(true);
  }
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  const link = page
    .getByRole('navigation', { name: 'Edition sections' })
    .getByRole('link', { name: 'Search' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();
});

test('axe passes on the search page with results', async ({ page }) => {
  await search(page, 'kk', 'Хизб', true);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page shows no form that cannot work and offers what works instead', async ({ page }) => {
    await page.goto('kk/search/?q=Ош');
    await expect(page.locator('main').getByRole('searchbox')).toBeHidden();
    await expect(page.locator('main').getByRole('button', { name: 'Іздеу' })).toBeHidden();
    const notice = page.locator('#search-needs-js');
    await expect(notice).toContainText('Ctrl+F');
    await expect(notice.getByRole('link', { name: 'Мазмұны' })).toHaveAttribute('href', /\/kk\/#toc-title$/);
    await notice.getByRole('link', { name: 'Ұйымдар' }).click();
    await expect(page).toHaveURL(/\/kk\/organisations\/$/);
  });
});
