/**
 * The service worker (offline reading). On install it saves the pages of
 * src/build/offline.ts (home, search, glossary and offline pages and, for an
 * edition of up to 100 reports, every report page with its cite dialog's
 * templates) and the build's assets (ASSETS, filled in after the build by
 * offlineAssets there, which adds their digest to the cache's name), fetched
 * from the server, not the browser's HTTP cache. Afterwards:
 * - files whose names carry a content hash (Astro's assets; Pagefind's index,
 *   fragment and filter chunks and pf_meta) are served cache-first;
 * - everything else is fetched network-first, so corrections arrive and a
 *   redeployed search index is used at once: pages, data, and Pagefind's
 *   unhashed entry files (pagefind.js, pagefind-entry.json, which it asks
 *   for with a ?ts= cache-buster, and its WebAssembly). Offline, a saved copy
 *   answers, whatever its query (?q=, ?ts=);
 * - offline and not saved: a page (a navigation) gets the offline page in the
 *   language of its path, with status 503; any other request fails as it
 *   would without a service worker (no page in place of JSON);
 * - a response is saved under its URL without the query: one copy per file.
 * The cache's name changes when the content, the assets or the edition's
 * version do, or with BUILD_ID (the deploy workflow sets the commit), not on every build:
 * a rebuild of the same edition keeps a reader's cache. Generated here so it
 * knows the base path and the pages.
 */
import { createHash } from 'node:crypto';
import type { APIRoute } from 'astro';
import { languages } from '../i18n/index.ts';
import { loadReportIndex } from '../build/reports.ts';
import { assetsLine, precachedUrls } from '../build/offline.ts';
import { pageUrl } from '../lib/routes.ts';
import { buildId } from '../config.ts';
import { edition } from '../lib/edition-info.ts';

export const GET: APIRoute = async () => {
  const reports = await loadReportIndex();
  const pages = precachedUrls(reports);
  // Each language's pages (the path prefix) and its offline page; outside them (the doorway, 404) Chinese, as in src/middleware.ts.
  const offline = languages.map((lang) => ({ lang, prefix: pageUrl(lang), page: pageUrl(lang, 'offline') }));
  // The entries' digests cover each file, the glossary and the code that renders them (report-loader.ts).
  const digests = reports.map(({ slug, entries }) => `${slug}:${entries.report.digest}:${entries.translation?.digest ?? ''}`);
  const version = createHash('sha256')
    .update([edition().version, buildId ?? '', ...digests].join('\n'))
    .digest('hex')
    .slice(0, 16);
  const script = `
const CACHE = 'town-reports-${version}';
const PAGES = ${JSON.stringify(pages)};
${assetsLine}
const OFFLINE = ${JSON.stringify(offline)};
self.addEventListener('install', (event) => {
  // cache: 'reload': from the server, so a deploy never saves pages the browser kept from before it.
  const requests = [...PAGES, ...ASSETS].map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))).then(() => self.clients.claim()),
  );
});
/** The saved copy of a request, whatever its query (Pagefind's ?ts=, a search's ?q=). */
const saved = (request) => caches.match(request, { ignoreSearch: true });
/** The offline page of the language the path is in (503: the page itself is not available). */
async function offlinePage(url) {
  const { page } = OFFLINE.find(({ prefix }) => url.pathname.startsWith(prefix)) ?? OFFLINE.find(({ lang }) => lang === 'zh');
  const copy = await caches.match(page);
  if (!copy) return Response.error();
  return new Response(copy.body, { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  // Hashed names: Astro's assets; Pagefind's index, fragment and filter chunks and its pf_meta file.
  const immutable = /\\/_astro\\/|\\/pagefind\\/.*(\\/(index|fragment|filter)\\/|\\.pf_meta$)/.test(url.pathname);
  const fromNetwork = () =>
    fetch(request).then((response) => {
      if (response.ok && response.type === 'basic') {
        const copy = response.clone();
        const key = new URL(url);
        key.search = '';
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key.href, copy)));
      }
      return response;
    });
  if (immutable) {
    event.respondWith(saved(request).then((hit) => hit ?? fromNetwork()));
    return;
  }
  event.respondWith(
    fromNetwork().catch(async (error) => {
      const hit = await saved(request);
      if (hit) return hit;
      if (request.mode === 'navigate') return offlinePage(url);
      throw error;
    }),
  );
});
`;
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
