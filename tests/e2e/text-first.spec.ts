import { expect, test } from '../support/test';

// The text is what a reader came for: it paints before the page asks for any script, and the
// tools (toolbars, dialogs, previews) are set up right after (src/scripts/enhance-init.js).
for (const path of ['kk/', 'ru/parallel/kk/', 'en/incidents/']) {
  test(`${path}: no script is fetched before the text paints, and the tools follow @base-path`, async ({
    page,
  }) => {
    await page.goto(path);
    const { paint, scripts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js'))
        .map((r) => ({ name: r.name, start: r.startTime })),
    }));
    expect(paint).toBeGreaterThan(0);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.start, script.name).toBeGreaterThanOrEqual(paint!);
    await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
    await page.keyboard.press('/');
    await expect(page.locator('#search-dialog')).toBeVisible();
  });
}
