import { describe, expect, test } from 'vitest';
import { cspHash, headerPolicy, headersFile, inlineScript, keepOwnHashes } from './csp';

describe('the content security policy', () => {
  test('hashes an inline script as browsers do', () => {
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
  test('ships an inline script minified, without its comments, and keeps what it does', () => {
    const source = "// why it runs first\nvar a = 'https://x/';\n  // a note\nif (a) go(a); // trailing\n";
    const shipped = inlineScript(source);
    expect(shipped).not.toMatch(/why|note|trailing/);
    expect(shipped.length).toBeLessThan(source.length / 2);
    const calls: string[] = [];
    new Function('go', shipped)((url: string) => calls.push(url));
    expect(calls).toEqual(['https://x/']);
  });
  test('merges the pages’ policies into one header, with frame-ancestors, and no unsafe-inline', () => {
    const policy = headerPolicy([
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-s'",
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b'; style-src 'self'",
    ]);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    );
    expect(policy).not.toContain('unsafe-inline');
  });
  test('writes the usual security headers for static hosts', () => {
    const file = headersFile("default-src 'self'");
    for (const header of [
      'Content-Security-Policy',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy',
      'Permissions-Policy',
    ]) {
      expect(file).toContain(header);
    }
  });

  describe('a page names only its own inline scripts and styles', () => {
    const run = `'${cspHash('run()')}'`;
    const other = `'${cspHash('elsewhere()')}'`;
    const style = `'${cspHash('p{}')}'`;
    const page = (policy: string, body: string) =>
      `<head><meta http-equiv="content-security-policy" content="${policy}">${body}</head>`;
    const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

    test('drops the hashes of scripts and styles that are on other pages', () => {
      const html = page(
        `default-src 'self'; script-src 'self' ${run} ${other}; style-src 'self' ${style} ${other};`,
        '<script>run()</script><style>p{}</style><script type="module" src="/a.js"></script>' +
          '<script type="application/ld+json">{}</script><script type="application/json">{}</script>',
      );
      expect(policyOf(keepOwnHashes(html))).toBe(
        `default-src 'self';script-src 'self' ${run};style-src 'self' ${style};`,
      );
    });
    test('reads the policy Astro writes with &#39; for its quotes', () => {
      const html = page(
        `script-src &#39;self&#39; ${run.replaceAll("'", '&#39;')}`,
        '<script>run()</script>',
      );
      expect(policyOf(keepOwnHashes(html))).toBe(`script-src 'self' ${run}`);
    });
    test('is not misled by attributes that only end in src or type', () => {
      const html = page(
        `script-src 'self' ${run}`,
        '<script data-src="/a.js" data-type="application/json">run()</script>',
      );
      expect(policyOf(keepOwnHashes(html))).toBe(`script-src 'self' ${run}`);
      expect(() => keepOwnHashes(page("script-src 'self'", '<script data-src="x">run()</script>'))).toThrow(
        /no hash/,
      );
    });
    test('stops the build, naming the page, when an inline script has no hash', () => {
      const html = page(`script-src 'self' ${run}`, '<script>run()</script><script>stray()</script>');
      expect(() => keepOwnHashes(html, 'kk/index.html')).toThrow(
        /kk\/index\.html: an inline script has no hash/,
      );
    });
    test('stops the build when a page has no policy', () => {
      expect(() => keepOwnHashes('<head></head>', 'x.html')).toThrow(
        /x\.html has no Content-Security-Policy/,
      );
    });
  });
});
