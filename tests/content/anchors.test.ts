/**
 * Anchors are forever: ids are unique and short; every id ever published
 * (content/anchors.json) still exists or has an alias (content/anchor-aliases.json).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../../src/lib/corpus.ts';

const corpus = await loadCorpus();
const published = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as Record<string, string[]>;
const aliases = JSON.parse(readFileSync('content/anchor-aliases.json', 'utf8')) as Record<string, Record<string, string>>;

for (const entry of corpus) {
  const ids = entry.rendered.anchors.map((anchor) => anchor.id);

  test(`${entry.slug}: ids are unique, short and ASCII`, () => {
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${entry.path}`);
    for (const id of ids) assert.match(id, /^s\d+(-[px]\d+)?$/);
  });

  test(`${entry.slug}: every published id still resolves`, () => {
    const current = new Set(ids);
    for (const id of published[entry.slug] ?? []) {
      const target = current.has(id) ? id : aliases[entry.slug]?.[id];
      assert.ok(target && current.has(target), `${entry.path}: published id #${id} disappeared; add an alias in content/anchor-aliases.json`);
    }
  });

  test(`${entry.slug}: every id is recorded in the snapshot`, () => {
    const recorded = new Set(published[entry.slug] ?? []);
    const unrecorded = ids.filter((id) => !recorded.has(id));
    assert.deepEqual(unrecorded, [], `${entry.path}: new ids; run npm run anchors:record`);
  });
}

test('aliases point at ids that exist', () => {
  for (const entry of corpus) {
    const current = new Set(entry.rendered.anchors.map((anchor) => anchor.id));
    for (const [from, to] of Object.entries(aliases[entry.slug] ?? {})) assert.ok(current.has(to), `${entry.slug}: alias ${from} → ${to} points nowhere`);
  }
});
