/**
 * npm run bench:partitioned -- --reports 20000 --partitions 4 [--parallel] [--no-whole] [--keep] [--out bench/partitioned.json]
 *
 * The partitioned build measured against the whole build of the same corpus: generates N reports
 * (scripts/generate-corpus.ts), builds them once as `npm run build` does (build.ts) and once in
 * partitions, one after another unless --parallel, then merged (scripts/lib/partition.ts); prints each
 * step's wall time and peak memory, the merge's cost per report against the whole build's, and whether
 * the two sites are identical, and records the figures in a JSON file. --no-whole skips the whole
 * build (and the comparison) where it would take longer than the partitions themselves, as at 20,000.
 *
 * The search shard size is SEARCH_SHARD_SIZE if set, else reports / partitions (one shard per
 * partition, as 100,000 reports in shards of 5,000 give 20 runners one each).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../generate-corpus.ts';
import { buildMeasured } from './build.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    partitions: { type: 'string', default: '4' },
    parallel: { type: 'boolean', default: false },
    'no-whole': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/partitioned.json' },
  },
});
const reports = Number(values.reports);
const partitions = Number(values.partitions);
if (!Number.isInteger(reports) || reports < 1 || !Number.isInteger(partitions) || partitions < 1) throw new Error('--reports and --partitions take positive whole numbers');
// Read by src/config.ts when build-partitioned's modules load (below, dynamically) and by every build this starts.
process.env.SEARCH_SHARD_SIZE ||= String(Math.ceil(reports / partitions));
const { buildPartitioned, siteDifferences } = await import('../lib/partition.ts');

const root = join(tmpdir(), `town-reports-bench-partitioned-${reports}`);
const content = join(root, 'content');
const whole = join(root, 'whole');
const parted = join(root, 'parted');
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const gib = (bytes: number) => round(bytes / 2 ** 30, 2);

console.log(`== ${reports} reports, ${partitions} partitions, SEARCH_SHARD_SIZE=${process.env.SEARCH_SHARD_SIZE}`);
generateCorpus(reports, content);
async function wholeBuild() {
  console.log('-- whole build (npm run build)');
  return buildMeasured(join(root, 'whole.work'), content, whole);
}
const single = values['no-whole'] ? undefined : await wholeBuild();
console.log(`-- ${partitions} partitions${values.parallel ? '' : ', one after another'}, then the merge`);
const split = await buildPartitioned(content, parted, join(root, 'parts'), partitions, !values.parallel);
const differences = single ? siteDifferences(whole, parted) : undefined;
const identical = differences ? !differences.onlyInFirst.length && !differences.onlyInSecond.length && !differences.differing.length : undefined;

const figures = {
  measured: new Date().toISOString(),
  machine: { cores: availableParallelism(), cpu: cpus()[0]?.model, memoryGiB: gib(totalmem()) },
  reports,
  partitions,
  shardSize: Number(process.env.SEARCH_SHARD_SIZE),
  whole: single && { seconds: round(single.astroSeconds + single.searchSeconds), astroSeconds: single.astroSeconds, searchSeconds: single.searchSeconds, peakGiB: single.peakMemoryGiB },
  parts: split.records.map((record) => ({
    partition: record.partition,
    reports: record.reports.length,
    seconds: round(record.astro.seconds + record.search.seconds),
    astroSeconds: round(record.astro.seconds),
    searchSeconds: round(record.search.seconds),
    peakGiB: gib(Math.max(record.astro.peakBytes, record.search.peakBytes)),
    partMB: round(record.bytes / 2 ** 20),
  })),
  merge: { seconds: round(split.merge.seconds), msPerReport: round((split.merge.seconds * 1000) / reports), peakGiB: gib(split.merge.peakBytes) },
  wholeAstroMsPerReport: single && round((single.astroSeconds * 1000) / reports),
  identical,
  differences: differences && { onlyInWhole: differences.onlyInFirst.slice(0, 20), onlyInPartitioned: differences.onlyInSecond.slice(0, 20), differing: differences.differing.slice(0, 20) },
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(figures, null, 2)}\n`);

const slowest = Math.max(...figures.parts.map((part) => part.seconds));
const wholeRow = single && figures.whole ? `| whole build (astro + search) | ${reports} | ${figures.whole.seconds} s (${single.astroSeconds} + ${single.searchSeconds}) | ${figures.whole.peakGiB} GiB | ${single.distMB} MB |\n` : '';
const comparison = !differences
  ? 'dist not compared (--no-whole)'
  : `dist identical to the whole build: ${identical ? 'yes, every file byte for byte' : `NO (${differences.onlyInFirst.length} only in the whole build, ${differences.onlyInSecond.length} only in the partitioned, ${differences.differing.length} differing; see ${values.out})`}`;
console.log(`
| step | reports | wall time | peak memory | output |
|---|---|---|---|---|
${wholeRow}${figures.parts.map((part) => `| partition ${part.partition} (astro + search) | ${part.reports} | ${part.seconds} s (${part.astroSeconds} + ${part.searchSeconds}) | ${part.peakGiB} GiB | ${part.partMB} MB part |`).join('\n')}
| merge | ${reports} | ${figures.merge.seconds} s (${figures.merge.msPerReport} ms per report${figures.wholeAstroMsPerReport ? `; the whole build's astro: ${figures.wholeAstroMsPerReport}` : ''}) | ${figures.merge.peakGiB} GiB | |
| on ${partitions} runners at once (slowest partition + merge) | ${reports} | ${round(slowest + figures.merge.seconds)} s | | |

${comparison}
figures: ${values.out}`);
if (!values.keep) rmSync(root, { recursive: true, force: true });
