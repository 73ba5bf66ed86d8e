/**
 * The scale smoke test CI runs (the benchmark itself is `npm run bench`):
 * 50 generated reports go through the real build, with search shards of 20
 * reports so that the browser has to merge three indexes. Only the Astro
 * build is given SEARCH_SHARD_SIZE: the indexer follows the layout the build
 * wrote (data/search-manifest.json). A reader of the generated edition can
 * browse it by city and find a term in every shard.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { launch, serve } from '../../scripts/lib/browser.ts';
import matter from '../../src/lib/frontmatter.ts';
import type { SearchManifest } from '../../src/lib/search-records.ts';
import { parseAnchor } from '../../src/edition/anchors.ts';

const zhMessages = JSON.parse(readFileSync('src/i18n/zh.json', 'utf8')) as Record<string, string>;

// A folder of this run's own: two checkouts testing at once must not share it.
const root = mkdtempSync(join(tmpdir(), 'town-reports-smoke-'));
const content = join(root, 'content');
const dist = join(root, 'dist');
const count = 50;
const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: dist };
let browser: Browser;
let server: import('node:http').Server;
let base: string;

before(async () => {
  generateCorpus(count, content);
  execFileSync('astro', ['build', '--force', '--outDir', dist], { env: { ...env, SEARCH_SHARD_SIZE: '20' }, stdio: 'pipe' });
  // Another size here changes nothing: the indexer follows the build's manifest.
  execFileSync(process.execPath, ['scripts/build-search.ts'], { env: { ...env, SEARCH_SHARD_SIZE: '7' }, stdio: 'pipe' });
  ({ server, url: base } = await serve(dist));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

const slugs = () =>
  readdirSync(join(content, 'reports', 'zh'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();

test('the generator writes N aligned reports, each with its translation and distinct metadata', () => {
  const names = slugs();
  assert.equal(names.length, count);
  for (const slug of names) {
    const zh = matter(readFileSync(join(content, 'reports', 'zh', `${slug}.md`), 'utf8'));
    const en = matter(readFileSync(join(content, 'reports', 'en', `${slug}.md`), 'utf8'));
    assert.equal(zh.data.slug, slug);
    assert.equal(en.data.slug, slug);
    const blocks = (body: string) =>
      body
        .trim()
        .split(/\n{2,}/)
        .map((block) => (block.startsWith('## ') ? 'h' : 'p'))
        .join('');
    assert.equal(blocks(zh.body), blocks(en.body), `${slug}: same sections and paragraphs in both languages`);
  }
  assert.ok(new Set(names.map((slug) => slug.replace(/-\d+$/, ''))).size >= count / 4, 'towns vary');
});

test('the build writes every generated report in both languages, and three search shards per language', () => {
  for (const slug of slugs()) for (const lang of ['zh', 'en']) assert.ok(existsSync(join(dist, lang, 'reports', slug, 'index.html')), `${lang}/${slug}`);
  const manifest = JSON.parse(readFileSync(join(dist, 'data', 'search-manifest.json'), 'utf8')) as SearchManifest;
  assert.equal(manifest.shardSize, 20, 'the Astro build chose the shard size');
  assert.deepEqual(
    manifest.shards.map((shard) => shard.reports.length),
    [20, 20, 10],
  );
  assert.deepEqual(
    manifest.shards.flatMap((shard) => shard.reports),
    slugs(),
  );
  for (const lang of ['zh', 'en']) {
    const folders = /data-indexes="([^"]*)"/.exec(readFileSync(join(dist, lang, 'search', 'index.html'), 'utf8'))?.[1]?.replaceAll('&quot;', '"');
    assert.deepEqual(
      JSON.parse(folders ?? '{}'),
      { zh: manifest.shards.map((shard) => shard.indexes.zh), en: manifest.shards.map((shard) => shard.indexes.en) },
      `${lang}: the search page loads the manifest's shards`,
    );
  }
  for (const lang of ['zh', 'en']) {
    const shards = readdirSync(join(dist, 'pagefind', lang)).sort();
    assert.deepEqual(shards, ['0', '1', '2']);
    const pages = shards.map(
      (shard) => (JSON.parse(readFileSync(join(dist, 'pagefind', lang, shard, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages,
    );
    const total = pages.reduce((sum, languages) => sum + Object.values(languages).reduce((inner, entry) => inner + entry.page_count, 0), 0);
    assert.equal(total, count, `${lang}: one search page per report`);
  }
});

test('a large edition is browsed by city: the home page links the cities, and they list every report', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/en/`);
  assert.equal(await page.locator('.report-card').count(), 12, 'the twelve latest reports as cards');
  const cities = await page.locator('.browse-cities a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  let listed = 0;
  for (const href of cities) {
    await page.goto(`${base}${href}`);
    listed += await page.locator('.browse-towns a').count();
  }
  assert.equal(listed, count);
  await page.close();
});

test('a search finds reports in every shard and lands on a paragraph', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${base}/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  await page.waitForFunction(() => document.querySelectorAll('.result').length > 0 && document.getElementById('search-status')?.dataset.state === 'done');
  for (const shard of ['0', '1', '2'])
    assert.ok(
      requested.some((path) => path.startsWith(`/pagefind/zh/${shard}/`)),
      `shard ${shard} was searched`,
    );
  const status = await page.locator('#search-status').innerText();
  // The interface's own words: "(shown of total matching reports)", its numbers read back.
  const partial = zhMessages['search.partial']!.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace('{total}', '(?<total>\\d+)')
    .replace('{shown}', '\\d+');
  const matching = Number(new RegExp(partial).exec(status)?.groups?.total ?? '0');
  assert.ok(matching > 20, `more matching reports (${matching}) than one shard holds: ${status}`);
  const first = new URL((await page.locator('.result a').first().getAttribute('href'))!, base);
  const slug = first.pathname.split('/')[3]!;
  assert.equal(first.pathname, `/zh/reports/${slug}/`);
  assert.ok(slugs().includes(slug), `${first.pathname}: a generated report`);
  assert.ok(['section', 'paragraph'].includes(parseAnchor(first.hash.slice(1))?.kind ?? ''), `${first.hash}: a section or paragraph`);
  for (const text of await page.locator('.result-excerpt').allInnerTexts()) assert.match(text, /垃圾分类/);
  await page.close();
});

test('a rare place name opens only the fragments of the reports that contain it, and lists them all', async () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'data', 'search-manifest.json'), 'utf8')) as SearchManifest;
  const exports = manifest.shards
    .flatMap((shard) => shard.reports)
    .map(
      (slug) =>
        JSON.parse(readFileSync(join(dist, 'data', 'reports', `${slug}.json`), 'utf8')) as {
          slug: string;
          metadata: { town: { zh: string } };
          blocks: { kind: string; normalized?: string }[];
        },
    );
  const texts = new Map(exports.map((report) => [report.slug, report.blocks.map((block) => (block.kind === 'block' ? '' : (block.normalized ?? ''))).join('\n')]));
  // The towns' names as the reports use them, without 街道 or 镇.
  const places = [...new Set(exports.map((report) => report.metadata.town.zh.replace(/(?:街道|镇|乡)$/, '')))];
  const having = (test: (text: string) => boolean) => [...texts].filter(([, text]) => test(text)).map(([slug]) => slug);
  // The two-character place name (in five reports at most, all listed at once) whose characters, apart, are in the most reports that lack it.
  const [name, reports] = places
    .filter((place) => place.length === 2)
    .map((place) => [place, having((text) => text.includes(place)), having((text) => [...place].every((character) => text.includes(character)))] as const)
    .filter(([, whole]) => whole.length > 0 && whole.length <= 5)
    .sort((a, b) => b[2].length - b[1].length - (a[2].length - a[1].length))
    .map(([place, whole]) => [place, whole] as const)[0]!;
  const page = await browser.newPage();
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/fragment/')) fragments.push(request.url());
  });
  await page.goto(`${base}/zh/search/?q=${encodeURIComponent(name)}`);
  await page.waitForFunction(() => document.getElementById('search-status')?.dataset.state === 'done');
  const listed = await page.locator('section.results-town').evaluateAll((sections) => sections.map((section) => section.id.replace(/^results-/, '')));
  assert.deepEqual(listed.sort(), [...reports].sort(), `${name}: every report with the name, and no other`);
  assert.ok(fragments.length <= reports.length, `${name} is in ${reports.length} reports; the page opened ${fragments.length} fragments`);
  await page.close();
});
