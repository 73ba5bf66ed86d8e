/** The vendored sources are byte-for-byte what was received: their SHA-256 sums match. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { renderedCorpus } from '../support/corpus.ts';

const sums = readFileSync('sources/SHA256SUMS', 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(/\s+/) as [string, string]);

test('SHA256SUMS lists the five sources', () => {
  assert.equal(sums.length, 5);
});

for (const [hash, file] of sums) {
  test(`sources/${file} matches its SHA-256`, () => {
    assert.equal(createHash('sha256').update(readFileSync(`sources/${file}`)).digest('hex'), hash);
  });
}

test('each report names its source file and that file’s hash', async () => {
  const byFile = new Map(sums.map(([hash, file]) => [file, hash]));
  for (const entry of await renderedCorpus()) {
    const source = entry.data.source as { file: string; sha256: string };
    assert.equal(byFile.get(source.file), source.sha256, `${entry.path}: source.sha256 does not match sources/SHA256SUMS`);
  }
});
