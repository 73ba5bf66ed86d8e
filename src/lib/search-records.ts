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

export type SearchLanguage = 'zh' | 'en';

export interface SearchPage {
  url: string;
  /** The HTML Pagefind indexes (never served). */
  html: string;
  language: SearchLanguage;
}

/**
 * Reports per index shard. Pagefind holds a shard in memory while it indexes
 * it, about 2.2 MB per Chinese report (10.9 GiB for one shard of 5,000,
 * measured by npm run bench), so the shard size bounds the build's memory:
 * 2,500 reports take about 5.5 GiB a process, whatever the size of the
 * edition. The browser merges the shards; together their page and chunk lists
 * hold what one index would, so a smaller shard costs a search little more
 * than a request per word and shard.
 */
export const shardSize = Number(process.env.SEARCH_SHARD_SIZE ?? 2500);

/** Memory a process needs to index one report (measured 2.2 MB, with a margin). */
export const indexingBytesPerReport = 2.5 * 2 ** 20;

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
