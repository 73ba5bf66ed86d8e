// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { remarkPlugins, rehypePlugins } from './src/plugins/index.ts';
import { lastModified } from './src/lib/lastmod.ts';

/** Where the edition is hosted; set SITE_URL (and BASE_PATH) to host it elsewhere. */
const site = process.env.SITE_URL ?? 'https://town-reports.example.org';
const base = process.env.BASE_PATH ?? '/';
/** <lastmod> of each sitemap entry: a report's pages from its files' last commits, the other pages from the edition's. */
const lastmod = lastModified(process.env.CONTENT_DIR ?? 'content');

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'ignore',
  // The benchmark builds in its own cache folder, so it never shares a content store with another build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // The content store is written in chunks: one serialized string of 10,000 reports would exceed V8's string limit.
  experimental: { collectionStorage: 'chunked' },
  integrations: [sitemap({ serialize: (item) => ({ ...item, lastmod: lastmod(item.url) }) })],
  build: { format: 'directory' },
  // A Content-Security-Policy <meta> on every page: Astro hashes its own inline scripts and styles,
  // so no 'unsafe-inline' script is allowed; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Source text is quoted exactly: no smart quotes, no GFM autolinks.
    // The same plugin list the tests run (src/plugins/index.ts); typed there with unified's own types.
    processor: unified({ remarkPlugins: /** @type {any} */ (remarkPlugins), rehypePlugins: /** @type {any} */ (rehypePlugins), gfm: false, smartypants: false }),
  },
});
