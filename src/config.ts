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

/** SITE_URL: the origin every absolute URL (citations, canonical links, sitemap, robots.txt, Open Graph) starts with. Default `https://town-reports.example.org` (a placeholder: set it for any build you publish). */
export const siteUrl = env.SITE_URL ?? 'https://town-reports.example.org';

/** BASE_PATH: the folder the edition is served from, with slashes (`/town-reports/`); Astro's `base`, and the prefix of the glossary links the plugins write. Default `/`. */
export const basePath = env.BASE_PATH ?? '/';

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

// ── Tools ─────────────────────────────────────────────────────────────────────

/** CHROMIUM_PATH: the Chromium that the browser tests (playwright.config.ts, the smoke test), the benchmark, measure:search and Lighthouse drive. Default `/usr/bin/chromium` (Debian's). */
export const chromiumPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ── Tests only ────────────────────────────────────────────────────────────────

/** DIST_DIR (tests): the built site discoverability.test.ts checks; the other browser tests always serve `dist`. Default `dist`. */
export const testDistDir = env.DIST_DIR ?? 'dist';

/** UPDATE_FIXTURES (tests): any value makes tests/plugins/fixtures.test.ts rewrite every expected output.html and data.json instead of comparing (without it a missing one fails). Default unset. */
export const updateFixtures = Boolean(env.UPDATE_FIXTURES);
