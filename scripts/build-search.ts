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
 * has cores and the memory budget SEARCH_MEMORY_GIB holds (shard-schedule.ts),
 * so memory stays bounded by the shard, not the corpus (a 100,000-report
 * edition can index its shards on separate machines and copy them in).
 *
 *   node scripts/build-search.ts            all shards
 *   node scripts/build-search.ts --shard 3  one shard (what each process runs)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { ReportExport } from '../src/lib/exports.ts';
import { outDir, searchMemoryGiB } from '../src/config.ts';
import { indexingBytesPerReport, manifestProblems, searchPages, type SearchLanguage, type SearchManifest, type SearchPage } from '../src/lib/search-records.ts';
import { englishVocabulary, parseFragment, termFiles, termVocabulary } from '../src/lib/search-terms.ts';
import { loadGlossary } from '../src/lib/glossary.ts';
import { shardSchedule } from './lib/shard-schedule.ts';

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
    writeTermIndex(`${outDir}/${listed.indexes[language]}`, own, language);
  }
  await pagefind.close();
}

/** The term index of a shard (src/lib/search-terms.ts): its pages found by their Pagefind fragments. */
function writeTermIndex(folder: string, pages: SearchPage[], language: SearchLanguage) {
  const fragments = new Map<string, string>();
  for (const name of readdirSync(`${folder}fragment`)) {
    const fragment = parseFragment<{ url: string }>(gunzipSync(readFileSync(`${folder}fragment/${name}`)));
    if (!fragment) throw new Error(`${folder}fragment/${name}: not a Pagefind fragment`);
    fragments.set(fragment.url, name.replace(/\.pf_fragment$/, ''));
  }
  const glossary = loadGlossary();
  const vocabulary =
    language === 'zh'
      ? termVocabulary(
          glossary.flatMap((term) => [term.zh, ...term.variants]),
          manifest.places ?? [],
        )
      : englishVocabulary(glossary.flatMap((term) => term.enForms));
  const files = termFiles(
    pages.map((page) => {
      const fragment = fragments.get(page.url);
      if (!fragment) throw new Error(`${folder}: no fragment for ${page.url}`);
      return { fragment, text: page.text };
    }),
    vocabulary,
  );
  for (const [path, content] of files) {
    mkdirSync(dirname(`${folder}${path}`), { recursive: true });
    writeFileSync(`${folder}${path}`, JSON.stringify(content));
  }
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
  // One process per core, as far as the memory budget allows.
  const sizes = manifest.shards.map((shard) => shard.reports.length);
  const { parallel, shardBytes, overBudget } = shardSchedule(sizes, searchMemoryGiB * 2 ** 30, availableParallelism(), indexingBytesPerReport);
  const size = (bytes: number) => (bytes < 2 ** 30 ? `${Math.ceil(bytes / 2 ** 20)} MiB` : `${(bytes / 2 ** 30).toFixed(1)} GiB`);
  console.log(
    `search index: shards of up to ${Math.max(...sizes)} reports take about ${size(shardBytes)} each; ${parallel} at a time within SEARCH_MEMORY_GIB=${searchMemoryGiB} and ${availableParallelism()} cores` +
      (overBudget ? ` (one shard alone exceeds the budget: lower SEARCH_SHARD_SIZE or raise SEARCH_MEMORY_GIB)` : ''),
  );
  const workers = Array.from({ length: parallel }, async () => {
    for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) await runShard(shard);
  });
  await Promise.all(workers);
  console.log(`search index: ${slugs.length} reports in ${shards} shard(s), ${parallel} at a time, built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
