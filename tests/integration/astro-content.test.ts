/**
 * Bad content stops the real build with a message naming the file, the line
 * and the field: `astro sync` and `astro build` run on the bad fixtures of
 * tests/fixtures/content (CONTENT_DIR). The same messages checked directly,
 * without Astro: tests/content/schema.test.ts and the plugin fixtures
 * (tests/plugins/fixtures/remark-editorial/error-*).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const fixtures = 'tests/fixtures/content';

function astro(command: 'sync' | 'build', fixture: string) {
  // The build's output goes to a folder of this run's own (it fails before writing much).
  const out = command === 'build' ? mkdtempSync(join(tmpdir(), `town-reports-${fixture}-`)) : undefined;
  const args = out ? ['build', '--force', '--outDir', out] : ['sync'];
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
    env: { ...process.env, CONTENT_DIR: `${fixtures}/${fixture}`, NO_COLOR: '1' },
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
