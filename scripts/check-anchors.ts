/**
 * npm run check:anchors [-- --content DIR]
 *
 * Every published anchor id still names the text it was published with (or
 * its alias leads to it), every current id is recorded, aliases lead
 * somewhere, every translation has its Chinese report: see
 * scripts/lib/anchor-check.ts. Prints each problem with the file, the id, the
 * recorded and the current text, and exits 1 if there is any. The content
 * folder is content/, or CONTENT_DIR, or --content (a generated corpus starts
 * with an empty anchors.json: run anchors:record on it first).
 */
import { parseArgs } from 'node:util';
import { checkAnchors, contentPaths } from './lib/anchor-check.ts';
import { contentDir as configuredContentDir } from '../src/config.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const contentDir = values.content ?? configuredContentDir;
const result = await checkAnchors({ contentDir });
for (const problem of result.problems) console.error(`${problem.message}\n`);
if (result.problems.length) {
  console.error(`check:anchors: ${result.problems.length} problem(s) with the anchors of ${contentDir}`);
  process.exit(1);
}
const { snapshot } = contentPaths(contentDir);
console.log(`check:anchors: ${result.ids} ids in ${result.reports} reports name the text recorded in ${snapshot}`);
if (result.corrected.length)
  console.log(
    `  ${result.corrected.length} of them corrected within the threshold (${result.corrected.map(({ slug, id }) => `${slug}#${id}`).join(', ')}); npm run anchors:record refreshes their fingerprints`,
  );
