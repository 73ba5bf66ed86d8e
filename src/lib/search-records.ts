/**
 * What the search index holds: one Pagefind page per report and language,
 * built from the published export (dist/data/reports/<slug>.json). Every
 * section and paragraph is a titled, empty anchor before its text, so
 * Pagefind returns sub-results that land on the paragraph and stores each
 * text once. One page per report (not per paragraph) keeps the index's page
 * list, which every search loads, at a few bytes per report.
 */
import type { ReportExport } from './exports.ts';
import type { ReportMeta } from './schema.ts';
import { searchShardSize } from '../config.ts';

export type SearchLanguage = 'zh' | 'en';

export interface SearchPage {
  url: string;
  /** The HTML Pagefind indexes (never served). */
  html: string;
  language: SearchLanguage;
}

/**
 * Reports per index shard. Every shard answers every query with its own index
 * chunks, and a chunk is filled to a size, so a common word costs a chunk per
 * shard: at 10,000 reports a first search loaded 443 kB with shards of 5,000
 * and 551 kB with shards of 2,500 (npm run bench). A shard's memory while it
 * is indexed grows with it (Pagefind holds about 2.1 MB per Chinese report:
 * 10.9 GiB for 5,000), and build-search.ts runs no more shards at once than
 * free memory holds.
 */
export const shardSize = searchShardSize;

/** Memory a process needs to index one report (measured: 2.1 MB). */
export const indexingBytesPerReport = 2.2 * 2 ** 20;

export function shardCount(reports: number): number {
  return Math.max(1, Math.ceil(reports / shardSize));
}

/** Where shard k of a language's index lives (0 is the primary bundle the page loads first). */
export function shardPath(language: SearchLanguage, shard: number): string {
  return `pagefind/${language}/${shard}/`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

function page(report: ReportExport, language: SearchLanguage, base: string): SearchPage {
  const data = report.metadata as unknown as ReportMeta;
  const zh = language === 'zh';
  const meta: Record<string, string> = {
    title: zh ? data.title.zh : data.title.en,
    slug: report.slug,
    town: zh ? data.town.zh : data.town.en,
    place: zh ? `${data.city.zh}${data.district.zh}` : `${data.district.en}, ${data.city.en}`,
    years: data.yearsCovered.join('–'),
  };
  const filters: Record<string, string[]> = {
    town: [report.slug],
    city: [data.city.en],
    district: [data.district.en],
    year: data.yearsCovered.map(String),
    kind: [data.kind],
  };
  const parts = [
    // The [content] form: values may hold commas and colons, which the inline "key:value" form splits on.
    ...Object.entries(meta).map(([key, value]) => `<meta data-pagefind-meta="${key}[content]" content="${escapeHtml(value)}">`),
    ...Object.entries(filters).flatMap(([key, values]) => values.map((value) => `<meta data-pagefind-filter="${key}[content]" content="${escapeHtml(value)}">`)),
  ];
  for (const block of report.blocks) {
    const text = zh ? block.normalized : block.english;
    if (block.kind === 'block' || !text) continue;
    const tag = block.kind === 'section' ? 'h2' : 'p';
    parts.push(`<span id="${block.id}" data-pagefind-title="${block.id}"></span><${tag}>${escapeHtml(text)}</${tag}>`);
  }
  const lang = zh ? 'zh' : 'en';
  return { url: `${base}${language}/reports/${report.slug}/`, language, html: `<html lang="${lang}"><body>${parts.join('')}</body></html>` };
}

export function searchPages(report: ReportExport, base = '/'): SearchPage[] {
  const pages = [page(report, 'zh', base)];
  if (report.translation) pages.push(page(report, 'en', base));
  return pages;
}
