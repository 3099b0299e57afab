import { expect, test } from '../support/test';

test('a preview opened by keyboard focus stays when the page scrolls away from the resting pointer', async ({
  page,
}) => {
  // The fake clock runs the preview's hide timer on demand, so the test waits for nothing.
  await page.clock.install();
  await page.goto('en/');
  const rested = page.locator('#abstract-1 a.org').first();
  await rested.hover();
  const preview = page.locator('#preview');
  await expect(preview).toBeVisible();
  // Focusing a citation far down scrolls the page: Chromium then tells the rested link the
  // pointer left it. Wait for that event, then let any pending timer run.
  await rested.evaluate((a) =>
    a.addEventListener('mouseleave', () => a.setAttribute('data-left', ''), { once: true }),
  );
  await page.locator('#cite-6-1').focus();
  await expect(rested).toHaveAttribute('data-left', '');
  await page.clock.runFor(2000);
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('[6]');
});
