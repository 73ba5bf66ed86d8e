/**
 * npm run check:terms [-- --content DIR] [-- --glossary FILE]
 *
 * The glossary is the termbase: every term that occurs in a Chinese paragraph
 * or heading must appear under one of its English forms in the aligned English
 * paragraph, or the translation's frontmatter must list the paragraph as an
 * exception with its reason (scripts/lib/term-check.ts). Prints one line per
 * problem (file, paragraph id, term, the English expected and found) and exits
 * 1 if there is any; otherwise counts what it checked and lists the exceptions.
 */
import { parseArgs } from 'node:util';
import { checkTerms, termReports } from './lib/term-check.ts';
import { loadGlossary } from '../src/lib/glossary.ts';
import { contentDir as configuredContentDir, glossaryFile } from '../src/config.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, glossary: { type: 'string' } } });
const contentDir = values.content ?? configuredContentDir;
const terms = loadGlossary(values.glossary ?? glossaryFile);
const reports = await termReports(contentDir);
const result = checkTerms(reports, terms);
for (const problem of result.problems) console.error(problem.message);
if (result.problems.length) {
  console.error(`check:terms: ${result.problems.length} problem(s) in ${reports.length} translations (${terms.length} terms)`);
  process.exit(1);
}
console.log(`check:terms: ${result.checked} uses of ${terms.length} terms in ${reports.length} reports have the termbase’s English in the aligned paragraph`);
if (result.excepted.length) {
  console.log(`  ${result.excepted.length} deliberate exception(s):`);
  for (const exception of result.excepted) console.log(`  ${exception.file} ${exception.paragraph} ${exception.term}: ${exception.reason}`);
}
