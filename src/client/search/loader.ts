/**
 * Index loading for the search page: the Pagefind bundle of each language
 * (shard 0, with the edition's other shards merged into it), loaded once, on
 * first use or to warm up; Pagefind's preload of the chunks a query needs; the
 * ranked search; each report's matching paragraphs, from its index fragment;
 * and the OpenCC dictionaries, loaded only for a query that may be Traditional.
 */
import { mayConvert } from '../../lib/han-keys.ts';
import { byRank, keeps, together, togetherQuery, type Language, type SearchJob, type SearchPlan } from '../../lib/search-plan.ts';
import { anchorPattern } from '../../edition/anchors.ts';
import { reportUrl, withBase } from '../../lib/routes.ts';
import { openTermIndex } from './term-index.ts';

// Pagefind ships types for its Node API only; this is the part of the browser API the page uses.
interface SubResult {
  url: string;
  title: string;
  plain_excerpt: string;
}
interface ResultData {
  url: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
type SearchOptions = { filters?: Record<string, { any: string[] }> };
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: SearchOptions) => Promise<{ results: PagefindResult[] } | null>;
  preload: (query: string, options?: SearchOptions) => Promise<void>;
}

/** Words of excerpt Pagefind returns per sub-result: enough for a whole paragraph, which the term check needs. */
const excerptLength = 2000;

/** A matching report, ranked, before anything of it is loaded. */
export interface Candidate {
  result: PagefindResult;
  job: SearchJob;
  /** Pagefind finds the words typed apart side by side in it: it ranks first. */
  together: boolean;
}

/** A matching paragraph. */
export interface Hit {
  url: string;
  text: string;
  /** The paragraph's anchor (s2, s2-p1). */
  anchor: string;
  /** The report's metadata: slug, town, years, title, place. */
  meta: Record<string, string>;
  language: Language;
  /** The search that found it (what its excerpt marks). */
  job: SearchJob;
  /** It has the words typed apart side by side: it ranks above the others of its report. */
  together: boolean;
}

export interface SearchIndex {
  /** Fetches the index chunks a plan's searches will read. */
  preload(plan: SearchPlan): Promise<void>;
  /** Every matching report, best first (scores and ids only: nothing is loaded per report yet). */
  search(plan: SearchPlan): Promise<Candidate[]>;
  /** The paragraphs of one report that match, loaded from its index fragment. */
  hitsOf(candidate: Candidate): Promise<Hit[]>;
  /** The text in simplified characters (the same text when nothing in it is Traditional). */
  simplify(text: string): Promise<string>;
}

/** Each language's index folders, shard 0 first, under the base: the search manifest's (data-indexes on the page). */
export type IndexFolders = Partial<Record<Language, string[]>>;

/** The index in these folders. */
export function openIndex(folders: IndexFolders): SearchIndex {
  // Each bundle loads once, when a query first needs it: shard 0, the other shards merged into it.
  const bundles: Partial<Record<Language, Promise<Pagefind>>> = {};
  const bundle = (language: Language) => (bundles[language] ??= loadBundle(folders[language] ?? []).then((pagefind) => mergeShards(pagefind, (folders[language] ?? []).slice(1))));
  // A term of the vocabulary is answered by the term index, which names exactly the reports that contain it.
  const terms = { zh: openTermIndex('zh', folders.zh ?? []), en: openTermIndex('en', folders.en ?? []) };
  const exactly = async (job: SearchJob, plan: SearchPlan) => {
    const term = terms[job.language].termOf(job, plan.filters);
    return term ? await terms[job.language].lookup(term) : undefined;
  };
  return {
    async preload(plan) {
      for (const job of plan.jobs) if (!(await exactly(job, plan))) await (await bundle(job.language)).preload(job.text, { filters: plan.filters });
    },
    async search(plan) {
      const candidates: Candidate[] = [];
      for (const job of plan.jobs) {
        // A glossary term or place name: the term index names exactly the pages that hold it whole.
        const found = await exactly(job, plan);
        if (found) {
          for (const result of found) candidates.push({ result, job, together: true });
          continue;
        }
        const pagefind = await bundle(job.language);
        const response = await pagefind.search(job.text, { filters: plan.filters });
        // Reports with the words side by side first: Pagefind's phrase search (the same index chunks) only orders
        // them; the paragraphs are checked one by one (keeps, together).
        const phrase = togetherQuery(job);
        const side = new Set(phrase ? ((await pagefind.search(phrase, { filters: plan.filters }))?.results.map((result) => result.id) ?? []) : []);
        for (const result of response?.results ?? []) candidates.push({ result, job, together: side.has(result.id) });
      }
      return candidates.sort(byRank);
    },
    hitsOf,
    simplify: simplifier(),
  };
}

/** Shard 0 of a language's bundle: the runtime, its WebAssembly and the shard's page list. */
async function loadBundle([primary]: string[]): Promise<Pagefind> {
  if (!primary) throw new Error('no search index for this language');
  const pagefind = (await import(/* @vite-ignore */ withBase(`${primary}pagefind.js`))) as Pagefind;
  await pagefind.options({ excerptLength });
  await pagefind.init();
  return pagefind;
}

/** The other shards, merged into shard 0's bundle (they share its WebAssembly). */
async function mergeShards(pagefind: Pagefind, others: string[]): Promise<Pagefind> {
  await Promise.all(others.map((folder) => pagefind.mergeIndex(withBase(folder), { excerptLength })));
  return pagefind;
}

/**
 * The matching paragraphs of one index page: a report, or one part of a long one (search-records.ts
 * bounds a page, and so the work Pagefind does here). Linked by slug and anchor, whichever part they
 * were indexed in.
 */
async function hitsOf({ result, job }: Candidate): Promise<Hit[]> {
  const data = await result.data();
  const slug = data.meta.slug ?? '';
  return data.sub_results
    .map((sub) => ({
      url: reportUrl(job.language, slug, sub.title),
      text: sub.plain_excerpt.replace(/\u200b/g, ''),
      anchor: sub.title,
      meta: data.meta,
      language: job.language,
      job,
    }))
    .filter((hit) => slug && anchorPattern.test(hit.anchor) && keeps(job, hit.text))
    .map((hit) => ({ ...hit, together: together(job, hit.text) }));
}

/** Traditional → simplified with OpenCC (Taiwan and Hong Kong forms), the dictionaries loaded on first need. */
function simplifier() {
  let hanKeys: Promise<Uint8Array> | undefined;
  let toSimplified: ((text: string) => string) | undefined;
  return async (text: string) => {
    if (!/\p{Script=Han}/u.test(text)) return text;
    // A 3.4 kB bitmap says whether any character could convert; only then load the dictionaries.
    hanKeys ??= fetch(withBase('search/han-keys.bin')).then(async (response) => new Uint8Array(await response.arrayBuffer()));
    if (!mayConvert(text, await hanKeys)) return text;
    if (!toSimplified) {
      const [{ ConverterFactory }, tw, hk, cn] = await Promise.all([import('opencc-js/core'), import('opencc-js/from/tw'), import('opencc-js/from/hk'), import('opencc-js/to/cn')]);
      const fromTaiwan = ConverterFactory(tw.default, cn.default);
      const fromHongKong = ConverterFactory(hk.default, cn.default);
      toSimplified = (value) => fromHongKong(fromTaiwan(value));
    }
    return toSimplified(text);
  };
}
