/**
 * A partitioned build, step by step (the plan: src/lib/partition.ts; the Astro side: PARTITION in
 * src/config.ts, src/build/partition.ts). Each partition builds on its own, from the content folder
 * alone, into a folder of its own (`buildPartition`): its reports' files of the site and the renderings
 * its content loader made. The merge step (`mergeParts`) copies every part into the site's folder and the
 * renderings into its Astro cache, then builds the pages that list all reports without rendering a report.
 * scripts/build-partitioned.ts runs them locally; .github/workflows/build-partitioned.yml on separate runners.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { searchShardSize } from '../../src/config.ts';
import { contentSlugs } from '../../src/build/partition.ts';
import { partitionOf, reportFileOwner } from '../../src/lib/partition.ts';
import { indexingBytesPerReport, searchManifest } from '../../src/lib/search-records.ts';
import { astroBuildEnv, measured } from '../bench/build.ts';

/** Wall time and peak memory (of the process tree) of one step. */
export interface StepFigures {
  seconds: number;
  peakBytes: number;
}

/** What a partition's folder holds besides its files (`part.json`). */
export interface PartRecord {
  partition: number;
  partitions: number;
  shards: number[];
  reports: string[];
  astro: StepFigures;
  search: StepFigures;
  /** Bytes of the part (its files and renderings): what a runner uploads and the merge downloads. */
  bytes: number;
}

const astroBin = resolve('node_modules/astro/bin/astro.mjs');

/** Every file under a folder, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The search layout of a content folder's reports, as the Astro build will compute it. */
export const layoutOf = (content: string) => searchManifest(contentSlugs(content), searchShardSize);

/**
 * Where partition `index` builds before its files move to its part: inside the project. Astro keeps a
 * build's server chunks in `<outDir>/.prerender/` when the outDir is inside the working directory, and in
 * the project's `.astro/.prerender/` otherwise, which two partitions built at once would share: the first
 * to finish removed them while the other was still rendering (ERR_MODULE_NOT_FOUND, at 20,000 reports).
 */
export const partitionWork = (index: number) => resolve('.partitions', String(index));

