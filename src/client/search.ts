/**
 * The search page. Reads ?q= (and filters) from the URL, converts Traditional
 * characters to simplified with OpenCC (loaded only when a query has Han
 * characters), queries the Chinese and/or English Pagefind bundle (shard 0,
 * merged with the other shards of a large edition), and lists the matching
 * paragraphs report by report, five reports at a time. Each report is one
 * Pagefind page whose sub-results are its paragraphs; a Chinese term must
 * occur whole in a paragraph, not only its characters.
 *
 * This file keeps the form and the URL in step and runs searches; the plan of
 * a query is src/lib/search-plan.ts, loading is ./search/loader.ts and the
 * results are drawn by ./search/render.ts.
 */
import { maxQueryLength } from '../lib/query.ts';
import { combineFilters, filtersFromUrl, planSearch, type Filters, type IndexFacts, type SearchPlan } from '../lib/search-plan.ts';
import { openIndex, type IndexFolders } from './search/loader.ts';
import { messagePartsOf, messagesOf, type Say, type SearchMessageKey } from './search/messages.ts';
import { resultsView, type Echo } from './search/render.ts';
import { pinyinExpansion, suggester, suggestionNote } from './search/alternatives.ts';

/** Pause in typing after which the index chunks of the words typed so far are fetched. */
const preloadDelay = 200;
/** build-search.ts writes a bundle for each language of the edition. */
const languages: IndexFacts['languages'] = ['zh', 'en'];

const root = document.getElementById('search');
if (root) start(root);

function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const say = messagesOf(root.dataset.messages);
  const sayParts = messagePartsOf(root.dataset.messages);
  const view = resultsView(root, say, sayParts);
  const index = openIndex(JSON.parse(root.dataset.indexes ?? '{}') as IndexFolders);
  // The glossary's English terms (data-phrases), searched as phrases.
  const facts: IndexFacts = { languages, phrases: JSON.parse(root.dataset.phrases ?? '[]') as string[] };
  const params = new URLSearchParams(location.search);
  restoreForm(form, input, params);
  // Filters the URL asks for that no checkbox offers (a town beyond the 50 the page lists): searched
  // and kept in the URL like the checked ones, shown with a button that removes them.
  const fromUrl = filtersFromUrl(params, (facet, value) => Boolean(checkbox(form, facet, value)));
  const plan = (text: string) => planSearch(text, combineFilters(checkedFilters(form), fromUrl), facts);
  // The plan of the query in simplified characters: the same plan when OpenCC changes nothing.
  const simplified = async (typed: SearchPlan) => {
    if (!typed.mayConvert) return typed;
    const text = await index.simplify(typed.query.text);
    return text === typed.query.text ? typed : plan(text);
  };
  // A pinyin query also searches the Chinese terms it reads as; a search that finds nothing offers the nearest words.
  const withPinyin = pinyinExpansion(plan);
  const nearest = suggester();

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const typed = plan(input.value);
    shareInUrl(form, typed.query.text, fromUrl);
    view.clear();
    if (!typed.jobs.length) {
      view.status(input.value.trim() ? view.echo('search.none', { q: typed.query.text }) : say('search.empty'));
      return;
    }
    view.status(say('search.loading'), 'searching');
    const notes: (string | Node)[][] = [];
    if (typed.query.truncated) notes.push([say('search.truncated', { n: maxQueryLength })]);
    const searched = await simplified(typed);
    if (searched !== typed) notes.push(view.echo('search.converted', { q: searched.query.text }));
    try {
      const expanded = await withPinyin(searched).catch((error: unknown) => (console.error(error), { plan: searched, terms: [] }));
      for (const term of expanded.terms) notes.push(view.echo('search.pinyin', { term: term.zh, pinyin: term.pinyin }));
      const candidates = await index.search(expanded.plan);
      if (current !== generation) return;
      await view.show(expanded.plan.query, candidates, index.hitsOf, notes, () => current !== generation);
      if (current === generation && foundNothing(root)) await offerSuggestions(searched.query.text, () => current !== generation);
    } catch (error) {
      console.error(error);
      view.status(say('search.error'), 'error');
    }
  };

  const offerSuggestions = async (query: string, stale: () => boolean) => {
    const words = await nearest(query).catch((error: unknown) => (console.error(error), []));
    if (!words.length || stale()) return;
    const search = (word: string) => {
      input.value = word;
      void run();
    };
    root.querySelector('#search-status')?.append(' ', ...suggestionNote(words, sayParts, search));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) void run();
  });
  // Warm the index while the reader types, so that Enter finds it loaded: after a pause, what the words
  // typed so far need (their term index buckets, or Pagefind's runtime, page lists and index chunks:
  // its preload). The bytes are the same; only the waiting moves.
  afterTyping(input, async () => {
    try {
      await index.preload(await simplified(plan(input.value)));
    } catch {
      // A failed preload costs nothing: the search itself loads what it needs and reports errors.
    }
  });
  showUrlFilters(root, form, fromUrl, say, view.echo, () => void run());
  // Nothing of the index loads before the reader types: a query the term index answers needs none of
  // Pagefind (runtime and WebAssembly, 85 kB), and the first pause in typing loads what a query needs.
  if (params.has('q')) void run();
  else input.focus();
}

