import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '../support/test';
import { buildCorrectedSite, CORRECTED_ORIGIN, serveCorrectedSite } from '../support/corrected-site';

// One build of a corrected edition (version 1.2: methods-2 merged into methods-1), shared by
// the journeys below, which run in order in one worker.
test.describe.configure({ mode: 'serial' });
let dist = '';
test.beforeAll(() => {
  test.setTimeout(300_000);
  dist = buildCorrectedSite();
});
// Only the temporary copy is removed, and only once it was made (never the project itself).
test.afterAll(() => {
  if (dist.includes('edition-corrected-')) rmSync(dirname(dist), { recursive: true, force: true });
});

const open = async (page: Page, path: string) => {
  await serveCorrectedSite(page, dist);
  await page.goto(`${CORRECTED_ORIGIN}${path}`);
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'with JavaScript off', () => {
    test.use({ javaScriptEnabled, viewport: { width: 390, height: 800 } });

    test('an old link to a merged paragraph lands on it and says what became of it', async ({ page }) => {
      await open(page, '/en/#methods-2');
      const notice = page.locator('#methods-2');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveText(
        /The passage your link names \(methods-2\) has been part of this paragraph since edition 1\.2\. What changed/,
      );
      await expect(notice).toBeInViewport();
      await expect(page.locator('#methods-1')).toContainText('The article analyses the history');
      // Where the link does not point, no notice clutters the text.
      await page.goto(`${CORRECTED_ORIGIN}/en/#methods-1`);
      await expect(page.locator('#methods-2')).toBeHidden();
    });

    test('the same old link lands in every language and in the parallel view', async ({ page }) => {
      await open(page, '/kk/#methods-2');
      await expect(page.locator('#methods-2')).toContainText('1.2 нұсқасынан бері осы абзацтың құрамында');
      await page.goto(`${CORRECTED_ORIGIN}/ru/parallel/en/#methods-2`);
      await expect(page.locator('#methods-2')).toBeVisible();
      await expect(page.locator('#methods-2')).toContainText('с версии 1.2 входит в этот абзац');
    });

    test('About lists the versions and what each changed', async ({ page }) => {
      await open(page, '/en/about/#changes');
      const changes = page.locator('.edition-changes');
      await expect(changes).toContainText('This is version 1.2 of the edition');
      await expect(changes.locator('dt').first()).toContainText('1.2');
      await expect(changes.locator('dd').first()).toContainText('The two paragraphs of Methods merged');
      await expect(changes.locator('dd').first().getByRole('link', { name: 'methods-2' })).toHaveAttribute(
        'href',
        '/en/#methods-2',
      );
    });
  });
}

test('the language switch carries an old link along, to the same notice', async ({ page }) => {
  await open(page, '/en/#methods-2');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/#methods-2$/);
  await expect(page.locator('#methods-2')).toBeVisible();
  await expect(page.locator('#methods-2')).toContainText('с версии 1.2 входит в этот абзац');
});

test('a link that names an older version says when the passage has changed since', async ({ page }) => {
  await open(page, '/en/?v=1.0#conclusion-1');
  const notice = page.locator('#conclusion-1 .id-notice');
  await expect(notice).toHaveText(
    'This passage has changed since edition 1.0, which your link names. What changed',
  );
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/en/about/#changes');
  // The Kazakh conclusion did not change, nor does a link that names the current version warn.
  await page.goto(`${CORRECTED_ORIGIN}/kk/?v=1.0#conclusion-1`);
  await expect(page.locator('#conclusion-1')).toBeVisible();
  await expect(page.locator('#conclusion-1 .id-notice')).toHaveCount(0);
  await page.goto(`${CORRECTED_ORIGIN}/en/?v=1.2#conclusion-1`);
  await expect(page.locator('#conclusion-1')).toBeVisible();
  await expect(page.locator('#conclusion-1 .id-notice')).toHaveCount(0);
});
