import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { langs, siteRoot } from '../support/site';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link puts the passage’s absolute URL on the clipboard and says so @base-path', async ({
  page,
  baseURL,
}) => {
  await page.goto('kk/');
  await page.locator('#results-4 .copy-link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}kk/#results-4`);
  await expect(page.locator('#announcer')).toHaveText(`Сілтеме көшірілді: ${baseURL}kk/#results-4`);
  await expect(page.locator('#announcer')).toHaveAttribute('role', 'status');
  // Seen as well as heard: the words appear beside the button.
  await expect(page.locator('#results-4 .copy-note')).toBeVisible();
  await expect(page.locator('#results-4 .copy-note')).toHaveText('✓ Сілтеме көшірілді');
});

test('where the clipboard is refused, copy link selects the URL for the reader', async ({
  page,
  baseURL,
}) => {
  await page.goto('en/organisations/');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.locator('#hizb-ut-tahrir .copy-link').click();
  const field = page.locator('#hizb-ut-tahrir .copy-fallback');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}en/organisations/#hizb-ut-tahrir`);
  expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(
    `${baseURL}en/organisations/#hizb-ut-tahrir`.length,
  );
});

test('a fragment URL lands with its target visible, not under the header', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('ru/#conclusion-1');
  const box = (await page.locator('#conclusion-1').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(200);
});

test('the cite dialog opens from the keyboard, switches format, copies, closes on Escape and returns focus @base-path', async ({
  page,
}) => {
  await page.goto('ru/');
  const citeLink = page.locator('#results-4 a.cite-link');
  await citeLink.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Цитирование' });
  await expect(dialog).toBeVisible();
  const output = page.locator('#cite-output');
  await expect(output).toContainText('Аккожина Н.О., Даркенов Қ.Ғ. Проблема терроризма в Центральной Азии');
  await expect(output).toContainText(`URL: ${siteRoot}ru/#results-4 (дата обращения: `);
  await expect(page.locator('#cite-part')).toHaveText('Результаты и обсуждение, абз. 4');
  await page.getByRole('radio', { name: 'BibTeX' }).check();
  await expect(output).toContainText('@article{akkozhina_darkenov_ru_results_4,');
  await page.getByRole('radio', { name: 'RIS' }).check();
  await expect(output).toContainText(`UR  - ${siteRoot}ru/#results-4`);
  await dialog.getByRole('button', { name: 'Копировать', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('TY  - JOUR');
  await expect(page.locator('#cite-status')).toHaveText('Скопировано');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(citeLink).toBeFocused();
});

test('any paragraph can be cited in five formats in two clicks, and its link lands on it @base-path', async ({
  page,
}) => {
  await page.goto('en/');
  await page.locator('#methods-2 a.cite-link').click();
  const output = page.locator('#cite-output');
  await expect(output).toContainText('Akkozhina, N. O., & Darkenov, K. G.'); // APA first on English pages
  for (const format of ['GOST R 7.0.100-2018', 'APA 7', 'BibTeX', 'RIS', 'CSL-JSON']) {
    await page.getByRole('radio', { name: format }).check();
    await expect(output).toContainText('/en/#methods-2');
  }
  const url = JSON.parse((await output.textContent())!)[0].URL as string;
  expect(url).toBe(`${siteRoot}en/#methods-2`);
  await page.keyboard.press('Escape');
  // The citation names the site's address; the preview under test serves it on its own port.
  await page.goto(url.slice(siteRoot.length));
  await expect(page.locator('#methods-2')).toBeInViewport();
});

test('without JavaScript, "cite" leads to the How to cite section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}kk/`);
  await page.locator('#results-4 a.cite-link').click();
  await expect(page).toHaveURL(/#how-to-cite$/);
  await expect(page.locator('#how-to-cite')).toBeInViewport();
  await expect(page.locator('.how-to-cite .citation-text').first()).toContainText('[Электрондық ресурс]');
  await context.close();
});

for (const lang of langs) {
  test(`the ${lang} page's meta tags and JSON-LD agree with its visible title and authors @base-path`, async ({
    page,
    request,
  }) => {
    await page.goto(`${lang}/`);
    const title = (await page.locator('h1').textContent())!.trim();
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', title);
    await expect(meta('DC.title')).toHaveAttribute('content', title);
    const authors = await meta('citation_author').evaluateAll((els) =>
      els.map((e) => e.getAttribute('content')),
    );
    expect(authors).toEqual(
      lang === 'en' ? ['Akkozhina, N.O.', 'Darkenov, K.G.'] : ['Аккожина, Н.О.', 'Даркенов, Қ.Ғ.'],
    );
    const byline = await page.locator('.byline').innerText();
    for (const a of authors) expect(byline).toContain(a!.split(', ')[0]);
    await expect(meta('citation_language')).toHaveAttribute('content', lang);
    await expect(meta('citation_publication_date')).toHaveAttribute('content', /^\d{4}\/\d{2}\/\d{2}$/);
    await expect(meta('citation_journal_title')).toHaveCount(0);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld.headline).toBe(title);
    expect(ld.inLanguage).toBe(lang);
    expect(ld.author.map((a: { familyName: string }) => a.familyName)).toEqual(
      authors.map((a) => a!.split(', ')[0]),
    );
    if (lang === 'kk') expect(ld.workTranslation).toHaveLength(2);
    else expect(ld.translationOfWork['@id']).toMatch(/\/kk\/$/);
    const bib = await (await request.get(`${lang}/cite/article.bib`)).text();
    expect(bib).toContain(`language = {${lang}}`);
  });
}
