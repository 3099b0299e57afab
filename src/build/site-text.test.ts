import { describe, expect, it } from 'vitest';
import { ALWAYS_INCLUDED, generatedContent, pageText, siteCharacters, unicodeRange } from './site-text';

const css = `.quote:after{content:"\\2116"}
.stack-table [data-label]:before{content:attr(data-label) " ¶"}
@media (width<=40rem){.x{content:"↑"}}`;

const page = `<!doctype html><html><head><title>Тақырып</title><style>.zz{content:"Ъ"}</style></head><body>
<p class="site-name">Басылым</p><p>әріп <strong>Ж</strong></p><input placeholder="Іздеу">
<script type="module">const zzz = "ЩЩЩ";</script>
<script type="application/json" id="ui-strings">{"copied":"Көшірілді"}</script>
</body></html>`;

describe('the characters a built page shows', () => {
  it('reads visible text, placeholders and the scripts’ strings, not script or style code', () => {
    const text = pageText(page);
    for (const word of ['Басылым', 'әріп', 'Ж', 'Іздеу', 'Көшірілді', 'Тақырып'])
      expect(text).toContain(word);
    expect(text).not.toContain('ЩЩЩ');
    expect(text).not.toContain('Ъ');
  });

  it('reads generated content, escapes included, but not attribute names', () => {
    const generated = generatedContent(css);
    expect(generated).toContain('№');
    expect(generated).toContain('¶');
    expect(generated).toContain('↑');
    expect(generated).not.toContain('data-label');
  });

  it('keeps every Kazakh letter and printable ASCII, and no whitespace but the space', () => {
    const chars = siteCharacters([page], [css]);
    for (const letter of 'әғқңөұүһіӘҒҚҢӨҰҮҺІ') expect(chars.has(letter)).toBe(true);
    expect([...ALWAYS_INCLUDED].every((c) => chars.has(c))).toBe(true);
    expect(chars.has('№')).toBe(true);
    expect(chars.has('Щ')).toBe(true); // a letter of the alphabet, though only script code had it
    expect(chars.has('\n')).toBe(false);
    expect(chars.has(' ')).toBe(true);
  });
});

describe('unicodeRange', () => {
  it('writes runs of code points and single points', () => {
    expect(unicodeRange('cabz №')).toBe('U+20,U+61-63,U+7A,U+2116');
  });
});
