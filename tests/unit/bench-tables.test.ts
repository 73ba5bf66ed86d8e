/**
 * The benchmark's tables are made from bench/results.json (scripts/bench/),
 * never copied by hand: the README and bench/results.md must hold exactly
 * what the generator makes, and each budget is checked against its one
 * declared limit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkBudgets, large, small } from '../../scripts/bench/budgets.ts';
import { readResults, type Results, type Run } from '../../scripts/bench/results.ts';
import { benchTables, withTables } from '../../scripts/bench/tables.ts';

const path = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
const results = readResults(path('bench'));

test('the README shows the tables bench/results.json gives (npm run bench -- --tables-only rewrites them)', () => {
  const readme = readFileSync(path('README.md'), 'utf8');
  assert.equal(readme, withTables(readme, benchTables(results)));
});

test('bench/results.md holds the same tables', () => {
  assert.equal(readFileSync(path('bench/results.md'), 'utf8'), benchTables(results));
});

test('the README keeps its text around the tables', () => {
  const readme = withTables('before\n<!-- bench:tables: generated from bench/results.json by `npm run bench -- --tables-only` -->\nold\n<!-- /bench:tables -->\nafter\n', 'new\n');
  assert.equal(readme, 'before\n<!-- bench:tables: generated from bench/results.json by `npm run bench -- --tables-only` -->\n\nnew\n\n<!-- /bench:tables -->\nafter\n');
  assert.throws(() => withTables('no markers', 'new\n'), /lacks the benchmark markers/);
});

test('a budget holds up to its limit (or below it, when strict), and is left out without its runs', () => {
  const at = (runs: Record<number, Partial<Run>>): Results => ({
    machine: { cpus: 2, cpu: 'test', memoryGiB: 24, node: 'v24' },
    runs: Object.fromEntries(Object.entries(runs).map(([size, run]) => [size, { reports: Number(size), ...run } as Run])),
  });
  const figures: Partial<Run> = {
    pages: 1,
    peakMemoryGiB: 20,
    astroPeakGiB: 3,
    firstLoadPlusQueryKB: 300,
    firstQueryMs: 999,
    repeatMedianMs: 1,
    linkQueryMs: 1,
    reportMarkupRatio: 2,
    reportScriptKB: 15,
    homeScriptKB: 0,
  };
  const holds = (results: Results) => Object.fromEntries(checkBudgets(results).map(({ name, holds }) => [name, holds]));
  assert.deepEqual(holds(at({ [large]: figures })), {
    '10,000 reports build and index on this machine': true,
    'astro build peaks at ≤ 3 GiB at 10,000': true,
    'search page + first query ≤ 300 kB at 10,000 (aim 150 kB)': true,
    'typing → first results < 1 s': true,
    'report HTML+CSS (gzip) ≤ 2 × its text (gzip)': true,
    '≤ 15 kB JavaScript (gzip) before search': true,
  });
  const over = holds(at({ [large]: { ...figures, peakMemoryGiB: 25, astroPeakGiB: 3.01, firstLoadPlusQueryKB: 300.1, firstQueryMs: 1000, homeScriptKB: 15.1 } }));
  assert.equal(Object.values(over).filter(Boolean).length, 1, 'only the markup ratio still holds');
  assert.deepEqual(checkBudgets(at({ [small]: figures })), [], 'no run at 10,000: no budget');
  const cost = (astroSeconds: number, searchSeconds = 50) =>
    holds(at({ [small]: { ...figures, astroSeconds: 50, searchSeconds: 50 }, [large]: { ...figures, astroSeconds, searchSeconds } }));
  assert.equal(cost(1050)['cost per report 500 → 10,000 rises ≤ 5% (astroSeconds)'], true, 'a rise of 5% in astro build time is within its budget');
  assert.equal(cost(1051)['cost per report 500 → 10,000 rises ≤ 5% (astroSeconds)'], false);
  assert.equal(cost(1000, 1100)['cost per report 500 → 10,000 rises ≤ 10% (searchSeconds)'], true, 'the other costs may rise by 10%');
  assert.equal(cost(1000, 1101)['cost per report 500 → 10,000 rises ≤ 10% (searchSeconds)'], false);
});
