import { readFileSync } from 'node:fs';
import { expect, test } from '../support/test';
import { parse } from 'yaml';
import type { Organisation } from '../../src/schemas';
import { langs } from '../support/site';

const organisations = parse(readFileSync('content/organisations.yaml', 'utf8')) as Organisation[];

for (const lang of langs) {
  test(`the chronology in ${lang} shows 10 rows, a timeline whose marks land on them, and downloads @base-path`, async ({
    page,
    request,
  }) => {
    await page.goto(`${lang}/incidents/`);
    const rows = page.locator('tbody tr[id^="incident-"]');
    await expect(rows).toHaveCount(10);
    const marks = page.locator('.timeline-wide a.mark');
    await expect(marks).toHaveCount(10);
    await marks.nth(4).click();
    const id = (await rows.nth(4).getAttribute('id'))!;
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`#${id}`)).toBeInViewport();
    const json = await (await request.get(`${lang}/incidents/incidents.json`)).json();
    expect(json).toHaveLength(10);
    expect(json[0]).toMatchObject({
      id: 'incident-1992-tajikistan-civil-war',
      year: 1992,
      yearEnd: 1997,
      country: 'TJ',
    });
    const csv = await (await request.get(`${lang}/incidents/incidents.csv`)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(11);
  });
}

test('the chronology sorts by year and by country where JavaScript runs', async ({ page }) => {
  await page.goto('en/incidents/');
  const years = () => page.locator('tbody th.year').allInnerTexts();
  await page.getByRole('button', { name: 'Year' }).click();
  await page.getByRole('button', { name: 'Year' }).click();
  await expect(page.locator('thead th').first()).toHaveAttribute('aria-sort', 'descending');
  expect((await years())[0]).toBe('2022');
  await page.getByRole('button', { name: 'Country' }).click();
  const countries = await page.locator('tbody td[data-label="Country"]').allInnerTexts();
  expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'en')));
  expect(countries[0]).toBe('Kazakhstan');
});

test('every [n] in the article resolves, and every backlink returns to its place @base-path', async ({
  page,
}) => {
  for (const lang of langs) {
    await page.goto(`${lang}/`);
    const cites = await page
      .locator('a.cite')
      .evaluateAll((as) => as.map((a) => [a.id, (a as HTMLAnchorElement).href]));
    expect(cites.length).toBe(11);
    await page.goto(`${lang}/references/`);
    for (const [id, href] of cites) {
      const target = new URL(href!).hash;
      await expect(page.locator(target!)).toHaveCount(1);
      await expect(page.locator(`${target} a[data-backlink="${id}"]`)).toHaveCount(1);
    }
  }
  await page.goto('kk/references/');
  await page.locator('#ref-6 a[data-backlink="cite-6-1"]').click();
  await expect(page).toHaveURL(/\/kk\/#cite-6-1$/);
  await expect(page.locator('#cite-6-1')).toBeInViewport();
  await expect(page.locator('#results-5')).toContainText('Ерлан Каринның');
});

test('the references page names [6]’s author and says the bibliography is not in the source', async ({
  page,
}) => {
  await page.goto('ru/references/');
  await expect(page.locator('li[id^="ref-"]')).toHaveCount(10);
  await expect(page.locator('#ref-6')).toContainText('Ерлан Карин');
  // Said once for the whole list, not under each of [1]–[10].
  await expect(page.getByText('нет в исходном тексте')).toHaveCount(1);
  await expect(page.locator('ol.references').getByText('нет в исходном тексте')).toHaveCount(0);
});

test('a glossary preview opens on hover and on keyboard focus and closes on Escape @base-path', async ({
  page,
}) => {
  await page.goto('en/');
  const link = page.locator('#results-1 a.org').first();
  await link.hover();
  const preview = page.locator('#preview');
  await expect(preview).toBeVisible();
  await expect(preview).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await link.focus();
  await expect(preview).toBeVisible();
  await expect(link).toHaveAttribute('aria-describedby', 'preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  // A citation previews its reference the same way, with the one fact the text gives: [6]'s author.
  // The pointer leaves the glossary link first: focusing scrolls the page, and a link sliding
  // out from under a resting pointer would close the new preview (mouseleave) or open its own.
  await page.mouse.move(0, 0);
  await page.locator('#cite-6-1').focus();
  await expect(preview).toContainText('[6]');
  await expect(preview).toContainText('Erlan Karin');
});

test('every "mentioned in" link of the glossary lands on a paragraph that names the organisation', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  for (const lang of langs) {
    const article = await context.newPage();
    await article.goto(`${lang}/`);
    await page.goto(`${lang}/organisations/`);
    const entries = await page.locator('[data-org-entry]').evaluateAll((els) =>
      els.map((e) => ({
        slug: e.id,
        places: [...e.querySelectorAll<HTMLAnchorElement>('a[data-mention]')]
          .map((a) => a.dataset.mention!)
          .filter((id) => !id.startsWith('incident-')),
      })),
    );
    expect(entries).toHaveLength(organisations.length);
    expect(entries.flatMap((e) => e.places).length, 'mentions checked').toBeGreaterThan(40);
    for (const { slug, places } of entries) {
      const forms = organisations.find((o) => o.slug === slug)!.names[lang].forms;
      for (const id of places) {
        const text = await article.locator(`#${id}`).innerText();
        expect(
          forms.some((f) => text.includes(f)),
          `${lang} ${slug} in ${id}`,
        ).toBe(true);
      }
    }
    await article.close();
  }
});

test('organisation links in the text open their entry in place, which leads to the glossary', async ({
  page,
}) => {
  await page.goto('ru/');
  await page.locator('#results-13 a.org[href$="#eurasian-group"]').click();
  await expect(page).toHaveURL(/\/ru\/$/);
  await page.locator('#preview').getByRole('link', { name: 'Открыть запись' }).click();
  await expect(page).toHaveURL(/\/ru\/organisations\/#eurasian-group$/);
  await expect(page.locator('#eurasian-group')).toBeInViewport();
});
