/**
 * The glossary is the termbase (npm run check:terms, also run here on the
 * real corpus): wherever the Chinese of a paragraph or heading uses a term,
 * the aligned English uses one of its English forms, or the translation lists
 * the paragraph as an exception with its reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTerms, type TermReport } from '../../scripts/lib/term-check.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { renderedCorpus } from '../support/corpus.ts';

const terms = loadGlossary();
const corpus = await renderedCorpus();
const reports: TermReport[] = corpus.map((entry) => ({
  slug: entry.slug,
  file: entry.translation!.path,
  zh: entry.rendered.anchors,
  en: entry.translation!.rendered.anchors,
  data: entry.translation!.data,
}));

test('every glossary term used in the Chinese has the termbase’s English in the aligned English paragraph', () => {
  const result = checkTerms(reports, terms);
  assert.deepEqual(
    result.problems.map((problem) => problem.message),
    [],
  );
  // The five reports use the glossary a few hundred times: the check really looked.
  assert.ok(result.checked > 300, `${result.checked} uses checked`);
});
