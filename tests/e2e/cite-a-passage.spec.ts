import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/test';
import { siteRoot } from '../support/site';

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
  await expect(output).toContainText('Аккожина, Н. О. Проблема терроризма в Центральной Азии');
  await expect(output).toContainText(`URL: ${siteRoot}ru/#results-4 (дата обращения: `);
  await expect(page.locator('#cite-part')).toHaveText('Результаты и обсуждение, абз. 4');
  await page.getByRole('radio', { name: 'BibTeX' }).check();
  await expect(output).toContainText('@online{akkozhina_darkenov_ru_results_4,');
  await page.getByRole('radio', { name: 'RIS' }).check();
  await expect(output).toContainText(`UR  - ${siteRoot}ru/#results-4`);
  await dialog.getByRole('button', { name: 'Копировать', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('TY  - ELEC');
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
    // APA's reference names the work; the passage goes in the in-text citation beside it.
    if (format === 'APA 7')
      await expect(page.locator('#cite-intext')).toContainText(
        'Research Methods and Materials section, para. 2)',
      );
    else await expect(output).toContainText('/en/#methods-2');
  }
  const url = JSON.parse((await output.textContent())!)[0].URL as string;
  expect(url).toBe(`${siteRoot}en/#methods-2`);
  await page.keyboard.press('Escape');
  // The citation names the public address; here the same path is served locally.
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
  await expect(page.locator('.how-to-cite .citation-text').first()).toContainText('– Мәтін : электрондық.');
  await context.close();
});

test('without JavaScript, How to cite leaves the access date to the reader, and says so', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}en/`);
  const section = page.locator('.how-to-cite');
  await expect(section.locator('[data-cited="page"] [data-format="gost"]')).toContainText(
    `URL: ${siteRoot}en/ (accessed: DD.MM.YYYY). – Text : electronic.`,
  );
  await expect(section).toContainText('write the day you read the page in place of DD.MM.YYYY');
  // A deployment build: the notice that the links are local is for npm start only.
  await expect(section.locator('.cite-local')).toHaveCount(0);
  for (const cited of ['page', 'original']) {
    const text = await section.locator(`[data-cited="${cited}"]`).innerText();
    expect(text, cited).not.toMatch(/\d{2}\.\d{2}\.\d{4}\)/);
  }
  await context.close();
});

test('on the English page the dialog cites the translation, naming its translators, or the Kazakh original', async ({
  page,
}) => {
  await page.goto('en/');
  await page.locator('#results-5 a.cite-link').click();
  const dialog = page.getByRole('dialog', { name: 'Cite' });
  const output = page.locator('#cite-output');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
  });
  await page.getByRole('radio', { name: 'GOST R 7.0.100-2018' }).check();
  await expect(output).toHaveText(
    'Akkozhina, N. O. The Problem of Terrorism in Central Asia and Ways to Combat Terrorism in the Republic of Kazakhstan = ' +
      'Орталық Азиядағы терроризм мәселесі және Қазақстан Республикасының терроризммен күресу жолдары / N. O. Akkozhina, ' +
      'K. G. Darkenov ; translated from Kazakh by Editors of the trilingual web edition // The Problem of Terrorism in ' +
      'Central Asia : a trilingual web edition of a research article : [website]. – Version 1.1. – 2026. – Results and ' +
      `Discussion, para. 5. – URL: ${siteRoot}en/#results-5 (accessed: ${today}). – Text : electronic.`,
  );
  await dialog.getByRole('radio', { name: 'The Kazakh original' }).check();
  await page.getByRole('radio', { name: 'APA 7' }).check();
  const apa =
    'Akkozhina, N. O., & Darkenov, K. G. (2026). Орталық Азиядағы терроризм мәселесі және Қазақстан Республикасының ' +
    'терроризммен күресу жолдары [The problem of terrorism in Central Asia and ways to combat terrorism in the Republic ' +
    'of Kazakhstan] (Version 1.1). The Problem of Terrorism in Central Asia: a trilingual web edition of a research ' +
    `article. ${siteRoot}kk/ (Original work published n.d.)`;
  await expect(output).toHaveText(apa);
  await expect(page.locator('#cite-intext')).toHaveText(
    'In-text citation: (Akkozhina & Darkenov, n.d./2026, Results and Discussion section, para. 5)',
  );
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
  await page.getByRole('radio', { name: 'BibTeX' }).check();
  await expect(output).toContainText('@online{akkozhina_darkenov_en_kk_original_results_5,');
  await expect(output).toContainText(`url = {${siteRoot}kk/#results-5},`);
  await expect(page.locator('#cite-intext')).toBeHidden();
});
