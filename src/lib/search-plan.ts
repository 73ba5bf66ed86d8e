/**
 * Query planning for the search page: from what the reader typed, the
 * checked filters and what the index holds, which Pagefind bundle is asked
 * what, and which paragraphs of its answer to keep. Pure (no DOM, no
 * network), so the node tests check it; src/client/search.ts carries it out.
 */
import { parseAnchor } from '../edition/anchors.ts';
import { latinCodes, parseQuery, type ParsedQuery } from './query.ts';

/** A language of the edition, and of its Pagefind bundle (dist/pagefind/<language>/<shard>/). */
export type Language = 'zh' | 'en';

/** Checked filter values by facet name (city, district, year, kind, town), as Pagefind takes them: any value of a facet, all facets together. */
export type Filters = Record<string, { any: string[] }>;

/** What the search page knows about the index before it loads any of it. */
export interface IndexFacts {
  /** The languages that have a bundle (one at least). */
  languages: readonly [Language, ...Language[]];
}

/** One Pagefind search: the bundle, the text it is asked, and what a paragraph of its answer must contain. */
export interface SearchJob {
  language: Language;
  /** The words given to Pagefind's search (and, while the reader types, to its preload). */
  text: string;
  /**
   * What a kept paragraph contains, each whole (letters in any case): the
   * query's Han runs (Pagefind finds their characters, not the term), or the
   * Latin codes (EPC, PM2.5) searched in the Chinese text. None: keep all.
   */
  wholeTerms: string[];
}

export interface SearchPlan {
  /** The query as searched (normalized, at most maxQueryLength). */
  query: ParsedQuery;
  /**
   * The query has Han characters, so it may be Traditional: the page asks the
   * OpenCC bitmap, converts if it says so and plans the converted text.
   */
  mayConvert: boolean;
  /** The searches, in order; their results are ranked together. None: nothing to search (no Han run, no Latin word). */
  jobs: SearchJob[];
  filters: Filters;
}

/** The plan of one query (not yet converted to simplified characters). */
export function planSearch(raw: string, filters: Filters, index: IndexFacts): SearchPlan {
  const query = parseQuery(raw);
  const jobs: SearchJob[] = [];
  // Chinese terms: Pagefind finds reports with all their characters; only paragraphs with each term whole are kept.
  if (query.han.length) jobs.push({ language: 'zh', text: [...query.han, ...query.latin].join(' '), wholeTerms: query.han });
  // Latin words: the English translation (with stemming), and codes in the Chinese text (EPC, PM2.5);
  // a plain English word does not load the Chinese index.
  if (query.latin.length) jobs.push({ language: 'en', text: query.latin.join(' '), wholeTerms: [] });
  const codes = latinCodes(query.latin);
  if (!query.han.length && codes.length) jobs.push({ language: 'zh', text: codes.join(' '), wholeTerms: codes });
  return {
    query,
    mayConvert: query.han.length > 0,
    jobs: jobs.filter((job) => index.languages.includes(job.language)),
    filters,
  };
}

/** Whether a paragraph of a job's answer is kept: it contains each of the job's whole terms. */
export function keeps(job: SearchJob, paragraph: string): boolean {
  // Han characters have no case, so one case-blind test serves Han runs and codes alike.
  const lower = paragraph.toLowerCase();
  return job.wholeTerms.every((term) => lower.includes(term.toLowerCase()));
}

/** The bundle to load as the page opens, before anything is typed: the page's language, if it has one, else the first. */
export function warmUpBundle(pageLanguage: string | undefined, index: IndexFacts): Language {
  return index.languages.find((language) => language === pageLanguage) ?? index.languages[0];
}

/** The facets the search page filters by: the Pagefind filters of every search page (src/lib/search-records.ts). */
export const facets = ['town', 'city', 'district', 'year', 'kind'] as const;

/** A URL gives at most this many values per facet, each at most this long: a link cannot make a search unbounded. */
export const urlFilterLimits = { values: 20, length: 100 };

/**
 * The filters a URL asks for that no checkbox on the page offers: a town beyond the 50 the page lists
 * (?town=<slug>), or a value the page does not know. They are searched with the checked ones and kept
 * in the URL, so a shared search filters as it did. Parameters that name no facet are ignored.
 */
export function filtersFromUrl(params: URLSearchParams, offered: (facet: string, value: string) => boolean): [facet: string, value: string][] {
  const extra: [string, string][] = [];
  for (const facet of facets) {
    const values = [...new Set(params.getAll(facet).map((value) => value.trim()))].filter((value) => value && value.length <= urlFilterLimits.length && !offered(facet, value));
    for (const value of values.slice(0, urlFilterLimits.values)) extra.push([facet, value]);
  }
  return extra;
}

/** The checked filters and those from the URL together, as Pagefind takes them (any value of a facet, all facets). */
export function combineFilters(checked: Filters, extra: [facet: string, value: string][]): Filters {
  const filters: Filters = Object.fromEntries(Object.entries(checked).map(([facet, { any }]) => [facet, { any: [...any] }]));
  for (const [facet, value] of extra) {
    const any = (filters[facet] ??= { any: [] }).any;
    if (!any.includes(value)) any.push(value);
  }
  return filters;
}

/**
 * How much one step of the results loads and shows, so that a query costs bounded work however many
 * reports and paragraphs match: up to `reports` new reports, opening at most `fragments` index pages
 * (a long report is several: searchPartLimits); each report shows its first `hitsPerReport`
 * paragraphs, and “more in this report” `morePerReport` at a time.
 */
export const resultSteps = { reports: 5, fragments: 10, hitsPerReport: 3, morePerReport: 20 };

/** Anchors in reading order: by section, the section's heading before its paragraphs. */
export function readingOrder(a: string, b: string): number {
  const [x, y] = [parseAnchor(a), parseAnchor(b)];
  return (x?.section ?? 0) - (y?.section ?? 0) || (x?.index ?? 0) - (y?.index ?? 0);
}
