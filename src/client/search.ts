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
import { planSearch, warmUpBundle, type Filters, type IndexFacts, type SearchPlan } from '../lib/search-plan.ts';
import { openIndex, type IndexFolders } from './search/loader.ts';
import { messagesOf } from './search/messages.ts';
import { resultsView } from './search/render.ts';

/** Pause in typing after which the index chunks of the words typed so far are fetched. */
const preloadDelay = 200;
/** build-search.ts writes a bundle for each language of the edition. */
const facts: IndexFacts = { languages: ['zh', 'en'] };

const root = document.getElementById('search');
if (root) start(root);

function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const say = messagesOf(root.dataset.messages);
  const view = resultsView(root, say);
  const index = openIndex(JSON.parse(root.dataset.indexes ?? '{}') as IndexFolders);
  const plan = (text: string) => planSearch(text, checkedFilters(form), facts);
  // The plan of the query in simplified characters: the same plan when OpenCC changes nothing.
  const simplified = async (typed: SearchPlan) => {
    if (!typed.mayConvert) return typed;
    const text = await index.simplify(typed.query.text);
    return text === typed.query.text ? typed : plan(text);
  };

  const params = new URLSearchParams(location.search);
  restoreForm(form, input, params);

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const typed = plan(input.value);
    shareInUrl(form, typed.query.text);
    view.clear();
    if (!typed.jobs.length) {
      view.status(input.value.trim() ? say('search.none', { q: typed.query.text }) : say('search.empty'));
      return;
    }
    view.status(say('search.loading'), 'searching');
    const notes: string[] = [];
    if (typed.query.truncated) notes.push(say('search.truncated', { n: maxQueryLength }));
    const searched = await simplified(typed);
    if (searched !== typed) notes.push(say('search.converted', { q: searched.query.text }));
    try {
      const candidates = await index.search(searched);
      if (current !== generation) return;
      await view.show(searched.query, candidates, index.hitsOf, notes, () => current !== generation);
    } catch (error) {
      console.error(error);
      view.status(say('search.error'), 'error');
    }
  };

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
  afterTyping(input, async () => {
    try {
      await index.preload(await simplified(plan(input.value)));
    } catch {
      // A failed preload costs nothing: the search itself loads what it needs and reports errors.
    }
  });
  if (params.has('q')) void run();
  else {
    input.focus();
    index.warmUp(warmUpBundle(root.dataset.lang, facts));
  }
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
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);
}

/** The URL as the form has it; it holds the query as searched (truncated), never an unbounded paste. */
function shareInUrl(form: HTMLFormElement, query: string) {
  const url = new URL(location.href);
  url.search = new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, key === 'q' ? query : String(value)])).toString();
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
