/** The anchor grammar (src/edition/anchors.ts): ids made, parsed and followed through aliases. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorPattern, anchorPatternSource, blockId, paragraphId, parseAnchor, resolveAnchor, sectionId } from '../../src/edition/anchors.ts';

test('ids are made and parsed by one grammar', () => {
  assert.equal(sectionId(3), 's3');
  assert.equal(paragraphId(3, 2), 's3-p2');
  assert.equal(paragraphId('s0', 1), 's0-p1');
  assert.equal(blockId(2, 1), 's2-x1');
  assert.deepEqual(parseAnchor('s3-p2'), { kind: 'paragraph', section: 3, index: 2 });
  assert.deepEqual(parseAnchor('s2-x1'), { kind: 'block', section: 2, index: 1 });
  assert.deepEqual(parseAnchor('s0'), { kind: 'section', section: 0 });
  for (const bad of ['', 's', 'p1', 's1-p', 's1-q2', 's1-p2-p3', 'S1', ' s1']) assert.equal(parseAnchor(bad), undefined, bad);
  for (const id of ['s0', 's12-p3', 's4-x10']) assert.ok(new RegExp(anchorPatternSource).test(id) && anchorPattern.test(id));
});

test('the alias map resolves old ids, follows chains and refuses cycles', () => {
  const aliases = { gutang: { 's9-p1': 's2-p1', s8: 's9-p1', a: 'b', b: 'a' } };
  assert.equal(resolveAnchor(aliases, 'gutang', 's9-p1'), 's2-p1');
  assert.equal(resolveAnchor(aliases, 'gutang', 's8'), 's2-p1');
  assert.equal(resolveAnchor(aliases, 'gutang', 's2-p1'), undefined);
  assert.equal(resolveAnchor(aliases, 'gutang', 'a'), undefined);
  assert.equal(resolveAnchor(aliases, 'taoyan', 's9-p1'), undefined);
});
