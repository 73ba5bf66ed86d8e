/**
 * The Astro side of a partitioned build (PARTITION, src/config.ts; the plan in src/lib/partition.ts): which
 * reports this build loads, and which routes it writes. A partition `k/N` loads only its own reports, so its
 * report routes need no filter; the merge step loads every report (from the partitions' renderings) and
 * leaves out the routes a partition wrote (`perReport`).
 */
import { readdirSync } from 'node:fs';
import { contentDir, partition, searchShardSize } from '../config.ts';
import { partitionOf } from '../lib/partition.ts';
import { searchManifest, type SearchManifest } from '../lib/search-records.ts';
import { placeNames } from '../lib/search-terms.ts';
import matter from '../lib/frontmatter.ts';
import { readContentMarkdown } from '../lib/text-file.ts';

/** Every report's slug, sorted: the names of the Chinese files (a file is named after its slug, src/lib/slugs.ts). */
export function contentSlugs(dir = contentDir): string[] {
  return readdirSync(`${dir}/reports/zh`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

/**
 * The search layout of every report in the content folder, whichever part this build is: the shards from
 * the file names, the place names (the term index's vocabulary, the same in every shard) from each file's
 * frontmatter, read without rendering anything.
 */
export function contentSearchLayout(dir = contentDir): SearchManifest {
  const slugs = contentSlugs(dir);
  const places = slugs.flatMap((slug) => {
    const path = `${dir}/reports/zh/${slug}.md`;
    const data = matter(readContentMarkdown(path).text).data as { town?: { zh?: string }; district?: { zh?: string }; city?: { zh?: string } };
    return [data.town?.zh, data.district?.zh, data.city?.zh].filter((name): name is string => typeof name === 'string');
  });
  return searchManifest(slugs, searchShardSize, placeNames(places));
}

/** The slugs this build loads: its partition's, or undefined for every report (a whole build, the merge). */
export function partitionReports(): Set<string> | undefined {
  if (partition === undefined || partition === 'merge') return undefined;
  return new Set(partitionOf(contentSearchLayout(), partition.index, partition.count).reports);
}

/** The paths of a route with a page or file per report: none in the merge step, which the partitions wrote. */
export function perReport<T>(paths: T[]): T[] {
  return partition === 'merge' ? [] : paths;
}
