import { expect, test } from '../support/test';

test('the parallel view has contents, labels in its language and an introduction right for its pair', async ({
  page,
}) => {
  await page.goto('kk/parallel/ru/');
  const contents = page.getByRole('navigation', { name: 'Мазмұны' });
  await expect(contents.getByRole('link')).toHaveCount(6);
  await contents.getByRole('link', { name: 'Қорытынды' }).click();
  await expect(page).toHaveURL(/#conclusion$/);
  await expect(page.locator('#conclusion')).toBeInViewport();
  // No raw ids: the row and its permalinks are named in the page's language.
  await expect(page.locator('#abstract-1')).toHaveAttribute('aria-label', 'Аңдатпа, 1');
  await expect(page.locator('#abstract-1 .cell-link a').first()).toHaveText('¶ Аңдатпа, 1');
  await expect(page.locator('main')).not.toContainText('¶ abstract-1');
  // The Kazakh side is the original; the Russian side is the editorial translation.
  const sides = page.locator('.pair-sides li');
  await expect(sides.nth(0)).toContainText('Қазақша: түпнұсқа');
  await expect(sides.nth(1)).toContainText('Русский: негізгі мәтіні қазақ тілінен редакциялық аударма');
  await page.goto('ru/parallel/en/');
  await expect(page.locator('.pair-sides li')).toHaveCount(2);
  for (const side of await page.locator('.pair-sides li').all())
    await expect(side).toContainText('редакционный перевод');
  await page.goto('en/parallel/kk/');
  await expect(page.locator('.pair-sides li').nth(1)).toContainText('Қазақша: the original');
});
