/**
 * A 5 MB source (the first report repeated) is ingested whole: undoing the
 * draft's marks gives back every character. A scale test, so here rather
 * than with the other bad sources in tests/unit/bad-sources.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeSource, ingest } from '../../scripts/lib/ingest.ts';
import { firstDifference, recoverSource } from '../support/recover.ts';

const source = readFileSync('sources/004_857b8551fe8dfa88.txt');
const encode = (text: string) => new TextEncoder().encode(text);

test('a 5 MB source is ingested whole', () => {
  const text = new TextDecoder().decode(source);
  const big = Array.from({ length: Math.ceil((5 * 1024 * 1024) / source.length) }, () => text).join('\n');
  const draft = ingest(decodeSource(encode(big), 'sources/big.txt').text, 'big.txt');
  assert.equal(firstDifference(recoverSource(draft.markdown), big), undefined);
});
