import { expect, test } from '../support/test';
import { blockIds } from '../support/site';

const pairs = [
  ['kk', 'ru'],
  ['kk', 'en'],
  ['ru', 'kk'],
  ['ru', 'en'],
  ['en', 'kk'],
  ['en', 'ru'],
] as const;

test('all six parallel views show every paragraph id of /kk/ in aligned rows', async ({ page }) => {
  await page.goto('kk/');
  const ids = await blockIds(page);
  for (const [lang, other] of pairs) {
    await page.goto(`${lang}/parallel/${other}/`);
    const rows = page.locator('.parallel-row');
    expect(await rows.evaluateAll((els) => els.map((e) => e.id))).toEqual(ids);
    const row = page.locator('#results-5');
    await expect(row.locator('.parallel-cell')).toHaveCount(2);
    await expect(row.locator('.parallel-cell').nth(1)).toHaveAttribute('lang', other);
    // Each cell carries the permalink of its paragraph in its own language.
    await expect(row.locator(`a[href$="${other}/#results-5"]`)).toHaveCount(1);
    await expect(page.locator('#table-1 tbody tr, .parallel-row[id="table-1"] tbody tr')).toHaveCount(20);
  }
});

for (const width of [390, 1280]) {
  test(`the two languages sit ${width > 700 ? 'side by side' : 'one under the other'} at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('en/parallel/kk/#results-1');
    const [left, right] = await page.locator('#results-1 .parallel-cell').all();
    const a = (await left!.boundingBox())!;
    const b = (await right!.boundingBox())!;
    if (width > 700) expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    else expect(b.y).toBeGreaterThan(a.y + a.height - 1);
    await expect(page.locator('#results-1')).toContainText('Basmachi');
    await expect(page.locator('#results-1')).toContainText('басмашылар');
  });
}

// Axe scans every parallel view, light and dark, at both widths, in every-page.spec.ts.
test('the article links to its parallel view', async ({ page }) => {
  await page.goto('ru/');
  await page
    .getByRole('navigation', { name: 'Разделы издания' })
    .getByRole('link', { name: 'Параллельное чтение' })
    .click();
  await expect(page).toHaveURL(/\/ru\/parallel\/kk\/$/);
  await expect(page.locator('.parallel-row').first()).toBeVisible();
});

test('Kazakh words on translated pages are marked lang="kk"', async ({ page }) => {
  for (const path of ['ru/', 'en/', 'ru/parallel/en/']) {
    await page.goto(path);
    const unmarked = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (!/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text)) continue;
        if (n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'kk')
          found.push(text.trim().slice(0, 60));
      }
      return found;
    });
    expect(unmarked, path).toEqual([]);
  }
});
