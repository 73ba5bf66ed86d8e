/**
 * “Did you mean”: after a search that finds nothing, the nearest entries of
 * the index's vocabulary (src/build/search-vocabulary.ts, served as
 * search/vocabulary.json) by Damerau–Levenshtein distance. Pure and
 * browser-safe.
 */

/** search/vocabulary.json: words and phrases, lower case, with how often the translations use them, most frequent first. */
export interface VocabularyFile {
  format: 1;
  entries: [text: string, count: number][];
}

/** At most this many suggestions are offered. */
export const suggestionLimit = 3;

/** The largest distance a suggestion may be from what was typed: 2 for five letters or more, 1 for fewer. */
export function maxDistance(text: string): number {
  return [...text].length >= 5 ? 2 : 1;
}

/**
 * The Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * swaps of neighbours, each costing 1), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const [x, y] = [[...a], [...b]];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return previous[y.length]!;
}

/** What a query is compared as: lower case, single spaces, no quotes. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The entries nearest to `text` (never `text` itself), by distance, then count, then alphabetically. */
function nearest(text: string, entries: VocabularyFile['entries'], limit: number): string[] {
  const limitOf = maxDistance(text);
  const found: { entry: string; distance: number; count: number }[] = [];
  for (const [entry, count] of entries) {
    if (entry === text) continue;
    const distance = editDistance(text, entry, limitOf);
    if (distance <= limitOf) found.push({ entry, distance, count });
  }
  found.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.entry < b.entry ? -1 : 1));
  return found.slice(0, limit).map(({ entry }) => entry);
}

/**
 * At most `suggestionLimit` entries to search instead of `query`: the nearest to the whole query
 * ("vacination" → "vaccination", "comon prosperity" → "common prosperity"); failing those, for a query of
 * several words, the query with each word the vocabulary lacks replaced by its nearest word, if each has one.
 */
export function suggestions(query: string, vocabulary: VocabularyFile, limit = suggestionLimit): string[] {
  const text = comparable(query);
  if (!/\p{L}/u.test(text)) return [];
  const whole = nearest(text, vocabulary.entries, limit);
  if (whole.length) return whole;
  const words = text.split(' ');
  if (words.length < 2) return [];
  const known = new Set(vocabulary.entries.map(([entry]) => entry));
  const replaced = words.map((word) => (known.has(word) ? word : nearest(word, vocabulary.entries, 1)[0]));
  if (replaced.some((word) => word === undefined)) return [];
  const suggestion = replaced.join(' ');
  return suggestion === text ? [] : [suggestion];
}
