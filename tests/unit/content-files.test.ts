/**
 * Content files as the edition reads them (src/lib/text-file.ts, through
 * loadCorpus, which reads as the content loader does): bad bytes are refused
 * with the file, line and byte offset instead of becoming U+FFFD; a
 * byte-order mark changes nothing; an empty file, a blank one and one without
 * frontmatter each say so instead of "every field Required"; the text is read
 * in Unicode NFC without zero-width characters, so a glossary term with a
 * zero-width space or a compatibility ideograph inside is still linked.
 * The same through `astro sync`: tests/integration/astro-content.test.ts.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../scripts/lib/corpus.ts';
import { checkFrontmatter } from '../support/validate.ts';
import { recoverSource } from '../support/recover.ts';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const zh = readFileSync('content/reports/zh/gutang.md');
const en = readFileSync('content/reports/en/gutang.md');
const encode = (text: string) => new TextEncoder().encode(text);

/** A content folder holding gutang only, its Chinese file's bytes as given. */
function contentWith(zhBytes: Uint8Array, enBytes: Uint8Array = en): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'town-reports-bytes-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'reports/zh'), { recursive: true });
  mkdirSync(join(dir, 'reports/en'), { recursive: true });
  writeFileSync(join(dir, 'reports/zh/gutang.md'), zhBytes);
  writeFileSync(join(dir, 'reports/en/gutang.md'), enBytes);
  return { dir, path: `${dir}/reports/zh/gutang.md` };
}

const [original] = await loadCorpus(contentWith(zh).dir);

test('invalid UTF-8 in a report is refused with the file, line and byte offset, not published as U+FFFD', async () => {
  const text = zh.toString('utf8');
  const at = text.indexOf('**深化精准服务**');
  const offset = Buffer.byteLength(text.slice(0, at));
  const line = text.slice(0, at).split('\n').length;
  const bytes = Buffer.concat([zh.subarray(0, offset), Buffer.from([0xff, 0xfe]), zh.subarray(offset)]);
  const { dir, path } = contentWith(bytes);
  const message = `${path}:${line}: not valid UTF-8 at byte ${offset} (0xff); convert the file to UTF-8 first`;
  await assert.rejects(loadCorpus(dir), (error: Error) => error.message === message);
  assert.deepEqual(checkFrontmatter(path), [message]);
});

test('invalid UTF-8 in a translation is refused the same way', async () => {
  const bytes = Buffer.concat([en.subarray(0, 10), Buffer.from([0xc3]), en.subarray(10)]);
  const { dir } = contentWith(zh, bytes);
  await assert.rejects(loadCorpus(dir), /reports\/en\/gutang\.md:2: not valid UTF-8 at byte 10 \(0xc3\)/);
});

test('a byte-order mark is accepted and dropped: the same metadata, text and recovery as without it', async () => {
  const { dir } = contentWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), zh]), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), en]));
  const [entry] = await loadCorpus(dir);
  assert.deepEqual(entry!.data, original!.data);
  assert.equal(entry!.rendered.html, original!.rendered.html);
  assert.equal(entry!.translation!.rendered.html, original!.translation!.rendered.html);
  assert.equal(recoverSource(entry!.markdown), recoverSource(original!.markdown));
  assert.ok(!entry!.markdown.includes('\uFEFF'));
});

test('an empty file, a blank file and a file without frontmatter say so, not "every field Required"', async () => {
  for (const [bytes, expected] of [
    [new Uint8Array(), /gutang\.md: the file is empty \(0 bytes\)/],
    [encode('\n  \n'), /gutang\.md: the file holds only whitespace/],
    [encode('# 古塘街道\n\n正文。\n'), /gutang\.md:1: no frontmatter: the file must start with a line "---"/],
  ] as const) {
    const { dir, path } = contentWith(bytes);
    await assert.rejects(loadCorpus(dir), expected);
    const messages = checkFrontmatter(path);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, expected);
  }
});

/** The glossary links to one term in a rendering. */
const termLinks = (html: string, id: string) => html.split(`data-term="${id}"`).length - 1;

test('a zero-width space or a compatibility ideograph inside a glossary term: the term is still linked, and the text is read without it', async () => {
  const text = zh.toString('utf8');
  for (const [variant, what] of [
    ['未来\u200B社区', 'zero-width space'],
    ['未来\u2060社区', 'word joiner'],
    ['未来\uFA4C区', 'compatibility ideograph U+FA4C for 社'],
  ] as const) {
    const edited = text.replace('两个未来社区建设', `两个${variant}建设`);
    assert.notEqual(edited, text);
    const [entry] = await loadCorpus(contentWith(encode(edited)).dir);
    assert.equal(termLinks(entry!.rendered.html, 'future-community'), termLinks(original!.rendered.html, 'future-community'), what);
    assert.equal(entry!.rendered.html, original!.rendered.html, what);
    assert.deepEqual(entry!.rendered.anchors, original!.rendered.anchors, what);
  }
});

test('decomposed text (NFD) is read in NFC, in the frontmatter and the translation alike', async () => {
  const nfd = (value: string) => value.normalize('NFD');
  const zhText = zh.toString('utf8').replace('Gǔtáng Jiēdào', nfd('Gǔtáng Jiēdào'));
  const enText = en.toString('utf8').replace('# Gutang Subdistrict', `# ${nfd('Gútang')} Subdistrict`);
  const [entry] = await loadCorpus(contentWith(encode(zhText), encode(enText)).dir);
  assert.equal((entry!.data.town as { pinyin: string }).pinyin, 'Gǔtáng Jiēdào');
  assert.equal(entry!.markdown, entry!.markdown.normalize('NFC'));
  assert.match(entry!.translation!.rendered.html, /Gútang Subdistrict/);
  assert.doesNotMatch(entry!.translation!.rendered.html, /u\u0301/);
});
