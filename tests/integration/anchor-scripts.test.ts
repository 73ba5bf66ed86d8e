/**
 * The anchor scripts as an editor runs them, each a process that renders the
 * corpus: check:anchors on an edited copy of content/ exits 1 with the
 * message; anchors:record --accept re-records and says what it accepted; the
 * check then passes. The check's logic case by case: tests/unit/anchor-check.test.ts.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyContent, editReport, removeCopies, start } from '../support/content-copy.ts';

after(removeCopies);

const inserted = '新插入的一段文字，说明街道今年新增的工作安排和具体推进措施。';

test('the scripts: check:anchors --content exits 1 with the message; anchors:record --accept prints what it accepted', () => {
  const dir = copyContent();
  editReport(dir, 'taoyan', (markdown) => markdown.replace('**精准谋划空间布局**', `${inserted}\n\n**精准谋划空间布局**`));
  const check = spawnSync(process.execPath, ['scripts/check-anchors.ts', '--content', dir], { encoding: 'utf8' });
  assert.equal(check.status, 1);
  assert.ok(check.stderr.includes(`${dir}/reports/zh/taoyan.md: #s2-p1 now names different text`), check.stderr);
  assert.ok(check.stderr.includes(`now:      “${start(inserted)}`), check.stderr);
  const record = execFileSync(process.execPath, ['scripts/record-anchors.ts', '--accept', 'taoyan#s2-p1', '--accept', 'taoyan#s2-p2', '--accept', 's2-p3'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir },
  });
  assert.match(record, /accepted: taoyan#s2-p1 re-recorded/);
  assert.match(record, /1 new id\(s\) recorded/);
  const ok = spawnSync(process.execPath, ['scripts/check-anchors.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
  assert.equal(ok.status, 0, ok.stderr);
});
