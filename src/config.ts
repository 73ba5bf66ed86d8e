/**
 * The edition's configuration: every environment variable that the build, the
 * scripts and the tests read is read here, once, with its default. Nothing
 * else reads `process.env`; a variable not listed here changes nothing.
 *
 * Plain TypeScript for Node: astro.config.mjs imports it (Node strips the
 * types), and so do Astro pages and endpoints (they run in Node at build
 * time), scripts/ and tests/. Never import it from browser code
 * (src/client/): `process` does not exist there. Pages and browser code get
 * the base path and the site as Astro resolved them, through src/lib/routes.ts
 * (`import.meta.env.BASE_URL`, `import.meta.env.SITE`).
 *
 * The README's Scripts section has the same list as a table.
 */
const env = process.env;

/** A positive whole number from the environment, or the default; anything else stops with the variable's name. */
function count(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}=${raw}: expected a positive whole number`);
  return value;
}

// ── Where the edition is published ────────────────────────────────────────────

/** A path segment of BASE_PATH: URL-safe characters only (RFC 3986's unreserved), so that the base is the same in a link, a file name and a service-worker scope. */
const baseSegment = /^[A-Za-z0-9._~-]+$/;

/**
 * BASE_PATH as Astro, the links and the service worker need it: one leading and one trailing slash
 * (`town-reports`, `/town-reports` and `town-reports/` all give `/town-reports/`; empty gives `/`).
 * Anything that is not a plain folder path stops with the variable's name.
 */
export function basePathFrom(raw: string): string {
  const wrong = (why: string): never => {
    throw new Error(`BASE_PATH=${JSON.stringify(raw)}: ${why}; expected the folder the edition is served from, such as /town-reports/ (the origin goes in SITE_URL)`);
  };
  const segments = raw.replace(/^\//, '').replace(/\/$/, '');
  if (segments === '') return '/';
  for (const segment of segments.split('/')) {
    if (segment === '') wrong('an empty folder name (two slashes in a row)');
    if (segment === '.' || segment === '..') wrong(`"${segment}" is not a folder name`);
    if (!baseSegment.test(segment)) wrong(`"${segment}" has a character other than letters, digits and - . _ ~`);
  }
  return `/${segments}/`;
}

/**
 * SITE_URL checked: an absolute http(s) URL with nothing but an origin, or an origin and the
 * base path itself (`https://octocat.github.io/town-reports/` with BASE_PATH=/town-reports/).
 * The result is the origin: the base path is added to every URL once, by src/lib/routes.ts.
 */
export function siteUrlFrom(raw: string, folder: string): string {
  const wrong = (why: string): never => {
    throw new Error(`SITE_URL=${JSON.stringify(raw)}: ${why}; expected the origin the edition is published at, such as https://octocat.github.io`);
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return wrong('not an absolute URL (a scheme, https://, and a host)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') wrong(`the scheme ${url.protocol} is not http: or https:`);
  if (!url.hostname) wrong('no host');
  if (url.username || url.password) wrong('a user name or password does not belong in a published address');
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) wrong('a query or fragment does not belong in the origin');
  const path = url.pathname.replace(/\/?$/, '/');
  if (path !== '/' && path !== folder) {
    wrong(
      `the path ${url.pathname} would be lost from every absolute URL; put the folder in BASE_PATH (BASE_PATH=${path}, now ${folder}) and the origin in SITE_URL (${url.origin})`,
    );
  }
  return url.origin;
}

/** BASE_PATH: the folder the edition is served from (`/town-reports/`; slashes are added where missing); Astro's `base`, which src/lib/routes.ts puts before every address. Default (and empty) `/`. */
export const basePath = basePathFrom(env.BASE_PATH || '/');

/** SITE_URL: the origin every absolute URL (citations, canonical links, sitemap, robots.txt, Open Graph) starts with; a path in it must be BASE_PATH's. Empty or unset: the default, `https://town-reports.example.org` (a placeholder: set it for any build you publish). */
export const siteUrl = siteUrlFrom(env.SITE_URL || 'https://town-reports.example.org', basePath);

// ── What is built, and where ──────────────────────────────────────────────────