/** Renames, or copies and removes where `to` is on another file system. */
function move(from: string, to: string) {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Builds partition `index` of `count` of the reports in `content` into `part` (emptied first):
 * `part/site/` its files of the site, `part/renderings/` its content loader's renderings, `part/part.json`.
 */
export async function buildPartition(content: string, index: number, count: number, part: string): Promise<PartRecord> {
  const { shards, reports } = partitionOf(layoutOf(content), index, count);
  const work = partitionWork(index);
  const dist = join(work, 'dist');
  rmSync(part, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const env = { ...astroBuildEnv(), CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache'), PARTITION: `${index}/${count}` };
  const astro = await measured(process.execPath, [astroBin, 'build', '--force', '--outDir', dist], env, join(work, 'astro.log'));
  const search = { seconds: 0, peakBytes: 0 };
  for (const shard of shards) {
    const step = await measured(process.execPath, ['scripts/build-search.ts', '--shard', String(shard)], env, join(work, `search-${shard}.log`));
    search.seconds += step.seconds;
    search.peakBytes = Math.max(search.peakBytes, step.peakBytes);
  }
  // Keep what belongs to this partition's reports and shards; the merge step writes every other file.
  const mine = new Set(reports);
  const myShards = new Set(shards.flatMap((shard) => [`pagefind/zh/${shard}`, `pagefind/en/${shard}`]));
  for (const path of filesUnder(dist)) {
    const owner = reportFileOwner(path);
    if (!owner) continue;
    if ('slug' in owner ? !mine.has(owner.slug) : !myShards.has(owner.shard))
      throw new Error(`${join(dist, path)}: partition ${index}/${count} wrote a file of ${'slug' in owner ? `report ${owner.slug}` : owner.shard}, not one of its own`);
    mkdirSync(join(part, 'site', path, '..'), { recursive: true });
    move(join(dist, path), join(part, 'site', path));
  }
  const renderings = join(work, 'cache', 'renderings');
  if (existsSync(renderings)) move(renderings, join(part, 'renderings'));
  const bytes = filesUnder(part).reduce((sum, path) => sum + statSync(join(part, path)).size, 0);
  const record: PartRecord = { partition: index, partitions: count, shards, reports, astro, search, bytes };
  writeFileSync(join(part, 'part.json'), `${JSON.stringify(record, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  return record;
}

/** The partitions' folders under `parts` (each with a part.json), checked to be every partition of one plan of this content. */
export function readParts(parts: string, content: string): { folder: string; record: PartRecord }[] {
  const found = readdirSync(parts)
    .filter((name) => existsSync(join(parts, name, 'part.json')))
    .map((name) => ({ folder: join(parts, name), record: JSON.parse(readFileSync(join(parts, name, 'part.json'), 'utf8')) as PartRecord }))
    .sort((a, b) => a.record.partition - b.record.partition);
  if (!found.length) throw new Error(`${parts}: no partition's folder (with a part.json) in it`);
  const count = found[0]!.record.partitions;
  const numbers = found.map(({ record }) => record.partition);
  if (found.some(({ record }) => record.partitions !== count) || numbers.join() !== Array.from({ length: count }, (_, k) => k + 1).join())
    throw new Error(`${parts}: expected partitions 1 to ${count} of ${count}, found ${found.map(({ record }) => `${record.partition}/${record.partitions}`).join(', ')}`);
  const layout = layoutOf(content);
  for (const { folder, record } of found) {
    const expected = partitionOf(layout, record.partition, count);
    if (expected.reports.join() !== record.reports.join())
      throw new Error(
        `${folder}/part.json: its reports are not partition ${record.partition}/${count} of ${content} (${layout.reportCount} reports, SEARCH_SHARD_SIZE=${layout.shardSize})`,
      );
  }
  return found;
}

/**
 * The merge step: every partition's files into `out` (emptied first; no file may come from two), their
 * renderings into a fresh Astro cache, then the Astro build of everything else (PARTITION=merge).
 */
export async function mergeParts(parts: string, content: string, out: string, work: string): Promise<StepFigures> {
  const found = readParts(parts, content);
  rmSync(out, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const cache = join(work, 'cache');
  for (const { folder } of found) {
    if (existsSync(join(folder, 'site'))) cpSync(join(folder, 'site'), out, { recursive: true, force: false, errorOnExist: true });
    if (existsSync(join(folder, 'renderings'))) cpSync(join(folder, 'renderings'), join(cache, 'renderings'), { recursive: true });
  }
  const env = { ...astroBuildEnv(), CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache, PARTITION: 'merge' };
  const astro = await measured(process.execPath, [astroBin, 'build', '--force', '--outDir', out], env, join(work, 'astro.log'));
  rmSync(cache, { recursive: true, force: true });
  return astro;
}

/** How two built sites differ: files only in one, files in both with other bytes. */
export function siteDifferences(a: string, b: string): { onlyInFirst: string[]; onlyInSecond: string[]; differing: string[] } {
  const first = filesUnder(a);
  const second = new Set(filesUnder(b));
  const inFirst = new Set(first);
  const same = (path: string) => statSync(join(a, path)).size === statSync(join(b, path)).size && readFileSync(join(a, path)).equals(readFileSync(join(b, path)));
  return {
    onlyInFirst: first.filter((path) => !second.has(path)),
    onlyInSecond: [...second].filter((path) => !inFirst.has(path)),
    differing: first.filter((path) => second.has(path) && !same(path)),
  };
}

/** Memory one partition may take at once: the Astro build's heap (package.json's build script) or indexing one shard. */
const astroBytes = 3 * 2 ** 30;

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
export const describePart = (record: PartRecord) =>
  `partition ${record.partition}/${record.partitions}: ${record.reports.length} reports (shards ${record.shards.join(', ')}), astro ${record.astro.seconds.toFixed(1)} s, search ${record.search.seconds.toFixed(1)} s, wall ${(record.astro.seconds + record.search.seconds).toFixed(1)} s, peak ${gib(Math.max(record.astro.peakBytes, record.search.peakBytes))}, part ${(record.bytes / 2 ** 20).toFixed(1)} MB`;
export const describeMerge = (merge: StepFigures, reports: number) =>
  `merge: ${reports} reports, ${merge.seconds.toFixed(1)} s (${((merge.seconds * 1000) / reports).toFixed(1)} ms per report), peak ${gib(merge.peakBytes)}`;

/** Builds every partition here, then merges them; the figures of each step. */
export async function buildPartitioned(content: string, out: string, parts: string, count: number, sequential: boolean) {
  const layout = layoutOf(content);
  const largest = Math.max(1, ...layout.shards.map((shard) => shard.reports.length));
  const fits = Math.floor(freemem() / Math.max(astroBytes, largest * indexingBytesPerReport));
  const parallel = sequential ? 1 : Math.max(1, Math.min(count, availableParallelism(), fits));
  const queue = Array.from({ length: count }, (_, k) => k + 1);
  const records: PartRecord[] = [];
  rmSync(parts, { recursive: true, force: true });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        const record = await buildPartition(content, index, count, join(parts, String(index)));
        console.log(describePart(record));
        records.push(record);
      }
    }),
  );
  const partitionsSeconds = (performance.now() - started) / 1000;
  const merge = await mergeParts(parts, content, out, join(parts, 'merge.work'));
  console.log(describeMerge(merge, layout.reportCount));
  console.log(`${count} partitions, ${parallel} at a time: ${partitionsSeconds.toFixed(1)} s, then the merge: ${(partitionsSeconds + merge.seconds).toFixed(1)} s in all → ${out}`);
  return { records: records.sort((a, b) => a.partition - b.partition), merge, partitionsSeconds, parallel };
}
