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

// Every byte before the text is paid on every page: a page carries the stylesheets of what it
// shows and not the others', and its security policy names only the inline scripts and styles
// it has.
for (const [path, own, others] of [
  ['kk/', '.block-tools', ['.chooser-list', '.timeline', '.parallel-row', '.entry ']],
  ['en/incidents/', '.timeline', ['.chooser-list', '.parallel-row']],
  ['ru/parallel/kk/', '.parallel-row', ['.chooser-list', '.timeline']],
  ['', '.chooser-list', ['.timeline', '.parallel-row']],
  ['kk/organisations/', '.tag.banned', ['.chooser-list', '.timeline', '.parallel-row']],
  ['en/references/', '.entry ', ['.chooser-list', '.timeline', '.parallel-row']],
  ['404.html', '.entry ', ['.timeline', '.parallel-row']],
] as const) {
  test(`/${path} carries its own styles and hashes, and no other page's @base-path`, async ({ page }) => {
    await page.goto(path);
    const { selectors, policy, scripts, styles } = await page.evaluate(() => ({
      selectors: [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].flatMap(function flat(rule: CSSRule): string[] {
          if (rule instanceof CSSStyleRule) return [rule.selectorText + ' '];
          return rule instanceof CSSGroupingRule ? [...rule.cssRules].flatMap(flat) : [];
        }),
      ),
      policy: document.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!,
      scripts: document.querySelectorAll('script:not([src]):not([type^="application/"])').length,
      styles: document.querySelectorAll('style').length,
    }));
    expect(selectors.some((s) => s.includes(own))).toBe(true);
    for (const other of others) expect(selectors.filter((s) => s.includes(other))).toEqual([]);
    const hashes = (directive: string) =>
      policy
        .split(';')
        .find((d) => d.trim().startsWith(directive))!
        .match(/'sha256-/g)?.length ?? 0;
    expect(hashes('script-src')).toBe(scripts);
    expect(hashes('style-src')).toBe(styles);
  });
}
