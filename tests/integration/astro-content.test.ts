/**
 * Bad content stops the real build with a message naming the file, the line
 * and the field: `astro sync` and `astro build` run on the bad fixtures of
 * tests/fixtures/content (CONTENT_DIR). The same messages checked directly,
 * without Astro: tests/content/schema.test.ts.
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
