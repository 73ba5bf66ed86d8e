/** The view in a report's address (src/lib/reading-view.ts): what a shared link opens. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultMode, defaultView, queryWithView, viewFromQuery } from '../../src/lib/reading-view.ts';

test('reading view: only choices that differ from the page’s defaults are written, other parameters kept', () => {
  const zh = defaultView(defaultMode('zh', true));
  assert.equal(queryWithView('', zh, zh), '');
  assert.equal(queryWithView('', { mode: 'parallel', reading: 'printed', edits: true }, zh), '?view=parallel&reading=printed&edits=shown');
  assert.equal(queryWithView('?utm=x&view=en', zh, zh), '?utm=x');
  // The English interface opens in English; choosing Chinese there is a choice worth writing.
  const en = defaultView(defaultMode('en', true));
  assert.equal(queryWithView('', { ...en, mode: 'zh' }, en), '?view=zh');
  assert.equal(defaultMode('en', false), 'zh', 'no translation: the Chinese text');
});

test('reading view: a query is read back to the same view; unknown or hostile values are ignored', () => {
  const zh = defaultView('zh');
  const view = { mode: 'parallel', reading: 'printed', edits: true } as const;
  assert.deepEqual({ ...zh, ...viewFromQuery(queryWithView('', view, zh)) }, view);
  assert.deepEqual(viewFromQuery('?view=<script>&reading=__proto__&edits=1'), {});
  assert.deepEqual(viewFromQuery('?edits=hidden'), { edits: false });
});
