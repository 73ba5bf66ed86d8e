/**
 * The benchmark's tables, made from bench/results.json alone: what the build
 * costs, what a reader loads and waits for, the cost per report as the corpus
 * grows, and the budgets. They are written to bench/results.md and, between
 * the markers below, into the README (a unit test checks that the README's
 * tables are these).
 */
import { checkBudgets, costKeys, costRatio, scenarioLabels, searchedFor, searchPeakGiB, small } from './budgets.ts';
import { runsBySize, type Results, type Run } from './results.ts';
import { searchScenarioNames } from './scenarios.ts';

type Column = [key: keyof Run, label: string];

const buildColumns: Column[] = [
  ['reports', 'reports'],
  ['pages', 'pages'],
  ['astroSeconds', 'astro build (s)'],
  ['searchSeconds', 'search index (s)'],
  ['peakMemoryGiB', 'peak memory (GiB)'],
  ['astroPeakGiB', 'astro peak (GiB)'],
  ['searchPeakGiB', 'search index peak (GiB)'],
  ['distMB', 'dist (MB)'],
  ['indexMB', 'index (MB)'],
];

const readerColumns: Column[] = [
  ['reports', 'reports'],
  ['homeKB', 'home (kB)'],
  ['reportKB', 'report page (kB)'],
  ['searchPageKB', 'search page (kB)'],
  ['firstQueryKB', 'first query (kB)'],
  ['firstLoadPlusQueryKB', 'search page + first query (kB)'],
  ['secondQueryKB', 'second query (kB)'],
  ['englishFirstLoadPlusQueryKB', 'English: search page + first query (kB)'],
  ['firstQueryMs', 'Enter → results, first query (ms)'],
  ['repeatMedianMs', 'later queries, median (ms)'],
  ['linkQueryMs', 'search link (?q=) → results (ms)'],
  ['reportScriptKB', 'JS before search (kB)'],
  ['reportMarkupRatio', 'report HTML+CSS ÷ text (gzip)'],
];

/** A Markdown table; an empty cell is a dash. */
function table(header: string[], rows: (string | number | undefined)[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map((cell) => cell ?? '–').join(' | ')} |`)];
}

/** A column's figure of a run; the search index's peak is derived for runs that recorded only the build's (searchPeakGiB). */
const cell = (run: Run, key: keyof Run) => (key === 'searchPeakGiB' ? searchPeakGiB(run) : run[key]) as string | number | undefined;

const figureTable = (columns: Column[], runs: Run[]) =>
  table(
    columns.map(([, label]) => label),
    runs.map((run) => columns.map(([key]) => cell(run, key))),
  );

/** The three searches of each run that has them, from opening the search page (bytes as the server sent them). */
function searchTable(runs: Run[]): string[] {
  const rows = runs.flatMap((run) =>
    run.searches
      ? searchScenarioNames.map((name) => {
          const search = run.searches![name];
          return [run.reports, scenarioLabels[name], searchedFor(search), search.firstResultsKB, search.allResultsKB, search.firstResultsMs, search.allResultsMs, search.results];
        })
      : [],
  );
  if (!rows.length) return [];
  return table(['reports', 'search', 'query', 'first results (kB)', 'all results (kB)', 'first results (ms)', 'all results (ms)', 'results listed'], rows);
}

/** Cost per report at each size from `small` up, as a multiple of the same cost at `small`. */
function costTable(results: Results): string[] {
  if (!results.runs[String(small)]) return [];
  const label = (key: (typeof costKeys)[number]) => buildColumns.find(([column]) => column === key)![1].replace(/ \(.*\)$/, '');
  return table(
    ['reports', ...costKeys.map((key) => `${label(key)} per report (× at ${small})`)],
    runsBySize(results)
      .filter((run) => run.reports >= small)
      .map((run) => [run.reports, ...costKeys.map((key) => `× ${costRatio(results, run.reports, key)!.toFixed(2)}`)]),
  );
}

function budgetTable(results: Results): string[] {
  const verdicts = checkBudgets(results);
  return verdicts.length ? table(['budget', 'measured', 'holds'], verdicts.map(({ name, measured, holds }) => [name, measured, holds ? 'yes' : '**no**'])) : [];
}

/** Every table, as bench/results.md holds it and the README shows it. */
export function benchTables(results: Results): string {
  const { cpus, cpu, memoryGiB, node } = results.machine;
  const runs = runsBySize(results);
  // Each size keeps its newest run: say when each was measured, so runs of different dates are not read as one.
  const dates = runs.map((run) => `${run.reports.toLocaleString('en-US')} on ${run.measured.slice(0, 10)}`).join(', ');
  const sections = [[`Measured on ${cpus} cores (${cpu}), ${memoryGiB} GiB, Node ${node}; runs: ${dates}.`], figureTable(buildColumns, runs), figureTable(readerColumns, runs), searchTable(runs), costTable(results), budgetTable(results)];
  return `${sections
    .filter((lines) => lines.length)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

/** The README region the tables fill (the markers stay; what is between them is replaced). */
export const readmeMarkers = ['<!-- bench:tables: generated from bench/results.json by `npm run bench -- --tables-only` -->', '<!-- /bench:tables -->'] as const;

/** The README with `tables` between its markers (a blank line either side); an error if the markers are missing. */
export function withTables(readme: string, tables: string): string {
  const [open, close] = readmeMarkers;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md lacks the benchmark markers ${open} … ${close}`);
  return `${readme.slice(0, start + open.length)}\n\n${tables}\n${readme.slice(end)}`;
}
