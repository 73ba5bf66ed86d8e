/**
 * The search page. Reads ?q= (and filters) from the URL, converts Traditional
 * characters to simplified with OpenCC (loaded only when a query has Han
 * characters), queries the Chinese and/or English Pagefind bundle (shard 0,
 * merged with the other shards of a large edition), and lists the matching
 * paragraphs report by report, five reports at a time. Each report is one
 * Pagefind page whose sub-results are its paragraphs; a Chinese term must
 * occur whole in a paragraph, not only its characters.
 */
import { containsTerms, excerpt, latinCodes, maxQueryLength, parseQuery, type ParsedQuery } from '../lib/query.ts';
import { mayConvert } from '../lib/han-keys.ts';

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
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] } | null>;
  preload: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<void>;
}

/** Reports listed at a time (each loads its index fragment); the next five load when the reader asks. */
const pageSize = 5;
/** Pause in typing after which the index chunks of the words typed so far are fetched. */
const preloadDelay = 200;
/** Words of excerpt Pagefind returns per sub-result: enough for a whole paragraph, which the term check needs. */
const excerptLength = 2000;

const root = document.getElementById('search');
if (root) void start(root);

async function start(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  const shards = Number(root.dataset.shards ?? '1');
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const resultsBox = root.querySelector<HTMLElement>('#search-results')!;
  const countsBox = root.querySelector<HTMLElement>('#town-counts')!;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

  const bundles = new Map<string, Promise<Pagefind>>();
  const bundle = (language: 'zh' | 'en') => {
    if (!bundles.has(language))
      bundles.set(
        language,
        import(/* @vite-ignore */ `${base}pagefind/${language}/0/pagefind.js`).then(async (module: Pagefind) => {
          await module.options({ excerptLength });
          await module.init();
          for (let shard = 1; shard < shards; shard++) await module.mergeIndex(`${base}pagefind/${language}/${shard}/`, { excerptLength });
          return module;
        }),
      );
    return bundles.get(language)!;
  };

  let toSimplified: ((text: string) => string) | undefined;
  let hanKeys: Promise<Uint8Array> | undefined;
  const simplify = async (text: string) => {
    if (!/\p{Script=Han}/u.test(text)) return text;
    // A 3.4 kB bitmap says whether any character could convert; only then load the dictionaries.
    hanKeys ??= fetch(`${base}search/han-keys.bin`).then(async (response) => new Uint8Array(await response.arrayBuffer()));
    if (!mayConvert(text, await hanKeys)) return text;
    if (!toSimplified) {
      const [{ ConverterFactory }, tw, hk, cn] = await Promise.all([import('opencc-js/core'), import('opencc-js/from/tw'), import('opencc-js/from/hk'), import('opencc-js/to/cn')]);
      const fromTaiwan = ConverterFactory(tw.default, cn.default);
      const fromHongKong = ConverterFactory(hk.default, cn.default);
      toSimplified = (value) => fromHongKong(fromTaiwan(value));
    }
    return toSimplified(text);
  };

  const selectedFilters = () => {
    const filters = new Map<string, Set<string>>();
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      if (!filters.has(box.name)) filters.set(box.name, new Set());
      filters.get(box.name)!.add(box.value);
    }
    return filters;
  };

  // Pagefind filters: any checked value of a facet, all facets together.
  const pagefindFilters = (filters: Map<string, Set<string>>) => Object.fromEntries([...filters].map(([name, values]) => [name, { any: [...values] }]));

  // Restore the form from the URL, so a search can be shared.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);

  let generation = 0;
  let currentQuery = parseQuery('');

  async function run() {
    const current = ++generation;
    const query = parseQuery(input.value);
    const url = new URL(location.href);
    // The shareable URL holds the query as searched (truncated), never an unbounded paste.
    url.search = new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, key === 'q' ? query.text : String(value)])).toString();
    history.replaceState(null, '', url);
    resultsBox.replaceChildren();
    root.querySelector('.search-more')?.remove();
    countsBox.hidden = true;
    if (!query.han.length && !query.latin.length) {
      status.textContent = input.value.trim() ? say('search.none', { q: query.text }) : say('search.empty');
      return;
    }
    status.textContent = say('search.loading');
    const notes: string[] = [];
    if (query.truncated) notes.push(say('search.truncated', { n: maxQueryLength }));
    const simplified = parseQuery(await simplify(query.text));
    if (simplified.text !== query.text) notes.push(say('search.converted', { q: simplified.text }));
    try {
      const found = await search(simplified);
      if (current !== generation) return;
      currentQuery = simplified;
      await render(simplified, found, notes, current);
    } catch (error) {
      console.error(error);
      status.textContent = say('search.error');
    }
  }

  type Hit = { url: string; text: string; anchor: string; meta: Record<string, string>; language: 'zh' | 'en' };
  type Candidate = { result: PagefindResult; language: 'zh' | 'en'; keep: (text: string) => boolean };

  type Job = { language: 'zh' | 'en'; text: string; keep: (text: string) => boolean };

  /** Which index answers which part of a query. */
  function jobsFor(query: ParsedQuery): Job[] {
    const jobs: Job[] = [];
    // Chinese terms: Pagefind finds reports with all their characters; we keep paragraphs with each term whole.
    if (query.han.length) jobs.push({ language: 'zh', text: [...query.han, ...query.latin].join(' '), keep: (text) => containsTerms(text, query.han) });
    // Latin words: the English translation (with stemming), and codes in the Chinese text (EPC, PM2.5);
    // a plain English word does not load the Chinese index.
    const codes = latinCodes(query.latin);
    if (query.latin.length) jobs.push({ language: 'en', text: query.latin.join(' '), keep: () => true });
    if (!query.han.length && codes.length)
      jobs.push({ language: 'zh', text: codes.join(' '), keep: (text) => codes.every((word) => text.toLowerCase().includes(word.toLowerCase())) });
    return jobs;
  }

  /** Every matching report, best first (only scores and ids: nothing is loaded per report yet). */
  async function search(query: ParsedQuery): Promise<Candidate[]> {
    const filters = pagefindFilters(selectedFilters());
    const candidates: Candidate[] = [];
    for (const { language, text, keep } of jobsFor(query)) {
      const pagefind = await bundle(language);
      const response = await pagefind.search(text, { filters });
      for (const result of response?.results ?? []) candidates.push({ result, language, keep });
    }
    return candidates.sort((a, b) => b.result.score - a.result.score);
  }

  /** The paragraphs of one report that match, loaded from its index fragment. */
  async function hitsOf(candidate: Candidate): Promise<Hit[]> {
    const data = await candidate.result.data();
    return data.sub_results
      .map((sub) => ({ url: sub.url, text: sub.plain_excerpt.replace(/\u200b/g, ''), anchor: sub.title, meta: data.meta, language: candidate.language }))
      .filter((hit) => /^s\d+(-[px]\d+)?$/.test(hit.anchor) && candidate.keep(hit.text));
  }

  async function render(query: ParsedQuery, candidates: Candidate[], notes: string[], current: number) {
    let shownReports = 0;
    let shownHits = 0;
    let next = 0;
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    const counts = countsBox.querySelector('ul')!;
    counts.replaceChildren();
    const summary = () => {
      const found = shownHits
        ? say('search.summary', { q: query.text, n: shownHits, towns: shownReports })
        : next < candidates.length
          ? say('search.loading')
          : say('search.none', { q: query.text });
      const scope = next < candidates.length ? say('search.partial', { shown: next, total: candidates.length }) : '';
      status.textContent = [found, scope, ...notes].filter(Boolean).join(' ');
    };
    const showMore = async () => {
      more.disabled = true;
      let added = 0;
      while (added < pageSize && next < candidates.length) {
        const batch = candidates.slice(next, next + pageSize - added);
        next += batch.length;
        const found = await Promise.all(batch.map(hitsOf));
        if (current !== generation) return;
        for (const hits of found) {
          if (!hits.length) continue; // the characters, not the term
          added++;
          shownReports++;
          shownHits += hits.length;
          resultsBox.append(reportSection(hits));
          counts.append(countLink(hits));
        }
      }
      countsBox.hidden = shownReports === 0;
      summary();
      more.textContent = say('search.more', { n: candidates.length - next });
      more.disabled = false;
      if (next < candidates.length) resultsBox.after(more);
      else more.remove();
    };
    more.addEventListener('click', () => void showMore());
    await showMore();
  }

  function countLink(hits: Hit[]) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#results-${hits[0]!.meta.slug}`;
    link.textContent = `${hits[0]!.meta.town} ${hits[0]!.meta.years} (${hits.length})`;
    item.append(link);
    return item;
  }

  function reportSection(hits: Hit[]) {
    const meta = hits[0]!.meta;
    const section = document.createElement('section');
    section.className = 'results-town';
    section.id = `results-${meta.slug}`;
    const heading = document.createElement('h2');
    heading.textContent = `${meta.town} `;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = `${meta.title} (${say('search.results', { n: hits.length })})`;
    heading.append(count);
    const list = document.createElement('ol');
    for (const hit of hits) {
      const item = document.createElement('li');
      item.className = 'result';
      item.lang = hit.language === 'zh' ? 'zh-Hans' : 'en';
      const link = document.createElement('a');
      link.href = hit.url;
      link.className = 'result-link';
      const where = document.createElement('span');
      where.className = 'result-where';
      where.textContent = `${meta.place} · #${hit.anchor}`;
      link.append(where);
      const text = document.createElement('p');
      text.className = 'result-excerpt';
      text.innerHTML = excerpt(hit.text, currentQuery); // escaped by excerpt(); only <mark> is markup
      const tag = document.createElement('span');
      tag.className = 'result-language';
      tag.textContent = say(`search.language.${hit.language}`);
      item.append(link, tag, text);
      list.append(item);
    }
    section.append(heading, list);
    return section;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) void run();
  });
  // Warm the index while the reader types, so that Enter finds it loaded: the bundle of the page's
  // language (runtime, page lists) as the page opens, then the index chunks of the words typed so far
  // after a pause (Pagefind's preload). The bytes are the same; only the waiting moves.
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return; // pinyin being composed is not yet the query
    clearTimeout(preloadTimer);
    preloadTimer = setTimeout(async () => {
      try {
        const filters = pagefindFilters(selectedFilters());
        for (const job of jobsFor(parseQuery(await simplify(input.value)))) await (await bundle(job.language)).preload(job.text, { filters });
      } catch {
        // A failed preload costs nothing: the search itself loads what it needs and reports errors.
      }
    }, preloadDelay);
  });
  if (params.has('q')) void run();
  else {
    input.focus();
    void bundle(root.dataset.lang === 'en' ? 'en' : 'zh').catch(() => undefined);
  }
}
