/**
 * The host's headers file: after the build, `_headers` (Netlify, Cloudflare
 * Pages) in the published folder, with the policy the search page was built
 * with (Astro's hashes included) and the headers of src/lib/host-headers.ts.
 * An integration (astro.config.mjs), since the hashes are known only once the
 * pages are written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile, metaPolicy } from '../lib/host-headers.ts';
import { routesFor } from '../lib/routes.ts';

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'town-reports:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        // The search page's policy is the widest: the others lack only 'wasm-unsafe-eval' (tests/e2e/security.test.ts).
        const page = new URL(`${routesFor('/').pageUrl('zh', 'search').slice(1)}index.html`, dir);
        const policy = metaPolicy(readFileSync(page, 'utf8'));
        if (!policy) throw new Error(`${page.pathname}: no Content-Security-Policy <meta> to write _headers from`);
        writeFileSync(new URL('_headers', dir), headersFile(base, policy));
        logger.info('_headers written (the policy, security headers and caching for Netlify and Cloudflare Pages)');
      },
    },
  };
}
