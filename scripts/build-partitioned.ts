/**
 * npm run build:partitioned -- --partitions N [--sequential] [--parts DIR]
 *
 * Builds the site in N partitions that need nothing from each other, then
 * merges them into OUT_DIR: the same site as `npm run build`. A partition is a
 * run of whole search shards (SEARCH_SHARD_SIZE; at most one partition per
 * shard): it renders its reports and writes their pages, cite pages,
 * downloads, Open Graph cards and its shards' search indexes. The merge step
 * writes every page that lists reports from the renderings the partitions left,
 * rendering none again. Partitions run as separate processes, as many at once
 * as cores and memory allow (--sequential: one after another).
 *
 * On separate machines (.github/workflows/build-partitioned.yml), each runner
 * builds one partition into DIR/<k>/ and the merge job, with every DIR/<k>/
 * copied in, merges:
 *   node scripts/build-partitioned.ts --partitions N --partition k --parts DIR
 *   node scripts/build-partitioned.ts --merge --parts DIR
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, outDir } from '../src/config.ts';
import { buildPartition, buildPartitioned, describeMerge, describePart, layoutOf, mergeParts } from './lib/partition.ts';

const { values } = parseArgs({
  options: {
    partitions: { type: 'string' },
    partition: { type: 'string' },
    merge: { type: 'boolean', default: false },
    sequential: { type: 'boolean', default: false },
    parts: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`build:partitioned: ${message}`);
  process.exit(1);
}

const count = values.partitions === undefined ? undefined : Number(values.partitions);
if (count !== undefined && !(Number.isInteger(count) && count >= 1)) fail(`--partitions ${values.partitions}: expected a positive whole number`);
try {
  if ((values.merge || values.partition !== undefined) && !values.parts) fail("--parts DIR is required: the folder of the partitions' folders");
  if (values.merge) {
    const merge = await mergeParts(values.parts!, contentDir, outDir, join(values.parts!, 'merge.work'));
    console.log(describeMerge(merge, layoutOf(contentDir).reportCount));
  } else if (values.partition !== undefined) {
    const index = Number(values.partition);
    if (!count || !Number.isInteger(index) || index < 1 || index > count) fail(`--partition ${values.partition}: expected k of --partitions N, 1 ≤ k ≤ N`);
    console.log(describePart(await buildPartition(contentDir, index, count, join(values.parts!, String(index)))));
  } else {
    if (!count) fail('--partitions N is required (how many partitions; at most the number of search shards)');
    // The partitions' folders: a fresh temporary folder, removed afterwards, unless --parts names one.
    const parts = values.parts ?? mkdtempSync(join(tmpdir(), 'town-reports-parts-'));
    await buildPartitioned(contentDir, outDir, parts, count, values.sequential);
    if (!values.parts) rmSync(parts, { recursive: true, force: true });
  }
} catch (error) {
  fail((error as Error).message);
}
