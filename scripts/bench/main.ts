/**
 * npm run bench [-- --sizes 5,500,5000,10000] [--keep] [--out bench] [--tables-only]
 *
 * For each size N: generates a synthetic corpus of N reports
 * (scripts/generate-corpus.ts), runs the real build on it (astro build, then
 * the sharded search index) and measures it (build.ts), then opens it in
 * Chromium as a first-time reader (browse.ts), with three searches timed from
 * opening the search page to first and to all results (scenarios.ts: a common
 * term, a rare town name, an English phrase). Records the run in
 * bench/results.json (one entry per N, the newest run wins; results.ts),
 * checks the budgets (budgets.ts) and writes the tables (tables.ts) to
 * bench/results.md and into the README between its bench:tables markers.
 *
 * --tables-only rewrites bench/results.md and the README's tables from
 * bench/results.json without building anything.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../generate-corpus.ts';
import { checkBudgets } from './budgets.ts';
import { browse } from './browse.ts';
import { buildMeasured } from './build.ts';
import { searchScenarios } from './scenarios.ts';
import { readResults, thisMachine, writeResults, type Results, type Run } from './results.ts';
import { benchTables, withTables } from './tables.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,500,5000,10000' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench' },
    // Rewrite bench/results.md and the README's tables from bench/results.json without building anything.
    'tables-only': { type: 'boolean', default: false },
  },
});
const sizes = values['tables-only'] ? [] : values.sizes.split(',').map(Number);
const work = join(tmpdir(), 'town-reports-bench');
/** The README shows the edition's own results (bench/), not those of a run written elsewhere. */
const readme = resolve(values.out) === resolve('bench') ? 'README.md' : undefined;

/** Generates, builds and browses a corpus of `count` reports. */
async function measure(count: number): Promise<Run> {
  const root = join(work, String(count));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  mkdirSync(root, { recursive: true });
  console.log(`\n== ${count} reports`);
  generateCorpus(count, content);
  const build = await buildMeasured(root, content, dist);
  const reportSlug = readdirSync(join(content, 'reports', 'zh')).sort()[Math.floor(count / 2)]!.replace(/\.md$/, '');
  const scenarios = searchScenarios(content);
  console.log(`rare term: ${scenarios.rare.query}, in ${scenarios.rare.reports} reports`);
  const reader = await browse(dist, reportSlug, scenarios);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  return { reports: count, measured: new Date().toISOString(), ...build, ...reader };
}

/** bench/results.md and the README's tables, from the results. */
function writeTables(results: Results) {
  const tables = benchTables(results);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'results.md'), tables);
  if (readme) writeFileSync(readme, withTables(readFileSync(readme, 'utf8'), tables));
  console.log(`\n${tables}`);
}

const results = readResults(values.out);
for (const count of sizes) {
  const run = await measure(count);
  console.log(JSON.stringify(run));
  results.machine = thisMachine();
  results.runs[String(count)] = run;
  writeResults(values.out, results);
}
writeTables(results);
const missed = checkBudgets(results).filter((verdict) => !verdict.holds);
if (missed.length) console.log(`Budgets not met: ${missed.map((verdict) => verdict.name).join('; ')}.`);
