/**
 * The benchmark's record, bench/results.json: the machine it ran on and one
 * run per corpus size (the newest run of a size replaces the older one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { SearchTimeline } from '../lib/measure.ts';
import type { SearchScenario, SearchScenarioName } from './scenarios.ts';

export interface Machine {
  cpus: number;
  cpu: string;
  memoryGiB: number;
  node: string;
}

/** The build of one corpus (build.ts). */
export interface BuildFigures {
  /** HTML pages in dist/. */
  pages: number;
  astroSeconds: number;
  searchSeconds: number;
  /** Peak resident memory of the astro build's or the indexer's process tree, whichever is higher. */
  peakMemoryGiB: number;
  /** Peak resident memory of the astro build's process tree alone (runs before this figure existed lack it). */
  astroPeakGiB?: number;
  /** Peak resident memory of the search index build's process tree (its shard processes and their Pagefind services); runs before this figure existed lack it. */
  searchPeakGiB?: number;
  distMB: number;
  indexMB: number;
}

/** A search from a first visit (scenarios.ts): what was searched, and its bytes and times to first and to all results. */
export type SearchFigures = SearchScenario & SearchTimeline;

/** What a reader's browser sees (browse.ts): kB as the server sent them (gzip, headers included), ms from an action to results. */
export interface ReaderFigures {
  homeKB: number;
  homeScriptKB: number;
  reportKB: number;
  /** JavaScript a report page loads: what a reader gets before any search. */
  reportScriptKB: number;
  reportHtmlGzipKB: number;
  reportCssGzipKB: number;
  reportTextGzipKB: number;
  /** A report page's HTML and CSS over the text it carries, all gzipped. */
  reportMarkupRatio: number;
  /** The search page as it opens (nothing of the index loads before the reader types). */
  searchPageKB: number;
  firstQueryKB: number;
  firstLoadPlusQueryKB: number;
  secondQueryKB: number;
  firstQueryMs: number;
  secondQueryMs: number;
  /** Median of five more queries. */
  repeatMedianMs: number;
  /** From opening a shared search link (?q=) to results. */
  linkQueryMs: number;
  englishFirstLoadPlusQueryKB: number;
  englishFirstQueryMs: number;
  /** The three searches from opening the search page (runs before they were measured lack them). */
  searches?: Record<SearchScenarioName, SearchFigures>;
}

export type Run = { reports: number; measured: string } & BuildFigures & ReaderFigures;

export interface Results {
  machine: Machine;
  /** By number of reports. */
  runs: Record<string, Run>;
}

export function readResults(folder: string): Results {
  const file = join(folder, 'results.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : { machine: thisMachine(), runs: {} };
}

export function writeResults(folder: string, results: Results) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

export function thisMachine(): Machine {
  return { cpus: availableParallelism(), cpu: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

/** The runs on file, smallest corpus first. */
export function runsBySize(results: Results): Run[] {
  return Object.values(results.runs).sort((a, b) => a.reports - b.reports);
}
