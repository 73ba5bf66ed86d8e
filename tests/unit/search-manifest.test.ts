/**
 * The search index layout travels from the Astro build to build-search.ts in
 * a manifest (data/search-manifest.json), not through an environment variable
 * both would have to read alike.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestProblems, searchManifest, shardCount } from '../../src/lib/search-records.ts';

test('shards: a full shard is one shard, one report more opens the next', () => {
  assert.equal(shardCount(0, 5000), 1);
  assert.equal(shardCount(1, 5000), 1);
  assert.equal(shardCount(5000, 5000), 1);
  assert.equal(shardCount(5001, 5000), 2);
  assert.equal(shardCount(50, 20), 3);
});

const slugs = Array.from({ length: 50 }, (_, k) => `town-${String(49 - k).padStart(2, '0')}`);

test("the manifest cuts the sorted slugs into shards and names each shard's index folders", () => {
  const manifest = searchManifest(slugs, 20);
  assert.equal(manifest.format, 1);
  assert.equal(manifest.shardSize, 20);
  assert.equal(manifest.shardCount, 3);
  assert.equal(manifest.reportCount, 50);
  assert.deepEqual(
    manifest.shards.map((shard) => shard.reports.length),
    [20, 20, 10],
  );
  assert.deepEqual(
    manifest.shards.flatMap((shard) => shard.reports),
    [...slugs].sort(),
  );
  assert.deepEqual(manifest.shards[2]!.indexes, { zh: 'pagefind/zh/2/', en: 'pagefind/en/2/' });
  assert.deepEqual(manifestProblems(JSON.parse(JSON.stringify(manifest)), slugs), []);
});

test('a manifest that does not match the exports is refused, saying how', () => {
  const manifest = searchManifest(slugs, 20);
  assert.match(manifestProblems(manifest, [...slugs, 'town-new']).join('\n'), /exported but in no shard: town-new/);
  assert.match(manifestProblems(manifest, slugs.slice(1)).join('\n'), /listed but not exported .*town-49/);
  assert.match(manifestProblems({ ...manifest, shardCount: 2 }, slugs).join('\n'), /shardCount is 2 but 3 shards are listed/);
  assert.match(manifestProblems({ ...manifest, shardSize: 10 }, slugs).join('\n'), /shard 0 holds 20 reports, more than shardSize 10/);
  const twice = structuredClone(manifest);
  twice.shards[1]!.reports[0] = twice.shards[0]!.reports[0]!;
  assert.match(manifestProblems(twice, slugs).join('\n'), /report town-00 is listed twice/);
  const moved = structuredClone(manifest);
  moved.shards[1]!.indexes.en = 'pagefind/en/7/';
  assert.match(manifestProblems(moved, slugs).join('\n'), /shard 1: the en index is "pagefind\/en\/7\/", expected "pagefind\/en\/1\/"/);
  assert.match(manifestProblems({ shards: [] }, slugs).join('\n'), /not a search manifest of format 1/);
});

test('build-search.ts stops with a clear message when the manifest is missing or does not match', () => {
  const out = mkdtempSync(join(tmpdir(), 'search-manifest-'));
  try {
    mkdirSync(join(out, 'data', 'reports'), { recursive: true });
    writeFileSync(join(out, 'data', 'reports', 'a.json'), '{}');
    const run = () => spawnSync(process.execPath, ['scripts/build-search.ts'], { encoding: 'utf8', env: { ...process.env, OUT_DIR: out } });
    let result = run();
    assert.equal(result.status, 1);
    assert.match(result.stderr, /search-manifest\.json is missing: the Astro build writes it/);
    writeFileSync(join(out, 'data', 'search-manifest.json'), JSON.stringify(searchManifest(['a', 'b'], 20)));
    result = run();
    assert.equal(result.status, 1);
    assert.match(result.stderr, /does not match the exports/);
    assert.match(result.stderr, /listed but not exported \(no data\/reports\/<slug>\.json\): b/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('SEARCH_SHARD_SIZE must be a positive whole number', () => {
  const load = (value: string) =>
    spawnSync(process.execPath, ['--input-type=module', '-e', "const { searchShardSize } = await import('./src/config.ts'); console.log(searchShardSize);"], {
      encoding: 'utf8',
      env: { ...process.env, SEARCH_SHARD_SIZE: value },
    });
  assert.equal(load('20').stdout.trim(), '20');
  assert.equal(load('').stdout.trim(), '5000');
  const wrong = load('2.5k');
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stderr, /SEARCH_SHARD_SIZE=2\.5k: expected a positive whole number/);
});
