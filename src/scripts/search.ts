/**
 * The search page. Reads ?q= (and filters) from the URL, converts Traditional
 * characters to simplified with OpenCC (loaded only when a query has Han
 * characters), queries the Chinese and/or English Pagefind bundle, keeps only
 * paragraphs that contain each Chinese term whole, and lists them by town.
 */
import { containsTerms, excerpt, maxQueryLength, parseQuery, type ParsedQuery } from '../lib/query.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

const root = document.getElementById('search');
if (root) void start(root);

async function start(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  const towns = JSON.parse(root.dataset.towns ?? '{}') as Record<string, string>;
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
        import(/* @vite-ignore */ `${base}pagefind/${language}/pagefind.js`).then(async (module: Pagefind) => {
          await module.init();
          return module;
        }),
      );
    return bundles.get(language)!;
  };

  let toSimplified: ((text: string) => string) | undefined;
  const simplify = async (text: string) => {
    if (!/\p{Script=Han}/u.test(text)) return text;
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

  const passes = (meta: Record<string, string>, filters: Map<string, Set<string>>) => {
    for (const [name, values] of filters) {
      const own = name === 'town' ? [meta.slug] : name === 'year' ? (meta.years ?? '').split('–') : [meta[name]];
      if (!own.some((value) => value !== undefined && values.has(value))) return false;
    }
    return true;
  };

  // Restore the form from the URL, so a search can be shared.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);

  let generation = 0;

  async function run() {
    const current = ++generation;
    const query = parseQuery(input.value);
    const url = new URL(location.href);
    // The shareable URL holds the query as searched (truncated), never an unbounded paste.
    url.search = new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, key === 'q' ? query.text : String(value)])).toString();
    history.replaceState(null, '', url);
    resultsBox.replaceChildren();
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
      render(simplified, found, notes);
    } catch (error) {
      console.error(error);
      status.textContent = say('search.error');
    }
  }

  type Hit = { url: string; content: string; meta: Record<string, string>; language: 'zh' | 'en' };

  async function search(query: ParsedQuery): Promise<Hit[]> {
    const filters = selectedFilters();
    const hits: Hit[] = [];
    const jobs: [('zh' | 'en'), string, (content: string) => boolean][] = [];
    // Chinese terms: Pagefind finds paragraphs with all their characters; we keep those with each term whole.
    if (query.han.length) jobs.push(['zh', [...query.han, ...query.latin].join(' '), (content) => containsTerms(content, query.han)]);
    // Latin words: the English translation (with stemming), and Latin strings in the Chinese text (EPC, PM2.5).
    if (query.latin.length) {
      jobs.push(['en', query.latin.join(' '), () => true]);
      if (!query.han.length) jobs.push(['zh', query.latin.join(' '), (content) => query.latin.every((word) => content.toLowerCase().includes(word.toLowerCase()))]);
    }
    for (const [language, text, keep] of jobs) {
      const pagefind = await bundle(language);
      const response = await pagefind.search(text);
      const candidates = (response?.results ?? []).slice(0, 300);
      const data = await Promise.all(candidates.map((result) => result.data()));
      for (const item of data) if (keep(item.content) && passes(item.meta, filters)) hits.push({ ...item, language });
    }
    return hits;
  }

  function render(query: ParsedQuery, hits: Hit[], notes: string[]) {
    const byTown = new Map<string, Hit[]>();
    for (const hit of hits) {
      if (!byTown.has(hit.meta.slug!)) byTown.set(hit.meta.slug!, []);
      byTown.get(hit.meta.slug!)!.push(hit);
    }
    status.textContent = [hits.length ? say('search.summary', { q: query.text, n: hits.length, towns: byTown.size }) : say('search.none', { q: query.text }), ...notes].join(' ');
    if (!hits.length) return;
    const counts = countsBox.querySelector('ul')!;
    counts.replaceChildren(
      ...[...byTown].map(([slug, townHits]) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#results-${slug}`;
        link.textContent = `${towns[slug] ?? slug} ${townHits.length}`;
        item.append(link);
        return item;
      }),
    );
    countsBox.hidden = false;
    for (const [slug, townHits] of byTown) {
      const section = document.createElement('section');
      section.className = 'results-town';
      section.id = `results-${slug}`;
      const heading = document.createElement('h2');
      heading.textContent = `${towns[slug] ?? slug} `;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = `(${say('search.results', { n: townHits.length })})`;
      heading.append(count);
      const list = document.createElement('ol');
      for (const hit of townHits) {
        const item = document.createElement('li');
        item.className = 'result';
        item.lang = hit.language === 'zh' ? 'zh-Hans' : 'en';
        const link = document.createElement('a');
        link.href = hit.url;
        link.className = 'result-link';
        const where = document.createElement('span');
        where.className = 'result-where';
        where.textContent = [hit.meta.title, hit.meta.section, `#${hit.meta.anchor}`].filter(Boolean).join(' · ');
        link.append(where);
        const text = document.createElement('p');
        text.className = 'result-excerpt';
        text.innerHTML = excerpt(hit.content, query); // escaped by excerpt(); only <mark> is markup
        const tag = document.createElement('span');
        tag.className = 'result-language';
        tag.textContent = say(`search.language.${hit.language}`);
        item.append(link, tag, text);
        list.append(item);
      }
      section.append(heading, list);
      resultsBox.append(section);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) void run();
  });
  if (params.has('q')) void run();
  else input.focus();
}
