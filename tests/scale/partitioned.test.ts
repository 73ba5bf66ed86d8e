/**
 * A partitioned build equals the whole build (scripts/build-partitioned.ts): 50 generated reports in search
 * shards of 20 are built once as `npm run build` does and once in 3 partitions, as many at once as the
 * machine's cores and memory allow (two on two cores: builds at once from one checkout must not share
 * Astro's scratch folders), then merged. Every file of the two sites is compared byte for byte, and a reader
 * searching either site gets the same results.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { launch, serve } from '../../scripts/lib/browser.ts';
import { filesUnder, siteDifferences, type PartRecord } from '../../scripts/lib/partition.ts';
import { reportFileOwner } from '../../src/lib/partition.ts';
import matter from '../../src/lib/frontmatter.ts';

// A folder of this run's own: two checkouts testing at once must not share it.
const root = mkdtempSync(join(tmpdir(), 'town-reports-partitioned-'));
const content = join(root, 'content');
const whole = join(root, 'whole');
const parted = join(root, 'parted');
const parts = join(root, 'parts');
const count = 50;
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const env = { ...process.env, CONTENT_DIR: content, SEARCH_SHARD_SIZE: '20', NODE_OPTIONS: '--max-old-space-size=2048' };
let browser: Browser;

before(async () => {
  generateCorpus(count, content);
  const build = { ...env, OUT_DIR: whole, ASTRO_CACHE_DIR: join(root, 'cache') };
  execFileSync(process.execPath, [astro, 'build', '--force', '--outDir', whole], { env: build, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/build-search.ts'], { env: build, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/build-partitioned.ts', '--partitions', '3', '--parts', parts], { env: { ...env, OUT_DIR: parted }, stdio: 'pipe' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

const part = (k: number) => JSON.parse(readFileSync(join(parts, String(k), 'part.json'), 'utf8')) as PartRecord;

test('each partition builds only its own reports and shards, and the merge renders none of them again', () => {
  const slugs = readdirSync(join(content, 'reports', 'zh'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();
  const records = [1, 2, 3].map(part);
  assert.deepEqual(
    records.map((record) => record.shards),
    [[0], [1], [2]],
  );
  assert.deepEqual(
    records.flatMap((record) => record.reports),
    slugs,
    'every report in one partition',
  );
  for (const record of records) {
    const files = filesUnder(join(parts, String(record.partition), 'site'));
    const owners = new Set(files.map((path) => reportFileOwner(path)).map((owner) => (owner && 'slug' in owner ? owner.slug : owner?.shard)));
    assert.deepEqual(
      [...owners].sort(),
      [...record.reports, `pagefind/en/${record.shards[0]}`, `pagefind/zh/${record.shards[0]}`].sort(),
      `partition ${record.partition}: its files`,
    );
    for (const slug of record.reports) assert.ok(files.includes(`en/reports/${slug}/cite/index.html`), `${slug}: the English cite page`);
    // Two renderings (report, translation) per report, each with its summary.
    assert.equal(filesUnder(join(parts, String(record.partition), 'renderings')).filter((name) => name.endsWith('.summary.json')).length, 2 * record.reports.length);
  }
  const mergeLog = readFileSync(join(parts, 'merge.work', 'astro.log'), 'utf8');
  assert.match(mergeLog, new RegExp(`reports: 0 rendered, ${count} read back`), 'the merge reads the reports the partitions rendered');
  assert.match(mergeLog, new RegExp(`translations: 0 rendered, ${count} read back`));
});

test('the partitioned build writes the same files as the whole build, byte for byte', () => {
  const differences = siteDifferences(whole, parted);
  assert.deepEqual(differences, { onlyInFirst: [], onlyInSecond: [], differing: [] });
  const files = filesUnder(parted);
  // What is compared: every page and file, the listings the merge wrote and the partitions' own.
  for (const expected of [
    'zh/index.html',
    'en/glossary/concordance/index.html',
    'data/corpus.json',
    'data/corpus.tei.xml',
    'data/search-manifest.json',
    'sitemap-0.xml',
    'sw.js',
    'pagefind/zh/2/pagefind-entry.json',
  ])
    assert.ok(files.includes(expected), expected);
  assert.equal(files.filter((path) => /^en\/reports\/[^/]+\/index\.html$/.test(path)).length, count);
  const sitemap = readFileSync(join(parted, 'sitemap-0.xml'), 'utf8');
  assert.equal(sitemap.match(/\/zh\/reports\/[^/]+\/<\/loc>/g)?.length, count, "the sitemap lists the partitions' report pages");
});

test('a reader searching the partitioned site gets the same results as on the whole site', async () => {
  const sites = [whole, parted].map((dist) => serve(dist));
  const served = await Promise.all(sites);
  // A rare place name: the town of one report, its Chinese name.
  const middle = readdirSync(join(content, 'reports', 'zh')).sort()[count / 2]!;
  const town = (matter(readFileSync(join(content, 'reports', 'zh', middle), 'utf8')).data as { town: { zh: string } }).town.zh;
  const queries = [
    ['zh', '垃圾分类'],
    ['zh', town],
    ['en', 'waste sorting'],
  ] as const;
  try {
    for (const [lang, query] of queries) {
      const seen = [];
      for (const { url } of served) {
        const page = await browser.newPage();
        await page.goto(`${url}/${lang}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => document.getElementById('search-status')?.dataset.state === 'done');
        seen.push({
          status: await page.locator('#search-status').innerText(),
          results: await page.locator('.result a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
          excerpts: await page.locator('.result-excerpt').allInnerTexts(),
        });
        await page.close();
      }
      assert.ok(seen[0]!.results.length > 0, `${query}: results on the whole site`);
      assert.deepEqual(seen[1], seen[0], `${query}: the same results, in the same order, with the same excerpts`);
    }
  } finally {
    for (const { server } of served) server.close();
  }
});
