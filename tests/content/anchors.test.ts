/**
 * Anchors are forever: ids are unique and short; every id ever published
 * (content/anchors.json) still names the text recorded with it, in place or
 * through its alias (content/anchor-aliases.json), and every id is recorded.
 * The rule and its messages: scripts/lib/anchor-check.ts (npm run check:anchors);
 * the ways it can fail: tests/unit/anchor-check.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorPattern } from '../../src/edition/anchors.ts';
import { renderedCorpus } from '../support/corpus.ts';
import { checkAnchors, readSnapshot } from '../../scripts/lib/anchor-check.ts';
import { fingerprint, isFingerprint } from '../../scripts/lib/anchor-fingerprint.ts';

const corpus = await renderedCorpus();
const published = readSnapshot('content/anchors.json');
const result = await checkAnchors({ contentDir: 'content', corpus });

for (const entry of corpus) {
  const ids = entry.rendered.anchors.map((anchor) => anchor.id);

  test(`${entry.slug}: ids are unique, short and ASCII`, () => {
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${entry.path}`);
    for (const id of ids) assert.match(id, anchorPattern);
  });

  test(`${entry.slug}: every id is recorded with a fingerprint of the text it names`, () => {
    const recorded = published[entry.slug] ?? {};
    const unrecorded = ids.filter((id) => !isFingerprint(recorded[id]));
    assert.deepEqual(unrecorded, [], `${entry.path}: new ids; run npm run anchors:record`);
    for (const anchor of entry.rendered.anchors)
      assert.ok(fingerprint(anchor).len > 0 || anchor.kind === 'block', `${entry.path}#${anchor.id} names some text`);
  });

  test(`${entry.slug}: every published id still names its recorded text`, () => {
    const problems = result.problems.filter((problem) => problem.slug === entry.slug);
    assert.deepEqual(problems.map((problem) => problem.message), []);
  });
}

test('the anchors of content/ pass check:anchors (reports, translations, aliases)', () => {
  assert.deepEqual(result.problems.map((problem) => problem.message), []);
  assert.equal(result.reports, corpus.length);
});
