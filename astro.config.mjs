// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { proseRehypePlugins, proseRemarkPlugins } from './src/build/prose.ts';
import { lastModified } from './src/build/lastmod.ts';
import { corpusFiles } from './src/build/corpus-files.ts';
import { hostHeaders } from './src/build/host-headers.ts';
import { offlineAssets } from './src/build/offline.ts';
import { cspDirectives, scriptResources } from './src/lib/host-headers.ts';
import { astroCacheDir, basePath, contentDir, outDir, partition, siteUrl } from './src/config.ts';
import { contentSlugs } from './src/build/partition.ts';
import { routesFor } from './src/lib/routes.ts';
import { languages } from './src/i18n/languages.ts';

/** <lastmod> of each sitemap entry: a report's pages from its files' last commits, the other pages from the edition's. */
const lastmod = lastModified(contentDir);
/** The offline pages the service worker shows (src/pages/[lang]/offline.astro): not for search engines. */
const offlinePage = /\/(zh|en)\/offline\/$/;
/** The merge step of a partitioned build (PARTITION=merge) writes the sitemap, but not the report and cite pages the partitions wrote: it lists them. */
const { reportUrl, citeUrl } = routesFor(basePath);
const partitionsPages =
  partition === 'merge' ? contentSlugs().flatMap((slug) => languages.flatMap((lang) => [reportUrl(lang, slug), citeUrl(lang, slug)].map((url) => new URL(url, siteUrl).href))) : [];

export default defineConfig({
  // Where the edition is hosted: SITE_URL and BASE_PATH (src/config.ts documents every variable).
  site: siteUrl,
  base: basePath,
  outDir,
  trailingSlash: 'ignore',
  // The benchmark builds in its own cache folder, so it never shares a content store with another build.
  cacheDir: astroCacheDir,
  // The content store is written in chunks: one serialized string of 10,000 reports would exceed V8's string limit.
  experimental: { collectionStorage: 'chunked' },
  integrations: [
    sitemap({ serialize: (item) => ({ ...item, lastmod: lastmod(item.url) }), filter: (page) => !offlinePage.test(page), customPages: partitionsPages }),
    corpusFiles(),
    hostHeaders(),
    offlineAssets(),
  ],
  build: { format: 'directory' },
  // The merge step builds into the folder the partitions' files were copied to (the corpus files read their exports).
  ...(partition === 'merge' ? { vite: { build: { emptyOutDir: false } } } : {}),
  // A Content-Security-Policy <meta> on every page (src/lib/host-headers.ts): Astro hashes its own inline scripts
  // and styles, so no 'unsafe-inline' script is allowed; the search pages add 'wasm-unsafe-eval' for Pagefind's
  // WebAssembly. src/middleware.ts moves the <meta> to the top of <head>; the build writes the same policy to _headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptResources] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Source text is quoted exactly: no smart quotes, no GFM autolinks.
    // Astro renders only the prose pages (content/pages/): the edition's plugins for kind 'prose' (src/build/prose.ts);
    // the reports are rendered by src/build/pipeline.ts. Typed there with unified's own types.
    processor: unified({ remarkPlugins: /** @type {any} */ (proseRemarkPlugins), rehypePlugins: /** @type {any} */ (proseRehypePlugins), gfm: false, smartypants: false }),
  },
});