/** Whether the finished search lists nothing and has nothing more to check. */
function foundNothing(root: HTMLElement): boolean {
  return !root.querySelector('#search-results')?.children.length && !root.querySelector('.search-more');
}

/** The checkbox of a facet's value, if the page offers one. */
function checkbox(form: HTMLFormElement, facet: string, value: string): HTMLInputElement | undefined {
  return [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) => box.name === facet && box.value === value);
}

/** The filters from the URL, each with a button that removes it (and searches again). */
function showUrlFilters(root: HTMLElement, form: HTMLFormElement, filters: [string, string][], say: Say, echo: Echo, changed: () => void) {
  const list = root.querySelector<HTMLElement>('#url-filters');
  if (!list) return;
  const draw = () => {
    list.replaceChildren(
      ...filters.map((filter) => {
        const [facet, value] = filter;
        const item = document.createElement('li');
        const label = say(`search.filter.${facet}` as SearchMessageKey);
        // The value is whatever the link says: text, its direction isolated (<bdi>).
        item.append(...echo('search.urlFilter', { facet: label, value }));
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = say('search.urlFilter.remove');
        remove.setAttribute('aria-label', `${say('search.urlFilter.remove')}: ${label} ${value}`);
        remove.addEventListener('click', () => {
          filters.splice(filters.indexOf(filter), 1);
          draw();
          form.querySelector<HTMLInputElement>('#search-input')?.focus();
          changed();
        });
        item.append(' ', remove);
        return item;
      }),
    );
    list.hidden = filters.length === 0;
  };
  draw();
}

/** The checked filter values, by facet. */
function checkedFilters(form: HTMLFormElement): Filters {
  const filters: Filters = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[box.name] ??= { any: [] }).any.push(box.value);
  return filters;
}

/** The form as the URL has it, so a search can be shared. */
function restoreForm(form: HTMLFormElement, input: HTMLInputElement, params: URLSearchParams) {
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).some((value) => value.trim() === box.value);
}

/** The URL as the form has it, with the filters from the URL; it holds the query as searched (truncated), never an unbounded paste. */
function shareInUrl(form: HTMLFormElement, query: string, fromUrl: [string, string][]) {
  const url = new URL(location.href);
  url.search = new URLSearchParams([...[...new FormData(form)].map(([key, value]) => [key, key === 'q' ? query : String(value)]), ...fromUrl]).toString();
  history.replaceState(null, '', url);
}

/** Calls `then` after a pause in typing (not while an input method is composing: pinyin is not yet the query). */
function afterTyping(input: HTMLInputElement, then: () => Promise<void>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(() => void then(), preloadDelay);
  });
}
