/**
 * npm run build:search — after `astro build`, writes the Pagefind indexes from
 * the published exports (dist/data/reports/*.json): dist/pagefind/zh/<k>/
 * (normalized simplified Chinese, Pagefind's Chinese segmentation) and
 * dist/pagefind/en/<k>/ (the translation, English stemming).
 *
 * The shards are those the Astro build laid out in dist/data/search-manifest.json:
 * which reports go in which shard (shards of SEARCH_SHARD_SIZE, 5,000 by
 * default, a variable only the Astro build reads). The search page takes its
 * shard count from the same layout, loads shard 0 and merges the others
 * (mergeIndex), so it never misses a shard. The script stops if the manifest
 * is missing or does not match the exports.
 *
 * Each shard is indexed by its own process, as many at once as the machine
 * has cores and free memory for, so memory stays bounded by the shard, not
 * the corpus (a 100,000-report edition can index its shards on separate
 * machines and copy them in).
 *
 *   node scripts/build-search.ts            all shards
 *   node scripts/build-search.ts --shard 3  one shard (what each process runs)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { ReportExport } from '../src/lib/exports.ts';
import { outDir } from '../src/config.ts';
import { indexingBytesPerReport, manifestProblems, searchPages, type SearchLanguage, type SearchManifest } from '../src/lib/search-records.ts';

const exportsDir = `${outDir}/data/reports`;
const manifestFile = `${outDir}/data/search-manifest.json`;

function fail(message: string): never {
  console.error(`build:search: ${message}`);
  process.exit(1);
}

if (!existsSync(exportsDir)) fail(`${exportsDir} is missing: run astro build first (npm run build does both)`);
if (!existsSync(manifestFile)) fail(`${manifestFile} is missing: the Astro build writes it (src/pages/data/search-manifest.json.ts); run astro build first`);
const slugs = readdirSync(exportsDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();
let manifest: SearchManifest;
try {
  manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as SearchManifest;
} catch (error) {
  fail(`${manifestFile}: ${(error as Error).message}`);
}
const { values } = parseArgs({ options: { shard: { type: 'string' } } });
// One shard's process may run where only that shard's reports were built (a partition, scripts/build-partitioned.ts).
const needed = values.shard === undefined ? undefined : (manifest.shards[Number(values.shard)]?.reports ?? []);
const problems = manifestProblems(manifest, slugs, needed);
if (problems.length) fail(`${manifestFile} does not match the exports in ${exportsDir} (rebuild the site):\n  ${problems.join('\n  ')}`);

async function indexShard(shard: number) {
  const listed = manifest.shards[shard];
  if (!listed) fail(`no shard ${shard} in ${manifestFile} (${manifest.shardCount} shards)`);
  const reports = listed.reports.map((slug) => JSON.parse(readFileSync(`${exportsDir}/${slug}.json`, 'utf8')) as ReportExport);
  // URLs are site-relative: Pagefind prefixes the base path it finds its bundle under.
  const pages = reports.flatMap((report) => searchPages(report, '/'));
  for (const language of ['zh', 'en'] as SearchLanguage[]) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const own = pages.filter((page) => page.language === language);
    for (const page of own) {
      const response = await index.addHTMLFile({ url: page.url, content: page.html });
      if (response.errors.length) throw new Error(`pagefind: ${page.url}: ${response.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: `${outDir}/${listed.indexes[language]}` });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    await index.deleteIndex();
  }
  await pagefind.close();
}

function runShard(shard: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [import.meta.filename, '--shard', String(shard)], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`search shard ${shard} failed (exit ${code})`))));
  });
}

if (values.shard !== undefined) {
  await indexShard(Number(values.shard));
} else {
  const started = performance.now();
  const shards = manifest.shardCount;
  rmSync(`${outDir}/pagefind`, { recursive: true, force: true });
  const queue = Array.from({ length: shards }, (_, shard) => shard);
  // One process per core, as far as memory allows (a smaller machine indexes one shard after another).
  const largest = Math.max(1, ...manifest.shards.map((shard) => shard.reports.length));
  const fits = Math.floor(freemem() / (largest * indexingBytesPerReport));
  const parallel = Math.max(1, Math.min(shards, availableParallelism(), fits));
  const workers = Array.from({ length: parallel }, async () => {
    for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) await runShard(shard);
  });
  await Promise.all(workers);
  console.log(`search index: ${slugs.length} reports in ${shards} shard(s), ${parallel} at a time, built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
