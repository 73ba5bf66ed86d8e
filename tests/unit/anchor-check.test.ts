/**
 * Anchors cannot silently move (issue 15, point 7). Each test copies the real
 * content/ into a temporary folder, edits a report's Markdown as an editor
 * would, and runs the check (scripts/lib/anchor-check.ts, the logic of
 * npm run check:anchors) or the recorder on it: an inserted, deleted or
 * joined paragraph and a deleted report fail with the id, the recorded and
 * the current text; a correction of a few characters and a moved paragraph
 * with its alias pass; --accept and --accept-removed re-record on purpose.
 * The scripts themselves, run as processes: tests/integration/anchor-scripts.test.ts.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { checkAnchors, readSnapshot, recordAnchors, type CheckResult, type ProblemKind } from '../../scripts/lib/anchor-check.ts';
import { anchorText } from '../../scripts/lib/anchor-fingerprint.ts';
import { renderedCorpus } from '../support/corpus.ts';
import { copyContent, editReport, removeCopies, start } from '../support/content-copy.ts';

const real = await renderedCorpus();
/** The current text of an id in the real content. */
function text(slug: string, id: string): string {
  const anchor = real.find((entry) => entry.slug === slug)?.rendered.anchors.find((anchor) => anchor.id === id);
  assert.ok(anchor, `${slug}#${id} exists in content/`);
  return anchorText(anchor);
}
after(removeCopies);
function setAliases(dir: string, slug: string, map: Record<string, string>) {
  const path = `${dir}/anchor-aliases.json`;
  const aliases = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;
  aliases[slug] = map;
  writeFileSync(path, `${JSON.stringify(aliases, null, 2)}\n`);
}
const messages = (result: CheckResult | { problems: CheckResult['problems'] }) => result.problems.map((problem) => problem.message).join('\n\n') || '(none)';
function problem(result: CheckResult, kind: ProblemKind, id?: string) {
  const found = result.problems.find((problem) => problem.kind === kind && (id === undefined || problem.id === id));
  assert.ok(found, `expected a "${kind}" problem${id ? ` for #${id}` : ''}; got:\n${messages(result)}`);
  return found;
}
/** The message names the file and the id, and quotes the recorded and the current text. */
function names(message: string, file: string, id: string, recorded: string, now: string) {
  assert.ok(message.includes(file), `names ${file}:\n${message}`);
  assert.ok(message.includes(`#${id}`), `names #${id}:\n${message}`);
  assert.ok(message.includes(`recorded: “${start(recorded)}`), `quotes the recorded text “${start(recorded)}…”:\n${message}`);
  assert.ok(message.includes(start(now)), `quotes the current text “${start(now)}…”:\n${message}`);
}

const inserted = '新插入的一段文字，说明街道今年新增的工作安排和具体推进措施。';
const taoyan = (dir: string) => `${dir}/reports/zh/taoyan.md`;

test('the check passes on an unchanged copy of content/', async () => {
  const result = await checkAnchors({ contentDir: copyContent() });
  assert.deepEqual(result.problems, [], messages(result));
  assert.equal(result.reports, 5);
  assert.equal(
    result.ids,
    real.reduce((sum, entry) => sum + entry.rendered.anchors.length, 0),
  );
});

test('a paragraph inserted at the top of a section fails at every id it shifts', async () => {
  const dir = copyContent();
  editReport(dir, 'taoyan', (markdown) => markdown.replace('**精准谋划空间布局**', `${inserted}\n\n**精准谋划空间布局**`));
  const result = await checkAnchors({ contentDir: dir });
  const first = problem(result, 'changed', 's2-p1');
  names(first.message, taoyan(dir), 's2-p1', text('taoyan', 's2-p1'), inserted);
  assert.match(first.message, /The recorded text is now at #s2-p2/);
  assert.match(first.message, /--accept taoyan#s2-p1/);
  names(problem(result, 'changed', 's2-p2').message, taoyan(dir), 's2-p2', text('taoyan', 's2-p2'), text('taoyan', 's2-p1'));
  names(problem(result, 'changed', 's2-p3').message, taoyan(dir), 's2-p3', text('taoyan', 's2-p3'), text('taoyan', 's2-p2'));
  assert.match(problem(result, 'unrecorded', 's2-p4').message, /#s2-p4 .*anchors:record/);
});

test('a deleted paragraph fails: the next one takes its id, the last id is gone', async () => {
  const dir = copyContent();
  editReport(dir, 'taoyan', (markdown) => markdown.replace(/\*\*精细提升建管水平\*\*[^\n]*\n\n/, ''));
  const result = await checkAnchors({ contentDir: dir });
  names(problem(result, 'changed', 's2-p2').message, taoyan(dir), 's2-p2', text('taoyan', 's2-p2'), text('taoyan', 's2-p3'));
  const gone = problem(result, 'gone', 's2-p3').message;
  names(gone, taoyan(dir), 's2-p3', text('taoyan', 's2-p3'), '(no such id)');
  assert.match(gone, /now at #s2-p2: add "s2-p3": "s2-p2" under "taoyan"/);
});

test('two paragraphs joined fail', async () => {
  const dir = copyContent();
  editReport(dir, 'taoyan', (markdown) => markdown.replace('\n\n**精细提升建管水平**', '**精细提升建管水平**'));
  const result = await checkAnchors({ contentDir: dir });
  assert.ok(result.problems.length, 'fails');
  names(problem(result, 'changed', 's2-p2').message, taoyan(dir), 's2-p2', text('taoyan', 's2-p2'), text('taoyan', 's2-p3'));
  names(problem(result, 'gone', 's2-p3').message, taoyan(dir), 's2-p3', text('taoyan', 's2-p3'), '(no such id)');
});

test('a short paragraph joined with the next fails at its own id too', async () => {
  const dir = copyContent();
  // wenyan #s2-p1 (38 characters) joined with the paragraph after it: #s2-p1 now names mostly other text.
  editReport(dir, 'wenyan', (markdown) => markdown.replace('暖心工程讓人民幸福感不斷提升。\n\n', '暖心工程讓人民幸福感不斷提升。'));
  const result = await checkAnchors({ contentDir: dir });
  const message = problem(result, 'changed', 's2-p1').message;
  names(message, `${dir}/reports/zh/wenyan.md`, 's2-p1', text('wenyan', 's2-p1'), text('wenyan', 's2-p1'));
  assert.ok(message.includes(`now:      “${start(text('wenyan', 's2-p1'))}`));
  problem(result, 'gone', 's2-p5');
});

test('a deleted report fails, with or without its translation', async () => {
  const dir = copyContent();
  rmSync(`${dir}/reports/zh/gutang.md`);
  let result = await checkAnchors({ contentDir: dir });
  const gone = problem(result, 'report-gone').message;
  assert.ok(gone.includes(`${dir}/reports/zh/gutang.md`), gone);
  assert.match(gone, /report "gutang" is gone, but anchors\.json records 14 published id\(s\)/);
  assert.match(gone, /#s0 “古塘街道2022年工作安排”/);
  assert.match(gone, /now: \(no report\)/);
  assert.match(gone, /--accept-removed gutang/);
  assert.ok(problem(result, 'orphan-translation').message.includes(`${dir}/reports/en/gutang.md: a translation without its Chinese report`));

  rmSync(`${dir}/reports/en/gutang.md`);
  result = await checkAnchors({ contentDir: dir });
  assert.deepEqual(
    result.problems.map((problem) => problem.kind),
    ['report-gone'],
    messages(result),
  );
});

test('a translation without a Chinese report fails', async () => {
  const dir = copyContent();
  cpSync(`${dir}/reports/en/gutang.md`, `${dir}/reports/en/gutang-2023.md`);
  const result = await checkAnchors({ contentDir: dir });
  assert.equal(result.problems.length, 1, messages(result));
  const message = problem(result, 'orphan-translation').message;
  assert.ok(message.includes(`${dir}/reports/en/gutang-2023.md`) && message.includes(`${dir}/reports/zh/gutang-2023.md`), message);
});

test('a correction of a few characters inside a paragraph or heading passes', async () => {
  const dir = copyContent();
  // Two characters changed in a paragraph, an OCR correction marked with :corr in another, one in a heading.
  editReport(dir, 'taoyan', (markdown) => markdown.replace('进一步深化推动', '进一步深入推进'));
  editReport(dir, 'taoyan', (markdown) => markdown.replace('强化城市色彩', ':corr[加强]{sic="强化" why="ocr"}城市色彩'));
  editReport(dir, 'gutang', (markdown) => markdown.replace('增强经济发展实力', '增强经济发展活力'));
  // The shortest long paragraph (38 characters), one character.
  editReport(dir, 'wenyan', (markdown) => markdown.replace('暖心工程', '暖民工程'));
  const result = await checkAnchors({ contentDir: dir });
  assert.deepEqual(result.problems, [], messages(result));
  assert.deepEqual(result.corrected.map(({ slug, id }) => `${slug}#${id}`).sort(), ['gutang#s1', 'taoyan#s2-p1', 'taoyan#s2-p2', 'wenyan#s2-p1']);

  // anchors:record follows the corrected text, so that corrections do not add up.
  const recorded = await recordAnchors({ contentDir: dir });
  assert.ok(recorded.ok, messages(recorded));
  assert.equal(recorded.refreshed, 4);
  assert.equal(recorded.added, 0);
  assert.equal(readSnapshot(`${dir}/anchors.json`).gutang!.s1!.text, '一、实施转型升级争速工程，增强经济发展活力。');
  assert.deepEqual((await checkAnchors({ contentDir: dir })).corrected, []);
});

test('a heading rewritten beyond the threshold fails', async () => {
  const dir = copyContent();
  editReport(dir, 'jingjiang', (markdown) => markdown.replace('## 高效能治理前进步伐', '## 基层治理'));
  const result = await checkAnchors({ contentDir: dir });
  const message = problem(result, 'changed', 's5').message;
  names(message, `${dir}/reports/zh/jingjiang.md`, 's5', '高效能治理前进步伐', '基层治理');
  assert.match(message, /edit-distance ratio 0\.\d\d, the same text needs ≥ 0\.75/);
});

test('a moved paragraph passes once its old id has an alias to the new place', async () => {
  const dir = copyContent();
  // The last paragraph of section 6 moves to the end of section 5: #s6-p3 → #s5-p4.
  const paragraph = readFileSync(taoyan(dir), 'utf8').match(/\*\*全面提升治理效能\*\*[^\n]*/)![0];
  editReport(dir, 'taoyan', (markdown) => markdown.replace(`\n\n${paragraph}`, '').replace('## (六)', `${paragraph}\n\n## (六)`));
  let result = await checkAnchors({ contentDir: dir });
  assert.match(problem(result, 'gone', 's6-p3').message, /now at #s5-p4: add "s6-p3": "s5-p4"/);

  // An alias to the wrong place fails with both texts.
  setAliases(dir, 'taoyan', { 's6-p3': 's5-p3' });
  result = await checkAnchors({ contentDir: dir });
  names(problem(result, 'alias-changed', 's6-p3').message, taoyan(dir), 's6-p3', text('taoyan', 's6-p3'), text('taoyan', 's5-p3'));

  setAliases(dir, 'taoyan', { 's6-p3': 's5-p4' });
  const recorded = await recordAnchors({ contentDir: dir });
  assert.ok(recorded.ok, messages(recorded));
  assert.equal(recorded.added, 1, 'records #s5-p4');
  result = await checkAnchors({ contentDir: dir });
  assert.deepEqual(result.problems, [], messages(result));
});

test('aliases that point nowhere, form a cycle or are shadowed fail', async () => {
  const dir = copyContent();
  setAliases(dir, 'taoyan', { 's9-p9': 's9-p10', 's8-p1': 's8-p2', 's8-p2': 's8-p1', 's1-p1': 's1-p2' });
  const result = await checkAnchors({ contentDir: dir });
  assert.match(problem(result, 'alias-nowhere', 's9-p9').message, /alias #s9-p9 → #s9-p10 .* points nowhere/);
  assert.match(problem(result, 'alias-cycle', 's8-p1').message, /#s8-p1 → #s8-p2 → #s8-p1/);
  assert.match(problem(result, 'alias-shadowed', 's1-p1').message, /never followed, since #s1-p1 still exists/);
});

test('anchors:record refuses a changed id and writes nothing; --accept re-records it', async () => {
  const dir = copyContent();
  editReport(dir, 'taoyan', (markdown) => markdown.replace('**精准谋划空间布局**', `${inserted}\n\n**精准谋划空间布局**`));
  const before = readFileSync(`${dir}/anchors.json`, 'utf8');

  const refused = await recordAnchors({ contentDir: dir });
  assert.equal(refused.ok, false);
  assert.equal(readFileSync(`${dir}/anchors.json`, 'utf8'), before, 'nothing written');
  const message = refused.problems.find((problem) => problem.kind === 'changed' && problem.id === 's2-p1')!.message;
  names(message, taoyan(dir), 's2-p1', text('taoyan', 's2-p1'), inserted);

  const partly = await recordAnchors({ contentDir: dir, accept: ['taoyan#s2-p1'] });
  assert.equal(partly.ok, false, 'the other shifted ids still need a decision');
  assert.deepEqual(
    partly.problems.map((problem) => problem.id),
    ['s2-p2', 's2-p3'],
  );

  const wrong = await recordAnchors({ contentDir: dir, accept: ['taoyan#s2-p1', 'taoyan#s2-p2', 's2-p3', 'gutang#s1-p1'] });
  assert.equal(wrong.ok, false);
  assert.match(wrong.errors.join('\n'), /--accept gutang#s1-p1: no id with a changed or missing text matches it/);

  // Several --accept, one as a bare id (only taoyan has a changed #s2-p3).
  const accepted = await recordAnchors({ contentDir: dir, accept: ['taoyan#s2-p1', 'taoyan#s2-p2', 's2-p3'] });
  assert.ok(accepted.ok, messages(accepted));
  assert.equal(accepted.accepted.length, 3);
  assert.ok(accepted.accepted[0]!.startsWith('taoyan#s2-p1 re-recorded: “精准谋划空间布局') && accepted.accepted[0]!.includes(`→ “${start(inserted)}`), accepted.accepted[0]);
  assert.equal(accepted.added, 1, '#s2-p4');
  const snapshot = readSnapshot(`${dir}/anchors.json`);
  assert.equal(snapshot.taoyan!['s2-p1']!.text, inserted);
  assert.ok(snapshot.taoyan!['s2-p4']!.text.startsWith('精致建设美丽乡村'));
  const result = await checkAnchors({ contentDir: dir });
  assert.deepEqual(result.problems, [], messages(result));
});

test('a bare --accept id must be unambiguous', async () => {
  const dir = copyContent();
  editReport(dir, 'taoyan', (markdown) => markdown.replace('**精准谋划空间布局**', `${inserted}\n\n**精准谋划空间布局**`));
  editReport(dir, 'wenyan', (markdown) => markdown.replace('\n\n今年上半年,聞堰街道', `\n\n${inserted}\n\n今年上半年,聞堰街道`));
  const result = await recordAnchors({ contentDir: dir, accept: ['s2-p1'] });
  assert.equal(result.ok, false);
  assert.match(result.errors.join('\n'), /--accept s2-p1 is ambiguous: taoyan#s2-p1, wenyan#s2-p1/);
});

test('removing a report from anchors.json needs --accept-removed', async () => {
  const dir = copyContent();
  rmSync(`${dir}/reports/zh/gutang.md`);
  rmSync(`${dir}/reports/en/gutang.md`);
  const refused = await recordAnchors({ contentDir: dir });
  assert.equal(refused.ok, false);
  assert.match(messages(refused), /report "gutang" is gone/);
  assert.ok(readSnapshot(`${dir}/anchors.json`).gutang, 'still recorded');
  const accepted = await recordAnchors({ contentDir: dir, acceptRemoved: ['gutang'] });
  assert.ok(accepted.ok, messages(accepted));
  assert.deepEqual(accepted.accepted, ['report gutang removed (14 recorded ids forgotten)']);
  assert.equal(readSnapshot(`${dir}/anchors.json`).gutang, undefined);
  assert.deepEqual((await checkAnchors({ contentDir: dir })).problems, []);
});

test('the old list-only anchors.json fails the check and is converted by anchors:record, no id lost', async () => {
  const dir = copyContent();
  const current = readSnapshot(`${dir}/anchors.json`);
  const old = Object.fromEntries(Object.entries(current).map(([slug, ids]) => [slug, Object.keys(ids)]));
  writeFileSync(`${dir}/anchors.json`, JSON.stringify(old));
  assert.match(messages(await checkAnchors({ contentDir: dir })), /recorded without a fingerprint .*run npm run anchors:record/);
  const recorded = await recordAnchors({ contentDir: dir });
  assert.ok(recorded.ok, messages(recorded));
  assert.deepEqual(readSnapshot(`${dir}/anchors.json`), current);
});
