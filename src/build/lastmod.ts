/**
 * <lastmod> of the sitemap: when a page's content last changed.
 *
 * A report's pages (/<lang>/reports/<slug>/ and its cite page) change with its
 * Chinese file or its translation: the later of their last commits. Every
 * other page lists, counts or explains the whole edition: the edition's last
 * commit. Dates come from one `git log` over the reports' folders (and one for
 * the edition); where git or the history is missing (a generated corpus, an
 * exported tree), a file's modification time stands in. Used by
 * astro.config.mjs, so it imports nothing of Astro's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { reportOfPath } from '../lib/routes.ts';

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The last commit date of each file under the folders, by path relative to the working directory: one git log. */
export function commitDates(folders: string[]): Map<string, Date> {
  const dates = new Map<string, Date>();
  const log = git(['log', '--relative', '--format=%x00%cI', '--name-only', '--', ...folders]);
  if (!log) return dates;
  let date: Date | undefined;
  // Newest commit first: a file's first appearance is its last change.
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = new Date(line.slice(1));
    else if (line && date && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}

const later = (a: Date | undefined, b: Date | undefined) => (a && b ? (a > b ? a : b) : (a ?? b));

/** Report slug → the date its pages last changed. Files are named after their slug (src/lib/slugs.ts). */
export function reportDates(contentDir: string): Map<string, Date> {
  const folders = ['zh', 'en'].map((lang) => join(contentDir, 'reports', lang)).filter((folder) => existsSync(folder));
  const committed = commitDates(folders);
  const dates = new Map<string, Date>();
  for (const folder of folders) {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.md')) continue;
      const file = join(folder, name);
      // A file that git does not know (untracked, or no repository) has only its modification time.
      const date = committed.get(relative(process.cwd(), resolve(file))) ?? statSync(file).mtime;
      const slug = name.slice(0, -'.md'.length);
      dates.set(slug, later(dates.get(slug), date)!);
    }
  }
  return dates;
}

/** The edition's last commit, or its newest report where that is later (uncommitted, generated, or no git). */
export function editionDate(reports: Map<string, Date>): Date {
  const head = git(['log', '-1', '--format=%cI'])?.trim();
  const newest = [...reports.values()].reduce<Date | undefined>(later, undefined);
  return later(head ? new Date(head) : undefined, newest) ?? new Date();
}

/** A function from a page's absolute URL to its <lastmod> (ISO 8601); dates are looked up once, on first use. */
export function lastModified(contentDir: string): (url: string) => string {
  let reports: Map<string, Date> | undefined;
  let edition: Date | undefined;
  return (url) => {
    reports ??= reportDates(contentDir);
    edition ??= editionDate(reports);
    const slug = reportOfPath(new URL(url).pathname);
    return ((slug && reports.get(slug)) || edition).toISOString();
  };
}
