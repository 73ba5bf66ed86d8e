/**
 * npm run anchors:record [-- --content DIR] [--accept <slug>#<id> | --accept <id>]… [--accept-removed <slug>]…
 *
 * Records a fingerprint of every new anchor id in content/anchors.json and
 * refreshes the fingerprint of an id whose text was corrected within the
 * threshold. It never re-records an id that names different text, forgets an
 * id that is gone, or forgets a removed report, unless told to: --accept
 * <slug>#<id> (or a bare id, if only one report has it changed) re-records
 * the id with its current text, or forgets it if it is gone; --accept-removed
 * <slug> forgets a removed report. Without them it refuses, prints the same
 * messages as npm run check:anchors and writes nothing. See
 * scripts/lib/anchor-check.ts.
 */
import { parseArgs } from 'node:util';
import { contentPaths, recordAnchors } from './lib/anchor-check.ts';
import { contentDir as configuredContentDir } from '../src/config.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    accept: { type: 'string', multiple: true, default: [] },
    'accept-removed': { type: 'string', multiple: true, default: [] },
  },
});
const contentDir = values.content ?? configuredContentDir;
const { snapshot } = contentPaths(contentDir);
const result = await recordAnchors({ contentDir, accept: values.accept, acceptRemoved: values['accept-removed'] });
for (const error of result.errors) console.error(error);
if (!result.ok) {
  for (const problem of result.problems) console.error(`${problem.message}\n`);
  console.error(`anchors:record: nothing written to ${snapshot} (${result.errors.length + result.problems.length} problem(s))`);
  process.exit(1);
}
for (const line of result.accepted) console.log(`accepted: ${line}`);
const parts = [`${result.added} new id(s) recorded`, `${result.refreshed} corrected fingerprint(s) refreshed`];
if (result.converted) parts.push(`${result.converted} id(s) of the old format fingerprinted`);
console.log(`${snapshot}: ${parts.join(', ')}`);
