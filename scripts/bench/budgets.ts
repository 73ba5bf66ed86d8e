/**
 * The benchmark's budgets, declared once: main.ts checks them after a run and
 * tables.ts lists them, with what was measured, in bench/results.md and the
 * README. A budget whose runs are not on file is neither checked nor listed.
 */
import type { Results, Run, SearchFigures } from './results.ts';
import { searchScenarioNames, type SearchScenarioName } from './scenarios.ts';

/** The corpus sizes the budgets are about: per-report costs are compared with `small`; the rest hold at `large`. */
export const small = 500;
export const large = 10_000;

/** Build figures whose cost per report must not rise with the corpus, and by how much it may (%) from `small` to `large`. */
export const costLimits = { astroSeconds: 5, searchSeconds: 10, distMB: 10, indexMB: 10 } as const satisfies Partial<Record<keyof Run, number>>;
export const costKeys = Object.keys(costLimits) as (keyof typeof costLimits)[];

export interface Budget {
  /** What is promised, as the table says it; `{limit}` stands for the limit with its unit. */
  name: string;
  limit: number;
  unit: string;
  /** Below the limit; otherwise at most the limit. */
  strict?: boolean;
  /** The figure held to the limit, in `unit`; undefined when a run it needs is not on file. */
  figure: (results: Results) => number | undefined;
  /** The table's "measured" cell; by default the figure and its unit. */
  measured?: (results: Results, figure: number) => string;
}

const thousands = (count: number) => count.toLocaleString('en-US');
const at = (results: Results, size: number): Run | undefined => results.runs[String(size)];

/** A figure's cost per report at `size`, as a multiple of the same cost at `small`. */
export function costRatio(results: Results, size: number, key: (typeof costKeys)[number]): number | undefined {
  const run = at(results, size);
  const base = at(results, small);
  return run && base ? run[key] / run.reports / (base[key] / base.reports) : undefined;
}

/** A figure of the run at `size`, undefined when that run is not on file or lacks it. */
function figureAt(results: Results, size: number, key: 'astroPeakGiB'): number | undefined {
  return at(results, size)?.[key];
}

/**
 * The peak of the search index build. Runs from before it was recorded have the build's peak and the astro
 * build's: when the build's is the higher, it is the search index's.
 */
export function searchPeakGiB(run: Run): number | undefined {
  if (run.searchPeakGiB !== undefined) return run.searchPeakGiB;
  return run.astroPeakGiB !== undefined && run.peakMemoryGiB > run.astroPeakGiB ? run.peakMemoryGiB : undefined;
}

export const scenarioLabels: Record<SearchScenarioName, string> = { common: 'common term', rare: 'rare term', english: 'English phrase' };

/** A search as the tables name it: its query, and for the rare term the reports that have it. */
export const searchedFor = (search: SearchFigures) => (search.reports === undefined ? search.query : `${search.query}, in ${search.reports} reports`);

