import { expect, test } from '../support/test';

test('every Kazakh letter is drawn by the edition’s own font, which has it @base-path', async ({ page }) => {
  await page.goto('kk/');
  await page.evaluate(() => document.fonts.ready);
  const letters = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.id = 'letters';
    p.textContent = text;
    document.querySelector('.article-body')!.prepend(p);
  }, letters);
  await page.evaluate(() => document.fonts.ready);
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument');
  const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#letters' });
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(fonts.map((f) => f.familyName)).toEqual(['Noto Serif']);
  expect(fonts[0]!.glyphCount).toBe(letters.length);
});
