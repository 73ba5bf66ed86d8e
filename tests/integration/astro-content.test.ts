/**
 * Bad content stops the real build with a message naming the file, the line
 * and the field: `astro sync` and `astro build` run on the bad fixtures of
 * tests/fixtures/content (CONTENT_DIR), and on copies with bad bytes, an empty
 * file or an unsafe link made for the run. The same messages checked directly,
 * without Astro: tests/content/schema.test.ts and the plugin fixtures
 * (tests/plugins/fixtures/remark-editorial/error-*).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const fixtures = 'tests/fixtures/content';

function astro(command: 'sync' | 'build', fixture: string, contentDir = `${fixtures}/${fixture}`) {
  // The build's output goes to a folder of this run's own (it fails before writing much).
  const out = command === 'build' ? mkdtempSync(join(tmpdir(), `town-reports-${fixture}-`)) : undefined;
  const args = out ? ['build', '--force', '--outDir', out] : ['sync'];
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (out) rmSync(out, { recursive: true, force: true });
  return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
}

test('astro sync refuses an unknown document kind, naming file and field', () => {
  const { status, output } = astro('sync', 'bad-kind');
  assert.notEqual(status, 0);
  assert.match(output, /kind: Invalid option/);
  assert.match(output, /bad-kind\/reports\/zh\/gutang\.md/);
});

test('astro build refuses an unknown editorial mark, naming file and line', () => {
  const { status, output } = astro('build', 'unknown-mark');
  assert.notEqual(status, 0);
  assert.match(output, /unknown-mark\/reports\/zh\/gutang\.md:65:\d+: unknown editorial mark ":fix"/);
});

/** A content folder (in the system's temporary folder) whose gutang.md has the bytes given; bad bytes are not kept in the repository. */
const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function contentWith(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'town-reports-content-'));
  made.push(dir);
  mkdirSync(join(dir, 'reports/zh'), { recursive: true });
  mkdirSync(join(dir, 'reports/en'), { recursive: true });
  writeFileSync(join(dir, 'reports/zh/gutang.md'), bytes);
  return dir;
}
const gutang = readFileSync('content/reports/zh/gutang.md');

test('astro sync refuses invalid UTF-8, naming the file, line and byte, instead of publishing U+FFFD', () => {
  const at = gutang.indexOf('**深化精准服务**');
  const line = gutang.subarray(0, at).toString('utf8').split('\n').length;
  const { status, output } = astro('sync', 'invalid-utf8', contentWith(Buffer.concat([gutang.subarray(0, at), Buffer.from([0xff, 0xfe]), gutang.subarray(at)])));
  assert.notEqual(status, 0);
  assert.match(output, new RegExp(`reports/zh/gutang\\.md:${line}: not valid UTF-8 at byte ${at} \\(0xff\\)`));
});

test('astro sync says that a report is empty, not that every field is missing', () => {
  const { status, output } = astro('sync', 'empty', contentWith(new Uint8Array()));
  assert.notEqual(status, 0);
  assert.match(output, /reports\/zh\/gutang\.md: the file is empty/);
  assert.doesNotMatch(output, /Required/);
});

test('astro sync refuses a javascript: link in a report, naming file and line', () => {
  const text = gutang.toString('utf8');
  const line = text.slice(0, text.indexOf('**深化精准服务**')).split('\n').length;
  const { status, output } = astro('sync', 'unsafe-link', contentWith(Buffer.from(text.replace('**深化精准服务**', '[详情](javascript:alert(1))**深化精准服务**'))));
  assert.notEqual(status, 0);
  assert.match(output, new RegExp(`reports/zh/gutang\\.md:${line}:1: a "javascript:" link is not allowed`));
});

test('astro build refuses a list in a report instead of leaving it out, naming file, line and what is allowed', () => {
  const { status, output } = astro('build', 'lost-list');
  assert.notEqual(status, 0);
  assert.match(output, /lost-list\/reports\/zh\/gutang\.md:88:1: a list, which the edition does not render; .*a report holds paragraphs, headings/);
});

test('astro build refuses a report without text', () => {
  const { status, output } = astro('build', 'empty-report');
  assert.notEqual(status, 0);
  assert.match(output, /empty-report\/reports\/zh\/gutang\.md:\d+:\d+: the report has no paragraph: its text is missing/);
});

test('astro sync refuses a date that is not an ISO date (published: 20220301), never reading it as 1970', () => {
  const { status, output } = astro('sync', 'bad-date');
  assert.notEqual(status, 0);
  assert.match(output, /published: an ISO date such as 2022-02-10 \(found 20220301\)/);
  assert.match(output, /bad-date\/reports\/zh\/gutang\.md/);
});
