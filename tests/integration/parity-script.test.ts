/**
 * npm run check:parity as an editor runs it, a process that renders the
 * corpus: on the real content it passes; on a copy (--content) whose English
 * has two paragraphs swapped it exits 1, naming the file, both ids, the
 * evidence and the paragraph each English belongs to. The logic case by case:
 * tests/unit/alignment-content.test.ts.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyContent, editReport, removeCopies } from '../support/content-copy.ts';

after(removeCopies);

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-parity.ts', ...args], { encoding: 'utf8' });

test('check:parity passes on content/: ids aligned, each pair’s numbers, terms and length agree', () => {
  const result = run();
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.match(/sections and paragraphs aligned; each pair’s numbers, glossary terms and length agree/g)?.length, 5, result.stdout);
});

test('check:parity --content exits 1 when two English paragraphs are swapped, naming the file, the ids and the evidence', () => {
  const dir = copyContent();
  // wenyan s1-p1 (the modern community as the unit of governance) and s1-p2 (residents' needs: 27, 112 …), exchanged.
  editReport(
    dir,
    'wenyan',
    (markdown) => {
      const blocks = markdown.split('\n\n');
      const heading = blocks.findIndex((block) => block.startsWith('## '));
      [blocks[heading + 1], blocks[heading + 2]] = [blocks[heading + 2]!, blocks[heading + 1]!];
      return blocks.join('\n\n');
    },
    'en',
  );
  const result = run('--content', dir);
  assert.equal(result.status, 1);
  const file = `${dir}/reports/en/wenyan.md`.replace(/[.]/g, '\\.');
  assert.match(result.stderr, new RegExp(`^${file}: #s1-p1: the English does not match its Chinese: the English has “27”, “112”, .*; it matches the Chinese of #s1-p2$`, 'm'));
  assert.match(result.stderr, new RegExp(`^${file}: #s1-p2: the English does not match its Chinese: the Chinese has “27”, “112”, .*; it matches the Chinese of #s1-p1$`, 'm'));
  assert.match(result.stdout, /^gutang: 13 sections and paragraphs aligned/m);
  assert.doesNotMatch(result.stdout, /^wenyan:/m);
});
