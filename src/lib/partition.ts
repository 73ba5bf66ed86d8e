/**
 * A build split into partitions that need nothing from each other (scripts/build-partitioned.ts): each
 * partition is a run of whole search shards of the search layout (src/lib/search-records.ts: the sorted
 * slugs cut every SEARCH_SHARD_SIZE), which every machine computes alike from the content folder's file
 * names. A partition renders its reports and writes what belongs to one report (`reportFileOwner`) and its
 * shards' indexes; the merge step writes every other file, the pages that list all reports.
 */
import type { SearchManifest } from './search-records.ts';

/** The shards of partition `index` of `count` (1-based): consecutive, as even as the shard count allows. */
export function partitionShards(shardCount: number, index: number, count: number): number[] {
  if (count > shardCount)
    throw new Error(`${count} partitions, but the search layout has ${shardCount} shard(s): use at most ${shardCount} partitions, or a smaller SEARCH_SHARD_SIZE`);
  const first = Math.floor(((index - 1) * shardCount) / count);
  const end = Math.floor((index * shardCount) / count);
  return Array.from({ length: end - first }, (_, k) => first + k);
}

/** The shards and reports of one partition. */
export function partitionOf(manifest: SearchManifest, index: number, count: number): { shards: number[]; reports: string[] } {
  const shards = partitionShards(manifest.shardCount, index, count);
  return { shards, reports: shards.flatMap((shard) => manifest.shards[shard]!.reports) };
}

/** Which files of the built site a partition writes: one report's (by slug) or one search shard's (by folder). */
export type FileOwner = { slug: string } | { shard: string };

const reportFiles = [
  /^(?:zh|en)\/reports\/([a-z][a-z0-9-]*)\//, // the report page and its cite page, both languages
  /^data\/reports\/([a-z][a-z0-9-]*)\.[a-z.]+$/, // its downloads
  /^data\/figures\/reports\/([a-z][a-z0-9-]*)\.(?:json|csv)$/, // its figures
  /^data\/cite\/(?:zh|en)\/([a-z][a-z0-9-]*)\.json$/, // its cite dialog's data
  /^og\/([a-z][a-z0-9-]*)\.png$/, // its Open Graph card
];
const shardFiles = /^(pagefind\/(?:zh|en)\/\d+)\//;

/** The owner of a file under the site's folder ("zh/reports/a/index.html"), or undefined: the merge step writes it. */
export function reportFileOwner(path: string): FileOwner | undefined {
  for (const pattern of reportFiles) {
    const slug = pattern.exec(path)?.[1];
    if (slug) return { slug };
  }
  const shard = shardFiles.exec(path)?.[1];
  return shard ? { shard } : undefined;
}
