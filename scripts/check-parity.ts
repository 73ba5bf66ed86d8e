/**
 * npm run check:parity [-- --content DIR] [-- <slug> …]
 * The translation must have the same sections and paragraphs as the Chinese:
 * #s2-p3 names the same paragraph in both; and the English under each id must
 * be that paragraph's: its numbers, glossary terms and length agree with the
 * Chinese (scripts/lib/alignment-content.ts). Prints each missing or extra id,
 * and each pair that does not match with the evidence, with its file, and
 * exits non-zero if any. The content folder is CONTENT_DIR (src/config.ts)
 * unless --content names another.
 */
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkParity } from './lib/parity.ts';
import { contentDir as configuredContentDir } from '../src/config.ts';

const { values, positionals } = parseArgs({ options: { content: { type: 'string' } }, allowPositionals: true });
const contentDir = values.content ?? configuredContentDir;
const slugs = positionals.length
  ? positionals
  : readdirSync(`${contentDir}/reports/zh`)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3));
let problems = 0;
for (const slug of slugs) {
  const result = await checkParity(`${contentDir}/reports/zh/${slug}.md`, `${contentDir}/reports/en/${slug}.md`);
  for (const problem of result.problems) console.error(problem);
  problems += result.problems.length;
  if (!result.problems.length) console.log(`${slug}: ${result.ids.length} sections and paragraphs aligned; each pair’s numbers, glossary terms and length agree`);
}
process.exit(problems ? 1 : 0);
