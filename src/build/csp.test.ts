import { describe, expect, test } from 'vitest';
import { cspHash, headerPolicy, headersFile, inlineScript } from './csp';

describe('the content security policy', () => {
  test('hashes an inline script as browsers do', () => {
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
  test('ships an inline script without its comment lines, and keeps every line of code', () => {
    const source = "// why it runs first\nvar a = 'https://x/';\n  // a note\nif (a) go(); // trailing\n";
    expect(inlineScript(source)).toBe("var a = 'https://x/';\nif (a) go(); // trailing\n");
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
});
