/**
 * The cite dialog's strings (templates filled in the browser) equal
 * citeproc-js's for every section and paragraph of every report, in both
 * languages and on two dates: thousands of citeproc runs, so here rather than
 * in the unit tier (which compares a sample: tests/content/citations.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationWorks } from '../support/citation-works.ts';
import { citationTemplates, formatCitations } from '../../src/lib/citations.ts';
import { fillCitations } from '../../src/lib/cite-fill.ts';

const works = await citationWorks('https://edition.example.net');

test('the dialog’s strings, filled in the browser, equal citeproc-js’s for every section and paragraph, in both languages', () => {
  let compared = 0;
  for (const { slug, lang, work, anchors } of works) {
    const templates = citationTemplates(work);
    for (const anchor of [undefined, ...anchors])
      for (const today of ['2026-01-05', '2027-11-30']) {
        assert.deepEqual(fillCitations(templates, anchor, today), formatCitations(work, anchor, today), `${slug} (${lang}) #${anchor ?? 'report'} ${today}`);
        compared++;
      }
  }
  assert.ok(compared > 300, `${compared} citations compared`);
});
