/**
 * The edition's search index layout at build time: the reports Astro builds,
 * cut into shards of SEARCH_SHARD_SIZE, and their place names (the term
 * index's vocabulary, with the glossary). Written to data/search-manifest.json
 * (for build-search.ts) and read by the search page (its shard count), so
 * both come from one computation.
 */
import { searchShardSize } from '../config.ts';
import { loadReportIndex } from './reports.ts';
import { contentSearchLayout, partitionReports } from './partition.ts';
import { searchManifest, type SearchManifest } from '../lib/search-records.ts';
import { placeNames } from '../lib/search-terms.ts';

export async function searchLayout(): Promise<SearchManifest> {
  // A partition loads only its own reports; its shards' indexes need the layout of them all (the file names).
  if (partitionReports()) return contentSearchLayout();
  const reports = await loadReportIndex();
  return searchManifest(
    reports.map((report) => report.slug),
    searchShardSize,
    placeNames(reports.flatMap(({ meta }) => [meta.town.zh, meta.district.zh, meta.city.zh])),
  );
}
