/**
 * The translations: complete, aligned with the Chinese id for id, and each
 * English paragraph the translation of its Chinese (numbers, glossary terms
 * and length agree: two swapped paragraphs fail check:parity), numbers
 * carried over, provenance and revision history stated.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderedCorpus } from '../support/corpus.ts';
import { copyContent, editReport, removeCopies } from '../support/content-copy.ts';
import { checkParity } from '../../scripts/lib/parity.ts';
import { checkAlignmentContent, type AlignedText } from '../../scripts/lib/alignment-content.ts';
import { missingNumbers } from '../../src/lib/numbers.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';

const corpus = await renderedCorpus();
const terms = loadGlossary();
after(removeCopies);

for (const entry of corpus) {
  test(`${entry.slug}: the translation has every section and paragraph, and nothing else, each matching its Chinese`, async () => {
    const { problems, content } = await checkParity(entry.path, `content/reports/en/${entry.slug}.md`);
    assert.deepEqual(problems, []);
    assert.deepEqual(content, []);
  });

  test(`${entry.slug}: every Arabic number of a Chinese paragraph appears in its English`, () => {
    assert.ok(entry.translation, `${entry.slug} has no translation`);
    const english = new Map(entry.translation.rendered.anchors.map((anchor) => [anchor.id, anchor.text]));
    const missing = entry.rendered.anchors
      .filter((anchor) => anchor.kind !== 'block')
      .map((anchor) => ({ id: anchor.id, numbers: missingNumbers(anchor.text, english.get(anchor.id) ?? '') }))
      .filter((result) => result.numbers.length > 0);
    assert.deepEqual(missing, []);
  });

  test(`${entry.slug}: the translation is real text, with its provenance`, () => {
    const translation = entry.translation!;
    for (const anchor of translation.rendered.anchors) {
      assert.ok(anchor.text.length > 0, `#${anchor.id} is empty`);
      assert.doesNotMatch(anchor.text, /\b(TODO|TBD|lorem ipsum|translation pending)\b|\p{Script=Han}{6,}/iu, `#${anchor.id} looks untranslated: ${anchor.text.slice(0, 60)}`);
    }
    assert.equal(translation.data.fromReading, 'normalized');
    assert.ok(String(translation.data.translatedBy).length > 0);
    assert.ok((translation.data.translatorNotes as string[]).length > 0, 'translator’s notes');
    const revisions = (translation.data.revisions ?? []) as { revision: number; date: string; changes: string[] }[];
    assert.ok(revisions.length > 0, 'the revision history, from revision 1 (the first translation)');
    assert.equal(String(revisions.at(-1)!.date), String(translation.data.translated), 'the date given for the translation is that of its latest revision');
  });
}

test('the changelog lists each translation’s latest revision, in a release dated on or after it', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  // Newest first, as the file lists them; each section runs to the next release heading.
  const headings = [...changelog.matchAll(/^## \d+\.\d+\.\d+ — (\d{4}-\d{2}-\d{2})$/gm)];
  const releases = headings.map((heading, index) => ({ date: heading[1]!, text: changelog.slice(heading.index, headings[index + 1]?.index) }));
  assert.ok(releases.length > 0, 'CHANGELOG.md has releases');
  for (const entry of corpus) {
    const latest = (entry.translation!.data.revisions as { revision: number; date: string }[]).at(-1)!;
    if (latest.revision === 1) continue; // the first translation came with the report itself
    const town = (entry.data.town as { en: string }).en;
    const line = `${town} (revision ${latest.revision})`;
    const listed = releases.filter((release) => release.date >= String(latest.date) && release.text.includes(line));
    assert.equal(listed.length, 1, `${entry.slug}: one release dated ${latest.date} or later lists “${line}”`);
  }
});

test('a misaligned translation fails the parity check, naming file and id', async () => {
  const { problems } = await checkParity('tests/fixtures/parity/zh/misaligned.md', 'tests/fixtures/parity/en/misaligned.md');
  assert.deepEqual(problems, [
    'tests/fixtures/parity/en/misaligned.md: missing #s1-p2 (Chinese: “第二段。…”)',
    'tests/fixtures/parity/en/misaligned.md: extra #s2-p2 (“An extra paragraph.…”), not in tests/fixtures/parity/zh/misaligned.md',
  ]);
});

test('the numbers check notices a number that did not carry over', () => {
  assert.deepEqual(missingNumbers('新增国家级高新技术企业8家', 'eight new national high-tech enterprises'), ['8']);
  assert.deepEqual(missingNumbers('实现规上工业总产值15.3亿元', 'gross output of 1.53 billion yuan'), []);
  assert.deepEqual(missingNumbers('2月28日上午', 'on the morning of 28 February'), []);
  assert.deepEqual(missingNumbers('1-6月，采集事件4234件', 'from January to June, 4234 incidents'), []);
  assert.deepEqual(missingNumbers('1-6月', 'in June'), ['1']);
  assert.deepEqual(missingNumbers('总投资1.3亿元', 'a total investment of 1.3 million yuan'), ['1.3亿']);
});

/** The Markdown with the two paragraphs that begin so swapped. */
function swapParagraphs(markdown: string, first: string, second: string): string {
  const blocks = markdown.split('\n\n');
  const [a, b] = [first, second].map((start) => blocks.findIndex((block) => block.startsWith(start)));
  assert.ok(a! >= 0 && b! >= 0, `paragraphs beginning “${first}” and “${second}”`);
  [blocks[a!], blocks[b!]] = [blocks[b!]!, blocks[a!]!];
  return blocks.join('\n\n');
}

