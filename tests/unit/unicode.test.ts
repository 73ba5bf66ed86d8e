/**
 * Unicode at ingest: the draft is in NFC without zero-width characters, as
 * the build reads content, and what that changed is recorded in the
 * frontmatter (source.unicode) with a warning per place, so that the source
 * still comes back character for character (src/edition/unicode.ts). The
 * same reading at build: tests/unit/content-files.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ingest } from '../../scripts/lib/ingest.ts';
import { reportSchema } from '../../src/lib/schema.ts';
import { cleanUnicode, restoreUnicode, type UnicodeChange } from '../../src/edition/unicode.ts';
import { firstDifference, recoverSource } from '../support/recover.ts';

const source = readFileSync('sources/004_857b8551fe8dfa88.txt', 'utf8');

test('the five sources are already in NFC without zero-width characters: nothing to record', () => {
  for (const file of readFileSync('sources/SHA256SUMS', 'utf8').match(/\S+\.txt/g)!) {
    assert.deepEqual(cleanUnicode(readFileSync(`sources/${file}`, 'utf8')).changes, [], file);
  }
});

test('cleaning and restoring give back any text exactly', () => {
  const texts = [
    'Gu\u0301tang Jie\u0304da\u0300o\r\n未来\u200B社区\u200C\u200D\u2060\uFEFF',
    '\u200Be\u0301\u200B\u0301 e\u200D\u0301',
    '\uFA4C\uF900 \u1100\u1161\u11A8 한\n\n\u0301x',
    '👩\u200D💻 a\u0323\u0307 \u212B',
    'clean line\nsecond e\u0301\nthird',
  ];
  for (const text of texts) {
    const { text: cleaned, changes } = cleanUnicode(text);
    assert.equal(cleaned, cleaned.normalize('NFC'));
    assert.doesNotMatch(cleaned, /[\u200B-\u200D\u2060\uFEFF]/);
    assert.equal(cleaned.split('\n').length, text.split('\n').length, 'line breaks are kept');
    assert.equal(restoreUnicode(cleaned, changes), text, JSON.stringify(text));
  }
});

test('a source with decomposed letters, a compatibility ideograph and zero-width characters: an NFC draft, the changes recorded and warned, the source recovered exactly', () => {
  const lines = source.split('\n');
  const at = lines.findIndex((line) => line.includes('未来社区'));
  assert.ok(at > 0);
  lines[at] = lines[at]!.replace('未来社区', '未来\u200B\uFA4C区').replace('新潮塘板块', 'Gu\u0301tang\u2060板块');
  const hostile = lines.join('\n');
  const draft = ingest(hostile, 'hostile.txt');

  assert.doesNotMatch(draft.markdown, /[\u200B-\u200D\u2060\uFEFF\uFA4C]/);
  assert.equal(draft.markdown, draft.markdown.normalize('NFC'));
  assert.match(draft.markdown, /未来社区/);

  const recorded = (draft.frontmatter.source as { unicode?: UnicodeChange[] }).unicode;
  assert.deepEqual(
    recorded?.map((change) => ({ line: change.line, printed: change.printed })),
    [
      { line: at + 1, printed: 'U+0075 U+0301' },
      { line: at + 1, printed: 'U+2060' },
      { line: at + 1, printed: 'U+200B U+FA4C' },
    ],
  );
  assert.ok(reportSchema.shape.source.safeParse(draft.frontmatter.source).success, 'the record is valid frontmatter');
  for (const change of recorded!)
    assert.ok(
      draft.warnings.some((warning) => warning.startsWith(`hostile.txt:${change.line}:${change.column}: `)),
      `a warning for ${change.printed}`,
    );

  // Recovery: undoing the marks gives the cleaned source, and the record gives back the source itself.
  const cleaned = cleanUnicode(hostile);
  assert.deepEqual(cleaned.changes, recorded);
  assert.equal(firstDifference(recoverSource(draft.markdown), cleaned.text), undefined);
  assert.equal(restoreUnicode(cleaned.text, recorded!), hostile);
});

test('a record that does not fit the text is refused, not applied', () => {
  assert.throws(() => restoreUnicode('abc', [{ line: 1, column: 2, printed: 'U+0065 U+0301' }]), /line 1, column 2: the text does not hold "é"/);
});
