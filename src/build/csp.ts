/**
 * The Content-Security-Policy, in one place: the directives Astro puts in each page's <meta>
 * (it adds the hashes of its own scripts and styles), and the HTTP header form for static
 * hosts, made after the build from the policies the pages actually carry.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/** Everything but script-src and style-src, which Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Scripts come only from the site itself (search included: it runs no WebAssembly and no eval). */
export const SCRIPT_SOURCES = ["'self'"];

/**
 * An inline script of ours as the pages carry it (src/scripts/*-init.js), minified: its
 * comments and layout explain it here, and every page would pay for them. The CSP hash is
 * taken of this text.
 */
export function inlineScript(source: string): string {
  return transformSync(source, { loader: 'js', minify: true }).code;
}

/** Our inline scripts: the theme, before first paint; the loader of the page's tools, after it. */
const INLINE_SCRIPT_FILES = { theme: 'src/scripts/theme-init.js', enhance: 'src/scripts/enhance-init.js' };
let shipped: Record<keyof typeof INLINE_SCRIPT_FILES, string> | undefined;

/**
 * Those scripts as every page carries them (BaseLayout.astro) and as the policy hashes them
 * (astro.config.mjs): read and minified once, so the two cannot differ.
 */
export function inlineScripts(): Record<keyof typeof INLINE_SCRIPT_FILES, string> {
  shipped ??= {
    theme: inlineScript(readFileSync(INLINE_SCRIPT_FILES.theme, 'utf8')),
    enhance: inlineScript(readFileSync(INLINE_SCRIPT_FILES.enhance, 'utf8')),
  };
  return shipped;
}

/** The CSP hash of an inline script's exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/**
 * Inline scripts a browser runs: not those with a src, nor the JSON and linked-data blocks,
 * which are not run and need no hash (any other data type would stop the build, named).
 */
const INLINE_SCRIPT =
  /<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

/** The policy in a page's <meta>, with the quotes Astro writes as &#39; read back. */
export function pagePolicy(html: string): string | undefined {
  return POLICY_META.exec(html)?.[2]!.replaceAll('&#39;', "'");
}

/**
 * A page's <meta> policy with only the hashes of the inline scripts and styles that page
 * carries. Astro lists every hash of the site in every page, which cost each page 0.6 KB
 * gzip: base64 does not compress. Throws if an inline script or style of the page has no
 * hash in its policy: the browser would refuse to run it.
 */
export function keepOwnHashes(html: string, page = 'a page'): string {
  const policy = pagePolicy(html);
  if (policy === undefined) throw new Error(`${page} has no Content-Security-Policy <meta>`);
  const own = {
    'script-src': [...html.matchAll(INLINE_SCRIPT)].map((m) => `'${cspHash(m[1]!)}'`),
    'style-src': [...html.matchAll(INLINE_STYLE)].map((m) => `'${cspHash(m[1]!)}'`),
  };
  const directives = policy.split(';').map((directive) => {
    const [name, ...values] = directive.trim().split(/\s+/);
    const needed = own[name as keyof typeof own];
    if (!needed) return directive;
    const missing = needed.filter((hash) => !values.includes(hash));
    if (missing.length)
      throw new Error(
        `${page}: an inline ${name === 'script-src' ? 'script' : 'style'} has no hash in the policy (${missing.join(' ')}).\n` +
          '  Fix: give it a hash in security.csp in astro.config.mjs, or move it into a file of its own.',
      );
    return [name, ...values.filter((v) => !v.startsWith("'sha256-") || needed.includes(v))].join(' ');
  });
  return html.replace(
    POLICY_META,
    (_, open: string, __: string, close: string) => open + directives.join(';') + close,
  );
}

/**
 * One policy for the HTTP header from the pages' <meta> policies: every source each page
 * allows, plus what only a header can say (frame-ancestors).
 */
export function headerPolicy(metaPolicies: string[]): string {
  const sources = new Map<string, Set<string>>();
  for (const policy of metaPolicies) {
    for (const directive of policy.split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = sources.get(name) ?? new Set<string>();
      values.forEach((v) => set.add(v));
      sources.set(name, set);
    }
  }
  sources.set('frame-ancestors', new Set(["'none'"]));
  return [...sources].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The `_headers` file (Netlify, Cloudflare Pages and compatible hosts) for every path. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
  ].join('\n');
}
