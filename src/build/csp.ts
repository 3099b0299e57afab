/**
 * The Content-Security-Policy, in one place: the directives Astro puts in each page's <meta>
 * (it adds the hashes of its own scripts and styles), and the HTTP header form for static
 * hosts, made after the build from the policies the pages actually carry.
 */
import { createHash } from 'node:crypto';

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
 * An inline script of ours as the pages carry it (src/scripts/*-init.js): its comment lines,
 * which explain it here, would cost every page; the CSP hash is taken of this text.
 */
export function inlineScript(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
}

/** The CSP hash of an inline script's exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
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
