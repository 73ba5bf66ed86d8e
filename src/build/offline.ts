/**
 * What a reader can open offline: the files the service worker
 * (src/pages/sw.js.ts) saves when it installs, which the offline page
 * (src/pages/[lang]/offline.astro) lists, and the build's own assets (the
 * pages' scripts and styles, the chunks they load later: the cite dialog's,
 * OpenCC's), which only exist once Vite has written them, so an integration
 * (`offlineAssets`, astro.config.mjs) adds them to the written sw.js. Other
 * pages are saved as they are read.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { languages } from '../i18n/languages.ts';
import { citeDataUrl, pageUrl, reportUrl, routesFor } from '../lib/routes.ts';

/** The line of sw.js that offlineAssets fills in with the assets' addresses. */
export const assetsLine = 'const ASSETS = [];';

/** Above this many reports, report pages are saved as they are read (not gigabytes on a first visit). */
export const precacheLimit = 100;

/** The reports saved on install: every one in an edition of up to precacheLimit, none in a larger one. */
export function precachedReports<T>(reports: T[]): T[] {
  return reports.length <= precacheLimit ? reports : [];
}

/** The files saved on install, language by language: home, search, glossary, the offline page, and each saved report's page with its cite dialog's templates. */
export function precachedUrls(reports: { slug: string }[]): string[] {
  const saved = precachedReports(reports);
  return languages.flatMap((lang) => [
    pageUrl(lang),
    pageUrl(lang, 'search'),
    pageUrl(lang, 'glossary'),
    pageUrl(lang, 'offline'),
    ...saved.flatMap((report) => [reportUrl(lang, report.slug), citeDataUrl(lang, report.slug)]),
  ]);
}

/**
 * Fills in sw.js's list of assets (every file under _astro/, a few hundred kB that do not grow with the
 * reports) and adds their digest to its cache's name, so a build whose scripts changed installs a worker
 * that saves them afresh.
 */
export function offlineAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'town-reports:offline-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const { withBase } = routesFor(base);
        const folder = fileURLToPath(new URL('_astro/', dir));
        const assets = readdirSync(folder, { recursive: true, encoding: 'utf8' })
          .filter((path) => statSync(join(folder, path)).isFile())
          .map((path) => withBase(`_astro/${path.split(sep).join('/')}`))
          .sort();
        const file = new URL('sw.js', dir);
        const script = readFileSync(file, 'utf8');
        const digest = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 8);
        const filled = script.replace(assetsLine, `const ASSETS = ${JSON.stringify(assets)};`).replace(/^const CACHE = '([^']+)';$/m, `const CACHE = '$1-${digest}';`);
        if (!script.includes(assetsLine) || !/^const CACHE = '/m.test(script))
          throw new Error(`${file.pathname}: no "${assetsLine}" or CACHE line to fill in (src/pages/sw.js.ts)`);
        writeFileSync(file, filled);
      },
    },
  };
}