export const budgets: Budget[] = [
  {
    name: `${thousands(large)} reports build and index on this machine`,
    // The peak, as a share of the machine's memory: more than all of it would have failed or swapped.
    limit: 1,
    unit: '× memory',
    figure: (results) => (at(results, large) ? at(results, large)!.peakMemoryGiB / results.machine.memoryGiB : undefined),
    measured: (results) => `${at(results, large)!.pages} pages, peak ${at(results, large)!.peakMemoryGiB} GiB`,
  },
  {
    // The Astro build alone (the indexer runs after it, one shard at a time): reports listed from their
    // summaries, each rendered once, so memory does not grow with the text of the corpus.
    name: `astro build peaks at ≤ {limit} at ${thousands(large)}`,
    limit: 3,
    unit: 'GiB',
    figure: (results) => figureAt(results, large, 'astroPeakGiB'),
  },
  ...searchScenarioNames.flatMap((name) =>
    (['firstResultsKB', 'allResultsKB'] as const).map(
      (key): Budget => ({
        name: `${scenarioLabels[name]}: ${key === 'firstResultsKB' ? 'first' : 'all'} results ≤ {limit} at ${thousands(large)}`,
        // From opening the search page: the page, Pagefind's runtime and worker, the index it consults.
        limit: key === 'firstResultsKB' ? 150 : 300,
        unit: 'kB',
        figure: (results) => at(results, large)?.searches?.[name][key],
        measured: (results, figure) => `${figure} kB (${searchedFor(at(results, large)!.searches![name])})`,
      }),
    ),
  ),
  {
    name: `a rare term costs less than a common one at ${thousands(large)} (all results, rare ÷ common < {limit})`,
    limit: 1,
    unit: '×',
    strict: true,
    figure: (results) => {
      const searches = at(results, large)?.searches;
      return searches && searches.rare.allResultsKB / searches.common.allResultsKB;
    },
    measured: (results, figure) => {
      const { rare, common } = at(results, large)!.searches!;
      return `${searchedFor(rare)} ${rare.allResultsKB} kB, ${searchedFor(common)} ${common.allResultsKB} kB: × ${figure.toFixed(2)}`;
    },
  },
  {
    // Its whole process tree: the shard processes and their Pagefind services (build-search.ts runs no more at once than SEARCH_MEMORY_GIB holds).
    name: `search index build peaks at ≤ {limit} at ${thousands(large)}`,
    limit: 12,
    unit: 'GiB',
    figure: (results) => {
      const run = at(results, large);
      return run && searchPeakGiB(run);
    },
  },
  {
    name: 'typing → first results < {limit}',
    limit: 1,
    unit: 's',
    strict: true,
    figure: (results) => (at(results, large) ? at(results, large)!.firstQueryMs / 1000 : undefined),
    measured: (results) => {
      const run = at(results, large)!;
      return `${run.firstQueryMs} ms first, ${run.repeatMedianMs} ms later; ${run.linkQueryMs ?? '–'} ms from opening a search link`;
    },
  },
  {
    name: 'report HTML+CSS (gzip) ≤ {limit} its text (gzip)',
    limit: 2,
    unit: '×',
    figure: (results) => at(results, large)?.reportMarkupRatio,
  },
  {
    name: '≤ {limit} JavaScript (gzip) before search',
    limit: 15,
    unit: 'kB',
    figure: (results) => {
      const run = at(results, large);
      return run && Math.max(run.reportScriptKB, run.homeScriptKB);
    },
    measured: (results) => `${at(results, large)!.reportScriptKB} kB on a report page, ${at(results, large)!.homeScriptKB} kB on the home page`,
  },
  ...costKeys.map(
    (key): Budget => ({
      name: `cost per report ${thousands(small)} → ${thousands(large)} rises ≤ {limit} (${key})`,
      limit: costLimits[key],
      unit: '%',
      // The rise in percent, to 0.01 % (the table shows the ratio to 0.01).
      figure: (results) => {
        const ratio = costRatio(results, large, key);
        return ratio === undefined ? undefined : Math.round((ratio - 1) * 10_000) / 100;
      },
      measured: (results) => `× ${costRatio(results, large, key)!.toFixed(2)}`,
    }),
  ),
];

/** A limit as the budget's name says it: 300 kB, 1 s, 2 ×, 10%. */
export function limitText(budget: Budget): string {
  return budget.unit === '%' ? `${budget.limit}%` : `${budget.limit} ${budget.unit}`;
}

export interface Verdict {
  name: string;
  measured: string;
  holds: boolean;
}

/** Each budget whose runs are on file: what was measured, and whether it holds. */
export function checkBudgets(results: Results): Verdict[] {
  return budgets.flatMap((budget) => {
    const figure = budget.figure(results);
    if (figure === undefined) return [];
    return [
      {
        name: budget.name.replace('{limit}', limitText(budget)),
        measured: budget.measured?.(results, figure) ?? `${figure} ${budget.unit}`,
        holds: budget.strict ? figure < budget.limit : figure <= budget.limit,
      },
    ];
  });
}
