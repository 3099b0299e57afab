import { expect, test } from '../support/test';
import { landsOn, placeOf, results, search } from '../support/search';

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
      const places = group.items.map((i) => placeOf(i.href));
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
    expect((await results(page))[0]!.items.map((i) => placeOf(i.href))).toEqual(
      found.map((i) => placeOf(i.href)),
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
