/**
 * What a reader can open offline: the files the service worker
 * (src/pages/sw.js.ts) saves when it installs, which the offline page
 * (src/pages/[lang]/offline.astro) lists. Other pages are saved as they are
 * read.
 */
import { languages } from '../i18n/index.ts';
import { citeDataUrl, pageUrl, reportUrl } from '../lib/routes.ts';

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
