/**
 * Bad source files at ingest: an empty file, invalid UTF-8, a byte-order
 * mark and CRLF line ends each get a clear message or correct handling, and
 * nothing of the text is lost. A 5 MB file: tests/integration/large-source.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeSource, ingest } from '../../scripts/lib/ingest.ts';
import { firstDifference, recoverSource } from '../support/recover.ts';

const source = readFileSync('sources/004_857b8551fe8dfa88.txt');
const encode = (text: string) => new TextEncoder().encode(text);

test('an empty file is refused by name', () => {
  assert.throws(() => decodeSource(new Uint8Array(), 'sources/empty.txt'), /sources\/empty\.txt: the file is empty/);
  assert.throws(() => decodeSource(encode(' \n\n'), 'sources/blank.txt'), /only whitespace/);
});

test('invalid UTF-8 is refused with the byte offset', () => {
  const bytes = new Uint8Array([...encode('古塘街道'), 0xff, ...encode('工作')]);
  assert.throws(() => decodeSource(bytes, 'sources/bad.txt'), /sources\/bad\.txt:1: not valid UTF-8 at byte 12 \(0xff\)/);
  const gbk = new Uint8Array([0xb9, 0xc5, 0xcc, 0xc1]); // 古塘 in GBK
  assert.throws(() => decodeSource(gbk, 'sources/gbk.txt'), /not valid UTF-8 at byte 0/);
  // A U+FFFD the file really holds is text; the offset is of the first byte that is not UTF-8, on its line.
  const replacement = new Uint8Array([...encode('古\uFFFD塘\n街道'), 0xe5, 0x41]);
  assert.throws(() => decodeSource(replacement, 'sources/fffd.txt'), /sources\/fffd\.txt:2: not valid UTF-8 at byte 16 \(0xe5\)/);
});

test('a byte-order mark and CRLF line ends are reported and change nothing else', () => {
  const text = new TextDecoder().decode(source);
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text.replace(/\n/g, '\r\n'))]);
  const decoded = decodeSource(bytes, 'sources/bom.txt');
  assert.equal(decoded.notes.length, 2);
  const draft = ingest(decoded.text, 'bom.txt');
  assert.equal(firstDifference(recoverSource(draft.markdown), text), undefined);
  assert.equal(draft.markdown.split('\n').filter((line) => line.startsWith('## ')).length, 5);
});

test('a line Markdown would read as a list, a quote, code or a break stays a paragraph of its own text', async () => {
  const { renderMarkdown } = await import('../../src/build/pipeline.ts');
  const hostile = [
    '- 第一项工作要做好。',
    '+ 第二项工作要抓实。',
    '* 第三项工作要落细。',
    '1) 第一，加快经济提质增效。',
    '2. 第二，牢固树立高质量发展理念。',
    '2022. 年是党的二十大召开之年。',
    '> 引用：推动高质量发展。',
    '~~~ 围栏之后的文字。',
    '--- 分隔线之后的文字。',
    '---',
    '&amp; 与 &#x41; 照印。',
  ];
  const text = `古塘街道2022年工作安排\n\n${hostile.join('\n\n')}\n`;
  const draft = ingest(text, 'hostile.txt');
  assert.equal(firstDifference(recoverSource(draft.markdown), text), undefined, 'recovery gives back the source');
  const rendered = await renderMarkdown(draft.markdown, 'hostile.md', { kind: 'report', script: 'Hans' });
  const printed = rendered.anchors.map((anchor) => anchor.printed);
  for (const line of hostile) assert.ok(printed.includes(line), `"${line}" is a block of its own on the page and in the exports (got ${JSON.stringify(printed)})`);
});
