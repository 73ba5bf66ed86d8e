/**
 * The translations: complete, aligned with the Chinese id for id, numbers
 * carried over, provenance and revision history stated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderedCorpus } from '../support/corpus.ts';
import { checkParity } from '../../scripts/lib/parity.ts';
import { missingNumbers } from '../../src/lib/numbers.ts';

const corpus = await renderedCorpus();

for (const entry of corpus) {
  test(`${entry.slug}: the translation has every section and paragraph, and nothing else`, async () => {
    const { problems } = await checkParity(entry.path, `content/reports/en/${entry.slug}.md`);
    assert.deepEqual(problems, []);
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
