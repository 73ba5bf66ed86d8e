/**
 * What the search page tries besides the query as typed: the Chinese terms
 * a pinyin query reads as (the parts of search/pinyin/<letter>.json its words
 * begin with, fetched only for a query of Latin letters), and, after a search that found nothing, the nearest entries
 * of the index's vocabulary (search/vocabulary.json, fetched only then),
 * offered as links that search them. Each file loads once.
 */
import { withBase } from '../../lib/routes.ts';
import type { SearchPlan } from '../../lib/search-plan.ts';
import { partsFor, pinyinLookup, pinyinMatches, type PinyinTableFile, type PinyinTerm } from '../../lib/search-pinyin.ts';
import { suggestions, type VocabularyFile } from '../../lib/search-suggest.ts';
import type { SayParts } from './messages.ts';

function loader<T>(path: string): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= fetch(withBase(path)).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    }));
}

/**
 * The plan with the searches of each Chinese term the query reads as in pinyin added (as `planOf` plans
 * the term alone, so its paragraphs are found and linked as a query for the term finds them), and the terms.
 */
export function pinyinExpansion(planOf: (text: string) => SearchPlan) {
  const parts = new Map<string, () => Promise<PinyinTableFile>>();
  const part = (letter: string) => parts.get(letter) ?? parts.set(letter, loader<PinyinTableFile>(`search/pinyin/${letter}.json`)).get(letter)!;
  return async (plan: SearchPlan): Promise<{ plan: SearchPlan; terms: PinyinTerm[] }> => {
    const letters = partsFor(plan.query.text);
    if (!letters.length) return { plan, terms: [] };
    const loaded = await Promise.all(letters.map((letter) => part(letter)()));
    const lookup = pinyinLookup({ format: 1, terms: loaded.flatMap((file) => file.terms) });
    const terms = pinyinMatches(plan.query.text, lookup).flatMap((match) => match.terms);
    if (!terms.length) return { plan, terms };
    const jobs = [...plan.jobs];
    for (const term of terms) for (const job of planOf(term.zh).jobs) if (!jobs.some((known) => known.language === job.language && known.text === job.text)) jobs.push(job);
    // The terms are highlighted in the Chinese paragraphs as if typed.
    return { plan: { ...plan, query: { ...plan.query, han: [...plan.query.han, ...terms.map((term) => term.zh)] }, jobs }, terms };
  };
}

/** Up to three entries of the vocabulary near the query, loaded on first need. */
export function suggester() {
  const vocabulary = loader<VocabularyFile>('search/vocabulary.json');
  return async (query: string) => suggestions(query, await vocabulary());
}

/**
 * “Did you mean: a, b?”: each suggestion a link to its search (the page's URL with it as the query),
 * which `search` follows in place; the words as text, each in its own <bdi>.
 */
export function suggestionNote(words: string[], sayParts: SayParts, search: (word: string) => void): (string | Node)[] {
  const links: Node[] = [];
  for (const [place, word] of words.entries()) {
    if (place) links.push(document.createTextNode(sayParts('search.suggest.separator')[0]?.text ?? ', '));
    const url = new URL(location.href);
    url.searchParams.set('q', word);
    const link = document.createElement('a');
    link.href = url.href;
    link.className = 'search-suggestion';
    const text = document.createElement('bdi');
    text.textContent = word;
    link.append(text);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      search(word);
    });
    links.push(link);
  }
  return sayParts('search.suggest', { words: '' }).flatMap((part): (string | Node)[] => (part.name === 'words' ? links : [part.text]));
}
