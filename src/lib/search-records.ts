/**
 * What the search index holds: one Pagefind page per report and language (a
 * long report: a few, searchPartLimits), built from the published export
 * (dist/data/reports/<slug>.json). Every
 * section and paragraph is a titled, empty anchor before its text, so
 * Pagefind returns sub-results that land on the paragraph and stores each
 * text once. One page per report (not per paragraph) keeps the index's page
 * list, which every search loads, at a few bytes per report.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ReportExport } from './exports.ts';
import type { ReportMeta } from './schema.ts';
import { formatPlace } from './format.ts';
import { routesFor } from './routes.ts';

export type SearchLanguage = 'zh' | 'en';

export interface SearchPage {
  url: string;
  /** The HTML Pagefind indexes (never served). */
  html: string;
  /** Its text, a line per section or paragraph (what the term index looks in: src/lib/search-terms.ts). */
  text: string;
  language: SearchLanguage;
}

/** Memory a process needs to index one report (measured: 2.1 MB). */
export const indexingBytesPerReport = 2.2 * 2 ** 20;

/**
 * How many shards an index of this many reports needs. The shard size is
 * SEARCH_SHARD_SIZE (src/config.ts, default 5,000). Every shard answers every
 * query with its own index chunks, and a chunk is filled to a size, so a
 * common word costs a chunk per shard: at 10,000 reports a first search
 * loaded 443 kB with shards of 5,000 and 551 kB with shards of 2,500 (npm run
 * bench). A shard's memory while it is indexed grows with it (Pagefind holds
 * about 2.1 MB per Chinese report: 10.9 GiB for 5,000), and build-search.ts
 * runs no more shards at once than free memory holds.
 */
export function shardCount(reports: number, shardSize: number): number {
  return Math.max(1, Math.ceil(reports / shardSize));
}

/** Where shard k of a language's index lives (0 is the primary bundle the page loads first). */
export function shardPath(language: SearchLanguage, shard: number): string {
  return `pagefind/${language}/${shard}/`;
}

/**
 * The layout of the search index: which reports go in which shard. The Astro
 * build writes it (data/search-manifest.json, from SEARCH_SHARD_SIZE) and
 * gives the search page its shard count from it; build-search.ts indexes
 * exactly these shards, so the two never have to agree on an environment
 * variable.
 */
export interface SearchManifest {
  /** The version of this format. */
  format: 1;
  /** Reports per shard (the last shard may hold fewer). */
  shardSize: number;
  /** Shards per language; the search page loads shard 0 and merges the others. */
  shardCount: number;
  /** Reports in the index: one export (data/reports/<slug>.json) each. */
  reportCount: number;
  /** Shard k: its index folders (under the site's base) and its reports' slugs, in order. */
  shards: { indexes: Record<SearchLanguage, string>; reports: string[] }[];
  /** The edition's place names, with and without their suffix (src/lib/search-terms.ts placeNames): every shard's term index lists them. */
  places?: string[];
}

const languages: SearchLanguage[] = ['zh', 'en'];

/** The shards of these reports: the slugs sorted (as build-search.ts always sorted the exports), cut every shardSize. */
export function searchManifest(slugs: string[], shardSize: number, places: string[] = []): SearchManifest {
  const sorted = [...slugs].sort();
  const count = shardCount(sorted.length, shardSize);
  return {
    format: 1,
    shardSize,
    shardCount: count,
    reportCount: sorted.length,
    shards: Array.from({ length: count }, (_, shard) => ({
      indexes: Object.fromEntries(languages.map((language) => [language, shardPath(language, shard)])) as Record<SearchLanguage, string>,
      reports: sorted.slice(shard * shardSize, (shard + 1) * shardSize),
    })),
    places,
  };
}

/**
 * What is wrong with a manifest read from disk, given the slugs of the exports beside it (empty: nothing).
 * `needed`: the reports whose exports must be there (default: every listed report; one shard's on a partition's machine).
 */
