/**
 * npm run check:parity [-- <slug> …]
 * The translation must have the same sections and paragraphs as the Chinese:
 * #s2-p3 names the same paragraph in both. Prints each missing or extra id
 * with its file and exits non-zero if any.
 */
import { readdirSync } from 'node:fs';
import { checkParity } from './lib/parity.ts';

const slugs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('content/reports/zh')
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3));
let problems = 0;
for (const slug of slugs) {
  const result = await checkParity(`content/reports/zh/${slug}.md`, `content/reports/en/${slug}.md`);
  for (const problem of result.problems) console.error(problem);
  problems += result.problems.length;
  if (!result.problems.length) console.log(`${slug}: ${result.ids.length} sections and paragraphs aligned`);
}
process.exit(problems ? 1 : 0);
