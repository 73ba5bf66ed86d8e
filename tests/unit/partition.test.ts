/**
 * The plan of a partitioned build (src/lib/partition.ts, PARTITION in src/config.ts): partitions are runs of
 * whole search shards covering every report once, the files of one report or shard are told from the files
 * the merge step writes, and a wrong PARTITION stops with its name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partitionFrom } from '../../src/config.ts';
import { partitionOf, partitionShards, reportFileOwner } from '../../src/lib/partition.ts';
import { manifestProblems, searchManifest } from '../../src/lib/search-records.ts';

test('partitions are consecutive runs of whole shards, as even as the shard count allows, covering each report once', () => {
  assert.deepEqual(
    [1, 2, 3].map((k) => partitionShards(3, k, 3)),
    [[0], [1], [2]],
  );
  assert.deepEqual(
    [1, 2, 3, 4].map((k) => partitionShards(10, k, 4)),
    [
      [0, 1],
      [2, 3, 4],
      [5, 6],
      [7, 8, 9],
    ],
  );
  const slugs = Array.from({ length: 103 }, (_, k) => `town-${String(k).padStart(3, '0')}`);
  const manifest = searchManifest([...slugs].reverse(), 10);
  const parts = [1, 2, 3, 4, 5].map((k) => partitionOf(manifest, k, 5));
  assert.deepEqual(
    parts.flatMap((part) => part.reports),
    slugs,
    "every report once, in the layout's order",
  );
  assert.deepEqual(
    parts.map((part) => part.shards.length),
    [2, 2, 2, 2, 3],
  );
  assert.throws(() => partitionShards(3, 1, 4), /4 partitions, but the search layout has 3 shard\(s\): use at most 3 partitions, or a smaller SEARCH_SHARD_SIZE/);
});

test('a file belongs to one report or one search shard, or to the merge step', () => {
  for (const [path, owner] of [
    ['zh/reports/taoyan-2023/index.html', { slug: 'taoyan-2023' }],
    ['en/reports/taoyan-2023/cite/index.html', { slug: 'taoyan-2023' }],
    ['data/reports/taoyan-2023.tei.xml', { slug: 'taoyan-2023' }],
    ['data/reports/taoyan-2023.en.md', { slug: 'taoyan-2023' }],
    ['data/cite/en/taoyan-2023.json', { slug: 'taoyan-2023' }],
    ['og/taoyan-2023.png', { slug: 'taoyan-2023' }],
    ['pagefind/zh/12/pagefind-entry.json', { shard: 'pagefind/zh/12' }],
    ['pagefind/en/0/fragment/en_1a2b.pf_fragment', { shard: 'pagefind/en/0' }],
  ] as const)
    assert.deepEqual(reportFileOwner(path), owner, path);
  for (const path of [
    'zh/index.html',
    'en/browse/hangzhou/index.html',
    'data/corpus.json',
    'data/search-manifest.json',
    'og.png',
    'sitemap-0.xml',
    'sw.js',
    'zh/reports/index.html',
  ])
    assert.equal(reportFileOwner(path), undefined, `${path}: the merge step's`);
});

test('PARTITION is k/N or merge; anything else stops naming the variable', () => {
  assert.equal(partitionFrom(''), undefined);
  assert.equal(partitionFrom('merge'), 'merge');
  assert.deepEqual(partitionFrom('2/4'), { index: 2, count: 4 });
  for (const wrong of ['0/4', '5/4', '2', 'all', '2/4/1']) assert.throws(() => partitionFrom(wrong), new RegExp(`PARTITION=${wrong}: expected k/N`), wrong);
});

test("a shard built on a partition's machine needs only its own reports' exports", () => {
  const slugs = Array.from({ length: 50 }, (_, k) => `town-${String(k).padStart(2, '0')}`);
  const manifest = searchManifest(slugs, 20);
  const own = manifest.shards[1]!.reports;
  assert.deepEqual(manifestProblems(manifest, own, own), []);
  assert.match(manifestProblems(manifest, own).join('\n'), /listed but not exported/, 'the whole index still needs every export');
  assert.match(manifestProblems(manifest, own.slice(1), own).join('\n'), /listed but not exported .*town-20/);
});
