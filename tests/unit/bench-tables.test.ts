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
import { checkBudgets, large, searchPeakGiB, small } from '../../scripts/bench/budgets.ts';
import { readResults, type Results, type Run, type SearchFigures } from '../../scripts/bench/results.ts';
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
  const search = (query: string, firstResultsKB: number, allResultsKB: number, reports?: number): SearchFigures => ({
    language: 'zh',
    query,
    ...(reports === undefined ? {} : { reports }),
    firstResultsKB,
    allResultsKB,
    firstResultsMs: 1,
    allResultsMs: 1,
    results: 1,
  });
  const searches = { common: search('垃圾分类', 150, 300), rare: search('浦田', 150, 299.9, 3), english: { ...search('future community', 150, 300), language: 'en' as const } };
  const figures: Partial<Run> = {
    pages: 1,
    peakMemoryGiB: 20,
    astroPeakGiB: 3,
    searchPeakGiB: 12,
    firstQueryMs: 999,
    repeatMedianMs: 1,
    linkQueryMs: 1,
    reportMarkupRatio: 2,
    reportScriptKB: 15,
    homeScriptKB: 0,
    searches,
  };
  const holds = (results: Results) => Object.fromEntries(checkBudgets(results).map(({ name, holds }) => [name, holds]));
  assert.deepEqual(holds(at({ [large]: figures })), {
    '10,000 reports build and index on this machine': true,
    'astro build peaks at ≤ 3 GiB at 10,000': true,
    'common term: first results ≤ 150 kB at 10,000': true,
    'common term: all results ≤ 300 kB at 10,000': true,
    'rare term: first results ≤ 150 kB at 10,000': true,
    'rare term: all results ≤ 300 kB at 10,000': true,
    'English phrase: first results ≤ 150 kB at 10,000': true,
    'English phrase: all results ≤ 300 kB at 10,000': true,
    'a rare term costs less than a common one at 10,000 (all results, rare ÷ common < 1 ×)': true,
    'search index build peaks at ≤ 12 GiB at 10,000': true,
    'typing → first results < 1 s': true,
    'report HTML+CSS (gzip) ≤ 2 × its text (gzip)': true,
    '≤ 15 kB JavaScript (gzip) before search': true,
  });
  const over = holds(
    at({
      [large]: {
        ...figures,
        peakMemoryGiB: 25,
        astroPeakGiB: 3.01,
        searchPeakGiB: 12.01,
        firstQueryMs: 1000,
        homeScriptKB: 15.1,
        searches: { common: search('垃圾分类', 150.1, 300.1), rare: search('浦田', 150.1, 300.1, 3), english: search('future community', 150.1, 300.1) },
      },
    }),
  );
  assert.deepEqual(
    Object.keys(over).filter((name) => over[name]),
    ['report HTML+CSS (gzip) ≤ 2 × its text (gzip)'],
    'only the markup ratio still holds; a rare term as dear as the common one fails',
  );
  assert.deepEqual(checkBudgets(at({ [small]: figures })), [], 'no run at 10,000: no budget');
  const cost = (astroSeconds: number, searchSeconds = 50) =>
    holds(at({ [small]: { ...figures, astroSeconds: 50, searchSeconds: 50 }, [large]: { ...figures, astroSeconds, searchSeconds } }));
  assert.equal(cost(1050)['cost per report 500 → 10,000 rises ≤ 5% (astroSeconds)'], true, 'a rise of 5% in astro build time is within its budget');
  assert.equal(cost(1051)['cost per report 500 → 10,000 rises ≤ 5% (astroSeconds)'], false);
  assert.equal(cost(1000, 1100)['cost per report 500 → 10,000 rises ≤ 10% (searchSeconds)'], true, 'the other costs may rise by 10%');
  assert.equal(cost(1000, 1101)['cost per report 500 → 10,000 rises ≤ 10% (searchSeconds)'], false);
});

test("the search index build's peak is the build's when a run recorded only that and the astro build's, and it is held to 12 GiB", () => {
  assert.equal(searchPeakGiB({ peakMemoryGiB: 20.89, astroPeakGiB: 2.66 } as Run), 20.89);
  assert.equal(searchPeakGiB({ peakMemoryGiB: 2.66, astroPeakGiB: 2.66 } as Run), undefined, 'the astro build was the peak: the index build is not known');
  assert.equal(searchPeakGiB({ peakMemoryGiB: 11, astroPeakGiB: 2.66, searchPeakGiB: 10.9 } as Run), 10.9);
});
