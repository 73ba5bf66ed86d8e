/**
 * Query planning for the search page: from what the reader typed, the
 * checked filters and what the index holds, which Pagefind bundle is asked
 * what, and which paragraphs of its answer to keep. Pure (no DOM, no
 * network), so the node tests check it; src/client/search.ts carries it out.
 */
import { parseAnchor } from '../edition/anchors.ts';
import { latinCodes, parseQuery, type ParsedQuery } from './query.ts';
import { findPhrases, phraseSource, phraseWords } from './term-match.ts';

/** A language of the edition, and of its Pagefind bundle (dist/pagefind/<language>/<shard>/). */
export type Language = 'zh' | 'en';

/** Checked filter values by facet name (city, district, year, kind, town), as Pagefind takes them: any value of a facet, all facets together. */
export type Filters = Record<string, { any: string[] }>;

/** What the search page knows about the index before it loads any of it. */
export interface IndexFacts {
  /** The languages that have a bundle (one at least). */
  languages: readonly [Language, ...Language[]];
  /** The glossary's English terms of two words or more (glossaryPhrases), searched as phrases when typed without quotes. */
  phrases?: readonly string[];
}

/** One Pagefind search: the bundle, the text it is asked, and what a paragraph of its answer must contain. */
export interface SearchJob {
  language: Language;
  /** The words given to Pagefind's search (and, while the reader types, to its preload). */
  text: string;
  /**
   * What a kept paragraph contains, each whole (letters in any case): the
   * query's Han terms (Pagefind finds their characters, not the term), or the
   * Latin codes (EPC, PM2.5) searched in the Chinese text.
   */
  wholeTerms: string[];
  /**
   * The English a kept paragraph contains (Pagefind returns every paragraph with any of the words,
   * and a short prefix when no word matches): each entry a word or a phrase (a quoted one, a glossary
   * term, a hyphenated word), whole words, each in its regular inflections (term-match.ts).
   */
  english: string[][];
  /** Words typed apart (two or more): a paragraph or report with them side by side ranks first. */
  together: string[];
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
  // Chinese terms: Pagefind finds reports with all their characters (and the digits and letters of a term
  // like 15.3亿元); only paragraphs with each term whole are kept.
  const pieces = query.han.flatMap((term) => term.match(/\p{Script=Han}+|[0-9A-Za-z][0-9A-Za-z.]*/gu) ?? []);
  if (query.han.length) jobs.push(chinese([...new Set([...pieces, ...query.latin])].join(' '), query.han));
  // Latin words: the English translation (with stemming), and codes in the Chinese text (EPC, PM2.5);
  // a plain English word does not load the Chinese index.
  if (query.latin.length) {
    const { phrases, apart } = findPhrases(query.unquoted, index.phrases ?? []);
    const quoted = query.quoted.map((words) => phraseWords(words.join(' ')));
    jobs.push({ language: 'en', text: query.latin.join(' '), wholeTerms: [], english: [...quoted, ...phrases, ...apart], together: apart.length > 1 ? apart.flat() : [] });
  }
  const codes = latinCodes(query.latin);
  if (!query.han.length && codes.length) jobs.push(chinese(codes.join(' '), codes));
  return {
    query,
    mayConvert: query.han.length > 0,
    jobs: jobs.filter((job) => index.languages.includes(job.language)),
    filters,
  };
}

function chinese(text: string, wholeTerms: string[]): SearchJob {
  return { language: 'zh', text, wholeTerms, english: [], together: [] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A job's patterns, made once per job. */
const patterns = new WeakMap<SearchJob, { english: RegExp[]; together?: RegExp; marks?: RegExp }>();

function patternsOf(job: SearchJob) {
  let made = patterns.get(job);
  if (!made) {
    const english = job.english.map(phraseSource);
    const together = job.together.length > 1 ? phraseSource(job.together) : undefined;
    // What to mark: the words side by side before the words alone, a phrase as one mark.
    const marks = [...(together ? [together] : []), ...english.sort((a, b) => b.length - a.length), ...job.wholeTerms.map(escapeRegExp)];
    made = {
      english: job.english.map((words) => new RegExp(phraseSource(words), 'iu')),
      together: together ? new RegExp(together, 'iu') : undefined,
      marks: marks.length ? new RegExp(marks.join('|'), 'giu') : undefined,
    };
    patterns.set(job, made);
  }
  return made;
}

/** Whether a paragraph of a job's answer is kept: it contains each of the job's whole terms, English words and phrases. */
export function keeps(job: SearchJob, paragraph: string): boolean {
  // Han characters have no case, so one case-blind test serves Han runs and codes alike.
  const lower = paragraph.toLowerCase();
  return job.wholeTerms.every((term) => lower.includes(term.toLowerCase())) && patternsOf(job).english.every((pattern) => pattern.test(paragraph));
}

/** Whether a paragraph has the words the reader typed apart side by side (it ranks above those with the words apart). */
export function together(job: SearchJob, paragraph: string): boolean {
  return patternsOf(job).together?.test(paragraph) ?? false;
}

/** What to mark in a kept paragraph's excerpt (a global pattern; none when the job looks for nothing). */
export function highlighter(job: SearchJob): RegExp | undefined {
  return patternsOf(job).marks;
}

/** The phrase Pagefind is asked for to rank a job's reports: the words typed apart, quoted (none for fewer than two). */
export function togetherQuery(job: SearchJob): string | undefined {
  return job.together.length > 1 ? `"${job.together.join(' ')}"` : undefined;
}

/** Search results, best first: those with the words side by side, then by Pagefind's score. */
export function byRank(a: { together: boolean; result: { score: number } }, b: { together: boolean; result: { score: number } }): number {
  return Number(b.together) - Number(a.together) || b.result.score - a.result.score;
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
