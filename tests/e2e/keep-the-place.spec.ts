import { enhanced, expect, test } from '../support/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('switching language mid-article, without a #fragment, lands on the paragraph being read', async ({
    page,
  }) => {
    await page.goto('kk/');
    // Once the web font is in, so its swap cannot move the text after the reader has scrolled.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Scroll (not a link) to the middle of the article, about a dozen screens down.
    await page
      .locator('#results-5')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(8000);
    expect(page.url()).not.toContain('#');
    const russian = page.getByRole('navigation', { name: 'Тіл' }).getByRole('link', { name: 'Русский' });
    await expect(russian).toHaveAttribute('href', /\/ru\/#results-5$/);
    // A thumb taps the switch in the header that stays on screen: nothing scrolls on the way
    // (a synthetic click would first scroll the link "into view" by its own rules).
    await russian.dispatchEvent('pointerdown');
    await russian.dispatchEvent('click');
    await expect(page).toHaveURL(/\/ru\/#results-5$/);
    await expect(page.locator('#results-5')).toBeInViewport();
  });

  test('at the top of the page the switch leads to the top', async ({ page }) => {
    await page.goto('kk/');
    await page.getByRole('navigation', { name: 'Тіл' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('each paragraph shows the number its id carries; a list item its paragraph number', async ({
    page,
  }) => {
    await page.goto('en/#results-12');
    const number = page.locator('#results-12 > .block-number');
    await expect(number).toBeVisible();
    await expect(number).toHaveText('12');
    // results-12 is the sixth item of the list: its own marker stays 6.
    expect(
      await page.locator('#results-12').evaluate((li) => [...li.parentElement!.children].indexOf(li) + 1),
    ).toBe(6);
    await expect(page.locator('#conclusion-1 > .block-number')).toHaveText('1');
    await expect(page.locator('#results > .block-number')).toHaveCount(0);
  });
});

test('paragraph numbers stay in print', async ({ page }) => {
  await page.goto('ru/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#results-5 > .block-number')).toBeVisible();
  await expect(page.locator('#results-5 .block-tools')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('a link copied after arriving from search is the clean permalink', async ({ page, baseURL }) => {
  await page.goto('ru/?highlight=Хизб#results-1');
  await expect(page.locator('#results-1 mark.search-hit').first()).toBeVisible();
  await page.locator('#results-1 .copy-link').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}ru/#results-1`);
  await expect(page.locator('#results-1 a.permalink')).toHaveAttribute('href', /\/ru\/#results-1$/);
  await page.locator('#results-1 a.permalink').click();
  await expect(page).toHaveURL(/\/ru\/#results-1$/);
});

test('choosing a search result on the same page closes the dialog and goes to the place', async ({
  page,
}) => {
  await page.goto('en/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const results = dialog.locator('.search-results a[href*="/en/?highlight="]');
  await page.keyboard.press('/');
  await page.keyboard.type('Akromiya');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  await results.first().click();
  await expect(page).toHaveURL(/\/en\/\?highlight=[^#]+#[\w-]+$/);
  // The URL changes when the new page commits; its shortcut listens once its tools are set up.
  await enhanced(page);
  // Now on the page search led to, the same search offers results that change only the fragment.
  await page.keyboard.press('/');
  await page.keyboard.type('Akromiya');
  const [landed] = hrefs[0]!.split('#');
  const href = hrefs.filter((h) => h.startsWith(`${landed}#`)).at(-1)!;
  await dialog.locator(`.search-results a[href="${href}"]`).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});

test('the cite dialog reports a failed load of its citations and loads them on retry', async ({ page }) => {
  let failures = 1;
  await page.route('**/citations.json', (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
  );
  await page.goto('en/');
  await page.locator('#results-4 a.cite-link').click();
  const dialog = page.locator('#cite-dialog');
  await expect(dialog.locator('#cite-status')).toHaveText('The citations could not be loaded.');
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog.locator('#cite-output')).toContainText('Akkozhina');
  await expect(dialog.locator('#cite-status')).toHaveText('');
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeHidden();
});

test('where the clipboard is refused, the cite dialog says the citation, not a link, is selected', async ({
  page,
}) => {
  await page.goto('en/');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.locator('#results-4 a.cite-link').click();
  await expect(page.locator('#cite-output')).toContainText('Akkozhina');
  await page.locator('[data-cite-copy]').click();
  await expect(page.locator('#announcer')).toHaveText(
    'Could not copy: the citation is selected, press Ctrl+C',
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('numbers are shown and the ¶ link is the clean permalink', async ({ page }) => {
    await page.goto('kk/?highlight=Хизб#results-1');
    await expect(page.locator('#results-1 > .block-number')).toHaveText('1');
    await expect(page.locator('#results-12 > .block-number')).toHaveText('12');
    await page.locator('#results-1 a.permalink').click();
    await expect(page).toHaveURL(/\/kk\/#results-1$/);
  });
});
