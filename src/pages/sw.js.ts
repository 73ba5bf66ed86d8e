/**
 * The service worker (stretch goal of offline reading): on install it caches
 * the home, search and glossary pages and, for an edition of up to
 * 100 reports, every report page in both languages (a larger edition caches
 * the reports a reader opens, not gigabytes on first visit); afterwards
 * pages are fetched network-first (so corrections arrive) and files whose
 * names carry a content hash (Astro's assets, Pagefind's index chunks)
 * cache-first; Pagefind's entry files keep their names from build to build,
 * so they are network-first too. The cache's name changes when the content
 * or the edition's version does, or with BUILD_ID (the deploy workflow sets
 * the commit), not on every build: a rebuild of the same edition keeps a
 * reader's cache. Generated here so it knows the base path and the pages.
 */
import { createHash } from 'node:crypto';
import type { APIRoute } from 'astro';
import { languages } from '../i18n/index.ts';
import { loadReportIndex } from '../build/reports.ts';
import { citeDataUrl, pageUrl, reportUrl } from '../lib/routes.ts';
import { buildId } from '../config.ts';
import { edition } from '../lib/edition-info.ts';

/** Above this many reports, report pages are cached as they are read. */
const precacheLimit = 100;

export const GET: APIRoute = async () => {
  const reports = await loadReportIndex();
  const precached = reports.length <= precacheLimit ? reports : [];
  // A report page and the templates of its cite dialog, so citing works offline too.
  const pages = languages.flatMap((lang) => [
    pageUrl(lang),
    pageUrl(lang, 'search'),
    pageUrl(lang, 'glossary'),
    ...precached.flatMap((report) => [reportUrl(lang, report.slug), citeDataUrl(lang, report.slug)]),
  ]);
  // The entries' digests cover each file, the glossary and the code that renders them (report-loader.ts).
  const digests = reports.map(({ slug, entries }) => `${slug}:${entries.report.digest}:${entries.translation?.digest ?? ''}`);
  const version = createHash('sha256')
    .update([edition().version, buildId ?? '', ...digests].join('\n'))
    .digest('hex')
    .slice(0, 16);
  const script = `
const CACHE = 'town-reports-${version}';
const PAGES = ${JSON.stringify(pages)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PAGES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  // Hashed names: Astro's assets; Pagefind's index, fragment and filter chunks and its pf_meta file.
  const immutable = /\\/_astro\\/|\\/pagefind\\/.*(\\/(index|fragment|filter)\\/|\\.pf_meta$)/.test(new URL(request.url).pathname);
  const fromNetwork = () =>
    fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    });
  // Pagefind adds a timestamp to some requests: match cached files without their query.
  const cached = () => caches.match(request, { ignoreSearch: true });
  event.respondWith(
    immutable
      ? cached().then((hit) => hit ?? fromNetwork())
      : fromNetwork().catch(() => cached().then((hit) => hit ?? caches.match(PAGES[0]))),
  );
});
`;
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