export function manifestProblems(manifest: unknown, exported: string[], needed?: string[]): string[] {
  const m = manifest as Partial<SearchManifest> | null;
  if (typeof m !== 'object' || m === null || m.format !== 1) return [`not a search manifest of format 1 (format: ${JSON.stringify(m?.format)})`];
  const problems: string[] = [];
  const shards = Array.isArray(m.shards) ? m.shards : [];
  if (!Array.isArray(m.shards)) problems.push('no list of shards');
  if (!Number.isInteger(m.shardSize) || m.shardSize! < 1) problems.push(`shardSize ${JSON.stringify(m.shardSize)} is not a positive whole number`);
  if (m.shardCount !== shards.length) problems.push(`shardCount is ${m.shardCount} but ${shards.length} shards are listed`);
  const listed = new Set<string>();
  shards.forEach((shard, k) => {
    if (!shard || !Array.isArray(shard.reports)) return void problems.push(`shard ${k} has no list of reports`);
    if (shard.reports.length === 0 && shards.length > 1) problems.push(`shard ${k} lists no reports`);
    if (Number.isInteger(m.shardSize) && shard.reports.length > m.shardSize!) problems.push(`shard ${k} holds ${shard.reports.length} reports, more than shardSize ${m.shardSize}`);
    for (const language of languages)
      if (shard.indexes?.[language] !== shardPath(language, k))
        problems.push(`shard ${k}: the ${language} index is ${JSON.stringify(shard.indexes?.[language])}, expected "${shardPath(language, k)}"`);
    for (const slug of shard.reports) {
      if (listed.has(slug)) problems.push(`report ${slug} is listed twice`);
      listed.add(slug);
    }
  });
  if (m.places !== undefined && !(Array.isArray(m.places) && m.places.every((place) => typeof place === 'string'))) problems.push('places is not a list of names');
  if (m.reportCount !== listed.size) problems.push(`reportCount is ${m.reportCount} but ${listed.size} reports are listed`);
  const exports = new Set(exported);
  const unexported = (needed ?? [...listed]).filter((slug) => !exports.has(slug));
  const unlisted = exported.filter((slug) => !listed.has(slug));
  const some = (slugs: string[]) => `${slugs.slice(0, 5).join(', ')}${slugs.length > 5 ? `, … (${slugs.length})` : ''}`;
  if (unexported.length) problems.push(`listed but not exported (no data/reports/<slug>.json): ${some(unexported)}`);
  if (unlisted.length) problems.push(`exported but in no shard: ${some(unlisted)}`);
  return problems;
}

/**
 * The most one search page holds. Pagefind computes every matching paragraph of a page (a sub-result,
 * with its excerpt) when the page's result is opened, and the work grows with the square of the
 * page's length (a 2,000-paragraph report matching everywhere: 17 s; 200 paragraphs: 0.1 s), so a
 * longer report is indexed as several pages, parts of consecutive paragraphs, and each result the
 * search page opens costs the same bounded work. A single longer paragraph is a part of its own. The
 * edition's reports (≤ 50 paragraphs, ≤ 6,000 characters) are one part each.
 */
export const searchPartLimits = { blocks: 100, characters: 40_000 };

/** Consecutive runs of the items, each within the limits (an item longer than the limit alone); at least one run. */
export function searchParts<T>(items: T[], length: (item: T) => number, limits = searchPartLimits): T[][] {
  const parts: T[][] = [[]];
  let characters = 0;
  for (const item of items) {
    let part = parts[parts.length - 1]!;
    if (part.length && (part.length >= limits.blocks || characters + length(item) > limits.characters)) {
      parts.push((part = []));
      characters = 0;
    }
    part.push(item);
    characters += length(item);
  }
  return parts;
}

function pages(report: ReportExport, language: SearchLanguage, base: string): SearchPage[] {
  const data = report.metadata as unknown as ReportMeta;
  const zh = language === 'zh';
  const meta: Record<string, string> = {
    title: data.title[language],
    slug: report.slug,
    town: data.town[language],
    place: formatPlace(data, language),
    years: data.yearsCovered.join('–'),
  };
  const filters: Record<string, string[]> = {
    town: [report.slug],
    city: [data.city.en],
    district: [data.district.en],
    year: data.yearsCovered.map(String),
    kind: [data.kind],
  };
  const indexed = report.blocks.flatMap((block) => {
    const text = zh ? block.normalized : block.english;
    return block.kind === 'block' || !text ? [] : [{ block, text }];
  });
  const parts = searchParts(indexed, (item) => item.text.length);
  const url = routesFor(base).reportUrl(language, report.slug);
  return parts.map((blocks, part) => {
    const content: ElementContent[] = [
      // The [content] form: values may hold commas and colons, which the inline "key:value" form splits on.
      ...Object.entries(meta).map(([key, value]) => h('meta', { 'data-pagefind-meta': `${key}[content]`, content: value })),
      ...Object.entries(filters).flatMap(([key, values]) => values.map((value) => h('meta', { 'data-pagefind-filter': `${key}[content]`, content: value }))),
    ];
    for (const { block, text } of blocks) {
      // An empty titled span before each block: Pagefind makes it a sub-result whose URL is the block's anchor.
      content.push(h('span', { id: block.id, 'data-pagefind-title': block.id }), h(block.kind === 'section' ? 'h2' : 'p', text));
    }
    const html = toHtml(h('html', { lang: language }, [h('body', content)]));
    // Each part is a page of its own to Pagefind (its own address); the search page puts a report's
    // hits together by slug, in reading order, and links each by slug and anchor.
    return { url: part ? `${url}?part=${part}` : url, language, html, text: blocks.map(({ text }) => text).join('\n') };
  });
}

/** A report's search pages: one per language (the Chinese text, the translation), or its parts when it is long (searchPartLimits). */
export function searchPages(report: ReportExport, base = '/'): SearchPage[] {
  return [...pages(report, 'zh', base), ...(report.translation ? pages(report, 'en', base) : [])];
}
