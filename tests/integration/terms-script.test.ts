/**
 * npm run check:terms as an editor runs it, a process that renders the
 * corpus: on the real content it passes and lists the stated exceptions; on a
 * copy whose English says “more than 90%” for 90%以上 again it exits 1,
 * naming the file, the paragraph, the term and the English found. The logic
 * case by case: tests/unit/term-check.test.ts.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyContent, editReport, removeCopies } from '../support/content-copy.ts';

after(removeCopies);

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-terms.ts', ...args], { encoding: 'utf8' });

test('check:terms passes on content/ and lists its exceptions with their reasons', () => {
  const result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /check:terms: \d+ uses of \d+ terms in 5 reports/);
  assert.match(result.stdout, /content\/reports\/en\/gutang\.md s4-p1 double-reduction: 双减 here is part of 双控双减/);
});

test('check:terms --content exits 1 when an English paragraph drops a term’s English', () => {
  const dir = copyContent();
  editReport(dir, 'taoyan', (markdown) => markdown.replace('to 90% or more,', 'to more than 90%,'), 'en');
  const result = run('--content', dir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`${dir}/reports/en/taoyan\\.md s5-p2: 以上 \\(or-more\\) expects “or more” / “at least” / “or better”; English: “[^”]*more than 90%`));
  assert.match(result.stderr, /check:terms: 1 problem\(s\) in 5 translations/);
});
