/**
 * What the edition asks of the host that serves it: one definition of the
 * Content-Security-Policy and of the HTTP headers a static host should send.
 *
 * Astro writes the policy as a <meta> on every page (astro.config.mjs
 * `security.csp`, from `cspDirectives` below; it adds script-src and
 * style-src with the hashes of its inline scripts and styles); the search
 * pages add `searchScriptResources` (Pagefind's WebAssembly) for themselves.
 * The build (src/build/host-headers.ts) then writes `_headers`, the file
 * Netlify and Cloudflare Pages read from the published folder, with the same
 * policy as a header plus what a <meta> cannot carry (`frame-ancestors`), the
 * other security headers and the caching rules. The README shows the same
 * headers for nginx and Apache; GitHub Pages sends no custom headers.
 *
 * Also here: the parser of that file and the matching of paths, with which the
 * local server (scripts/lib/browser.ts) sends the headers a real host would.
 */
import { routesFor } from './routes.ts';

/** The policy's directives besides script-src and style-src, which Astro writes with its hashes. */
export const cspDirectives = ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** script-src sources on every page. */
export const scriptResources = ["'self'"] as const;

/** script-src sources added on the search pages only: Pagefind compiles its WebAssembly. */
export const searchScriptResources = ["'wasm-unsafe-eval'"] as const;

/** Directives a browser ignores in a <meta> policy: only the header carries them. No page may be framed (clickjacking). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** Headers for every file, besides the Content-Security-Policy. */
export const securityHeaders: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Browsers take it over HTTPS only; one year, the edition's own host only (no includeSubDomains: the host may be shared).
  ['Strict-Transport-Security', 'max-age=31536000'],
  // frame-ancestors for browsers that predate it.
  ['X-Frame-Options', 'DENY'],
];

/** Caching per path under the base: the service worker and Pagefind's unhashed entry files are revalidated on every fetch; Astro's hashed assets never change. */
export const cachingRules: [path: string, cacheControl: string][] = [
  ['sw.js', 'no-cache'],
  ['pagefind/*', 'no-cache'],
  ['_astro/*', 'public, max-age=31536000, immutable'],
];

/** The CSP <meta> of a built page: its policy, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(html)?.[1]?.replaceAll('&#39;', "'");
}

/** A policy with directives appended (each `name value…`; a directive the policy already names is left as it is). */
export function withDirectives(policy: string, directives: string[]): string {
  const named = new Set(policy.split(';').map((directive) => directive.trim().split(/\s+/)[0]));
  const added = directives.filter((directive) => !named.has(directive.split(/\s+/)[0]));
  return [policy.trim().replace(/;$/, ''), ...added].join('; ');
}

/**
 * Moves Astro's CSP <meta> (which it writes at the end of <head>) to right after <meta charset>, so the policy
 * governs everything in <head> (JSON-LD, the citation and Open Graph metas). The charset stays first: it must
 * be within the first 1,024 bytes, and the policy is long. A page without the <meta> is returned as it is.
 */
export function policyFirst(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="[^"]*">/i.exec(html);
  const charset = /<head>\s*<meta charset="[^"]*">/i.exec(html);
  if (!meta || !charset || meta.index < charset.index) return html;
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta[0] + html.slice(at, meta.index) + html.slice(meta.index + meta[0].length);
}

/** One rule of a `_headers` file: a path (with `*` for any characters) and the headers sent for it. */
export interface HeadersRule {
  path: string;
  headers: [string, string][];
}

/** The `_headers` file (Netlify, Cloudflare Pages) for an edition under `base` ('/', '/town-reports/'), with the pages' widest policy. */
export function headersFile(base: string, policy: string): string {
  const { withBase } = routesFor(base);
  const rules: HeadersRule[] = [
    { path: withBase('*'), headers: [['Content-Security-Policy', withDirectives(policy, headerOnlyDirectives)], ...securityHeaders] },
    ...cachingRules.map(([path, value]): HeadersRule => ({ path: withBase(path), headers: [['Cache-Control', value]] })),
  ];
  return [
    '# Written by the build (src/build/host-headers.ts from src/lib/host-headers.ts); Netlify and Cloudflare Pages read it.',
    '# The policy is the search pages\u2019 (the widest); every page also carries its own as a <meta>, and a browser',
    '# enforces both, so only the search pages allow WebAssembly.',
    ...rules.flatMap((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)]),
    '',
  ].join('\n');
}

/** Reads a `_headers` file: a path on a line of its own, then its headers indented as `Name: value`; `#` starts a comment. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers:${index + 1}: expected a path, or "Name: value" under one`);
    rule.headers.push([header[1]!, header[2]!.trim()]);
  }
  return rules;
}

/** The headers for a request path: those of every rule whose path matches (`*` stands for any characters), later rules last. */
export function headersFor(rules: HeadersRule[], pathname: string): [string, string][] {
  const matches = (path: string) =>
    new RegExp(
      `^${path
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(pathname);
  return rules.filter((rule) => matches(rule.path)).flatMap((rule) => rule.headers);
}