/** CONTENT_DIR: the content folder the build and the anchor scripts read (reports, anchors.json, anchor-aliases.json); a generated corpus for the benchmark and the smoke test. Default `content`. */
export const contentDir = env.CONTENT_DIR ?? 'content';

/** GLOSSARY_FILE: the glossary the plugins mark terms from. Default `content/glossary/terms.yaml` (not under CONTENT_DIR: a generated corpus uses the edition's glossary). */
export const glossaryFile = env.GLOSSARY_FILE ?? 'content/glossary/terms.yaml';

/** OUT_DIR: where `astro build` writes the site and where build-search.ts reads the exports and the search manifest and writes the indexes. Default `dist` (`astro build --outDir` overrides it for Astro only: set both). */
export const outDir = env.OUT_DIR ?? 'dist';

/** ASTRO_CACHE_DIR: Astro's cache folder (content store, optimized assets); the benchmark gives each build its own. Default `./node_modules/.astro`. */
export const astroCacheDir = env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

/** BUILD_ID: part of the service worker's cache name, so that a deploy starts readers on a fresh cache; the Pages workflow sets the commit. Default: none (the name then follows the content and the edition's version). */
export const buildId: string | undefined = env.BUILD_ID;

/**
 * SEARCH_SHARD_SIZE: reports per search index shard, read by the Astro build
 * only; it writes the layout to data/search-manifest.json, which
 * build-search.ts follows. Default 5000 (why: src/lib/search-records.ts).
 */
export const searchShardSize = count('SEARCH_SHARD_SIZE', 5000);

/**
 * SEARCH_MEMORY_GIB: the memory build-search.ts may give its shard processes together, in GiB; it runs no
 * more shards at once than this holds at Pagefind's memory per report (scripts/lib/shard-schedule.ts).
 * Default 12 (one shard of 5,000 at a time, about 10.9 GiB).
 */
export const searchMemoryGiB = count('SEARCH_MEMORY_GIB', 12);

/** One part of a build split across machines (scripts/build-partitioned.ts): `k/N`, or what the merge step builds. */
export type Partition = { index: number; count: number } | 'merge' | undefined;

/** PARTITION's value checked: `k/N` (1 ≤ k ≤ N), `merge` or empty; anything else stops with the variable's name. */
export function partitionFrom(raw: string): Partition {
  if (raw === '') return undefined;
  if (raw === 'merge') return 'merge';
  const [, index, count] = /^(\d+)\/(\d+)$/.exec(raw) ?? [];
  if (index && count && Number(index) >= 1 && Number(index) <= Number(count)) return { index: Number(index), count: Number(count) };
  throw new Error(`PARTITION=${raw}: expected k/N (partition k of N, 1 ≤ k ≤ N) or "merge"`);
}

/**
 * PARTITION: build one part of the site, for a build split across machines (scripts/build-partitioned.ts
 * runs it; how the reports are split: src/lib/partition.ts). `k/N`: only the reports of partition k of N
 * (their shards of the search layout) are loaded and rendered, with their pages, cite pages, downloads and
 * Open Graph cards; `merge`: every page except those, from the renderings the partitions left in
 * ASTRO_CACHE_DIR, into an OUT_DIR that already holds the partitions' files (it is not emptied first).
 * Default: unset, the whole site.
 */
export const partition = partitionFrom(env.PARTITION ?? '');

// ── Tools ─────────────────────────────────────────────────────────────────────

/** CHROMIUM_PATH: the Chromium that the browser tests (playwright.config.ts, the smoke test), the benchmark, measure:search and Lighthouse drive. Default `/usr/bin/chromium` (Debian's). */
export const chromiumPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ── Tests only ────────────────────────────────────────────────────────────────

/** DIST_DIR (tests): the built site discoverability.test.ts checks; the other browser tests always serve `dist`. Default `dist`. */
export const testDistDir = env.DIST_DIR ?? 'dist';

/** UPDATE_FIXTURES (tests): any value makes tests/plugins/fixtures.test.ts rewrite every expected output.html and data.json instead of comparing (without it a missing one fails). Default unset. */
export const updateFixtures = Boolean(env.UPDATE_FIXTURES);