test('two English paragraphs swapped in a copy of a real translation fail the parity check, with both ids and the evidence', async () => {
  const dir = copyContent();
  editReport(dir, 'taoyan', (markdown) => swapParagraphs(markdown, '**Planning the spatial layout', '**Raising the standard of construction'), 'en');
  const result = await checkParity(`${dir}/reports/zh/taoyan.md`, `${dir}/reports/en/taoyan.md`);
  assert.equal(result.problems.length, 2, result.problems.join('\n'));
  for (const problem of result.problems) assert.match(problem, new RegExp(`^${dir}/reports/en/taoyan\\.md: #s2-p[12]: the English does not match its Chinese: .*the English lacks the termbase’s English for `));
  assert.deepEqual(
    result.content.map((problem) => [problem.id, problem.fits]),
    [
      ['s2-p1', 's2-p2'],
      ['s2-p2', 's2-p1'],
    ],
  );
});

/** The report's pairs with the English of two ids exchanged. */
function swappedEnglish(english: readonly AlignedText[], a: string, b: string): AlignedText[] {
  const text = new Map(english.map((anchor) => [anchor.id, anchor.text]));
  return english.map((anchor) => ({ ...anchor, text: anchor.id === a ? text.get(b)! : anchor.id === b ? text.get(a)! : anchor.text }));
}

test('every swap of two neighbouring paragraphs, and of two numbered headings, in the five translations is flagged', () => {
  const missed: string[] = [];
  let swaps = 0;
  for (const entry of corpus) {
    const report = { file: entry.translation!.path, zh: entry.rendered.anchors, termExceptions: entry.translation!.data.termExceptions as { paragraph: string; term: string }[] };
    const paragraphs = entry.rendered.anchors.filter((anchor) => anchor.kind === 'paragraph');
    // Headings numbered in the Chinese (一、, （一）, 实效一), in order.
    const numbered = entry.rendered.anchors.filter((anchor) => anchor.kind === 'section' && /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|实效[一二三四五六七八九十])/.test(anchor.text));
    for (const list of [paragraphs, numbered])
      for (const [index, anchor] of list.slice(1).entries()) {
        const before = list[index]!;
        swaps++;
        const flagged = checkAlignmentContent({ ...report, en: swappedEnglish(entry.translation!.rendered.anchors, before.id, anchor.id) }, terms).map((problem) => problem.id);
        // One side is enough to stop the check; both are flagged in all but a few (a heading reading “One”, a paragraph whose evidence is all on the other side).
        if (!flagged.includes(before.id) && !flagged.includes(anchor.id)) missed.push(`${entry.slug} ${before.id} ⇄ ${anchor.id}`);
      }
  }
  assert.deepEqual(missed, []);
  assert.ok(swaps > 80, `${swaps} swaps`);
});
