/**
 * Nothing lost: undoing every editorial mark of a report gives back its source
 * exactly (only whitespace at line breaks may differ; the text is compared in
 * NFC without zero-width characters, and the frontmatter's source.unicode
 * records, and gives back, every character that changed), paragraph for paragraph
 * (every paragraph the edition splits or joins carries its mark), the
 * printed reading on the page holds every Han character of the source, in order,
 * and nothing invented: what a note says was printed is in the source.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { renderedCorpus } from '../support/corpus.ts';
import { firstDifference, firstParagraphDifference, recoverSource } from '../support/recover.ts';
import { readingClass } from '../../src/edition/reading.ts';
import { cleanUnicode, restoreUnicode, type UnicodeChange } from '../../src/edition/unicode.ts';
import { decodeUtf8 } from '../../src/lib/text-file.ts';

const corpus = await renderedCorpus();

for (const entry of corpus) {
  const sourceFile = `sources/${(entry.data.source as { file: string }).file}`;
  // The source as ingest read it: strict UTF-8 without its byte-order mark, then in NFC without zero-width
  // characters, as the content is read (entry.markdown); what that changed is recorded in source.unicode.
  const printed = decodeUtf8(readFileSync(sourceFile), sourceFile).text;
  const { text: source, changes } = cleanUnicode(printed);
  const recorded = (entry.data.source as { unicode?: UnicodeChange[] }).unicode ?? [];

  test(`${entry.slug}: the Unicode record (source.unicode) is exactly what reading ${sourceFile} in NFC without zero-width characters changes`, () => {
    assert.deepEqual(recorded, changes, `${entry.path}: source.unicode should be ${JSON.stringify(changes)}`);
    assert.equal(restoreUnicode(source, recorded), printed);
  });

  test(`${entry.slug}: undoing the marks reproduces ${sourceFile}`, () => {
    const difference = firstDifference(recoverSource(entry.markdown), source);
    assert.equal(difference, undefined, difference && `${entry.path} differs from ${sourceFile} at line ${difference.line}: expected ${difference.expected}, content gives ${difference.actual}`);
  });

  test(`${entry.slug}: undoing the marks gives back the source's paragraphs, so every split or join is marked`, () => {
    const difference = firstParagraphDifference(recoverSource(entry.markdown), source);
    assert.equal(
      difference,
      undefined,
      difference && `${entry.path}: the paragraph printed at line ${difference.line} of ${sourceFile} (${difference.expected}) comes back as ${difference.actual}; mark the split (:split) or join (:join)`,
    );
  });

  test(`${entry.slug}: what every note and export says was printed stands in the source (marks inside a fragment as printed)`, () => {
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const printedSource = squeeze(source);
    const invented = entry.rendered.editorial.flatMap((note) =>
      note.sic
        .split(' / ')
        .filter((part) => squeeze(part) && !printedSource.includes(squeeze(part)))
        .map((part) => `${entry.path}:${note.line}: ${note.kind} says printed "${part.slice(0, 40)}…"`),
    );
    assert.deepEqual(invented, []);
  });

  test(`${entry.slug}: the printed reading shows every Han character of the source in order`, () => {
    const printed = printedText(entry.rendered.html);
    const han = (text: string) => text.match(/\p{Script=Han}/gu)?.join('') ?? '';
    assert.equal(han(printed), han(source));
  });
}

/** Text of the printed reading, in page order, without editorial apparatus. */
function printedText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  let out = '';
  const walk = (node: Root | Element, inPrinted: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text' && inPrinted) out += child.value;
      if (child.type !== 'element') continue;
      const classes = (child.properties.className as string[] | undefined) ?? [];
      if (classes.includes(readingClass.normalized) || classes.includes(readingClass.movedAway) || classes.includes(readingClass.note) || child.tagName === 'rt' || child.tagName === 'rp') continue;
      walk(child, inPrinted || classes.includes(readingClass.printed));
    }
  };
  walk(tree, false);
  return out;
}

test('a paragraph split without a mark is caught, with its line', () => {
  const entry = corpus.find((candidate) => candidate.slug === 'taoyan')!;
  const source = readFileSync(`sources/${(entry.data.source as { file: string }).file}`, 'utf8');
  const split = entry.markdown.replace('**加快经济提质增效**。', '**加快经济提质增效**。\n\n');
  assert.notEqual(split, entry.markdown);
  assert.equal(firstDifference(recoverSource(split), source), undefined, 'the characters are all there');
  assert.equal(firstParagraphDifference(recoverSource(split), source)?.line, 4);
});

test('a changed character is caught, with its line', () => {
  const entry = corpus.find((candidate) => candidate.slug === 'taoyan')!;
  const source = readFileSync(`sources/${(entry.data.source as { file: string }).file}`, 'utf8');
  const tampered = entry.markdown.replace('加快经济提质增效', '加快经济提质增校');
  const difference = firstDifference(recoverSource(tampered), source);
  assert.ok(difference);
  assert.equal(difference.line, 4);
});
