/**
 * Temporary copies of content/ for tests that edit reports as an editor
 * would (the anchor check and its scripts). Call `removeCopies` in the test
 * file's `after` hook.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const copies: string[] = [];

/** A fresh copy of content/ in a temporary folder. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'town-reports-anchors-'));
  cpSync('content', dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** Removes every copy made so far. */
export function removeCopies() {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Edits a report of a copy; the edit must change it. */
export function editReport(dir: string, slug: string, change: (markdown: string) => string, lang = 'zh') {
  const path = `${dir}/reports/${lang}/${slug}.md`;
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `the edit changed ${path}`);
  writeFileSync(path, after);
}

/** The first characters of a text, as the anchor check's messages quote it. */
export const start = (value: string) => Array.from(value).slice(0, 12).join('');
