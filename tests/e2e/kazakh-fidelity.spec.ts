import { expect, test } from '../support/test';
import { words } from '../../src/lib/source-text';
import { kazakhSourceParagraphs } from '../support/site';

test('every word of the Kazakh original appears on /kk/, in order, paragraph by paragraph', async ({
  page,
}) => {
  await page.goto('kk/');
  // The authors' words: the article without the per-paragraph tools (¶, copy, cite) and
  // numbers, and without the edition's own marks ([sic] and its note carry data-editorial).
  // Through the CSSOM: the page's CSP (rightly) refuses an injected <style>.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>(
      '.block-tools, .block-number, .toc, [data-editorial]',
    ))
      el.style.setProperty('display', 'none', 'important');
  });
  const pageText = await page.locator('article').innerText();
  const pageWords = words(pageText);
  let from = 0;
  for (const paragraph of kazakhSourceParagraphs()) {
    // An ordered list's numbers are drawn by <ol>, not written in the text.
    const expected = words(paragraph.replace(/^\d+\. /, ''));
    const at = indexOfRun(pageWords, expected, from);
    expect(at, `not found on /kk/ in order: «${paragraph.slice(0, 80)}…»`).toBeGreaterThanOrEqual(0);
    from = at + expected.length;
  }
});

test('the ordered list of six causes keeps the source’s numbering', async ({ page }) => {
  await page.goto('kk/');
  const items = page.locator('#results ~ ol > li');
  await expect(items).toHaveCount(6);
  await expect(items.first()).toContainText('Халық арасында исламданудың өсуі');
  expect(await page.locator('#results ~ ol').evaluate((ol) => (ol as HTMLOListElement).start)).toBe(1);
});

/** The index of the first run of `needle` in `haystack` at or after `from`, or -1. */
function indexOfRun(haystack: string[], needle: string[], from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
