/**
 * The term index: for each term of a fixed vocabulary (the glossary's Chinese
 * forms and the edition's place names; its English forms of two words or
 * more), the search pages that contain it whole, best first, written beside
 * each shard of that language (pagefind/<language>/<k>/terms/). Pagefind finds a Chinese query by its characters
 * (the browser splits 泰桥 into 泰 and 桥), so a rare name whose characters are
 * common apart made the search page open every report with both characters to
 * find the few with the name; the term index names exactly those reports, and
 * the page opens only their fragments (src/client/search/term-index.ts).
 *
 * Every term of the vocabulary is listed in its bucket file of every shard,
 * with no pages where the shard has none, so a term missing from the bucket
 * is not in the vocabulary and the page searches it with Pagefind. Pure: the
 * build (scripts/build-search.ts) and the browser share it.
 */

/** Bucket files per shard: a query reads one, of about vocabulary ÷ 256 terms. */
export const termBuckets = 256;

/** Pages listed in a term's bucket entry; the rest, best first, in a file of its own read only when the reader asks for more. */
export const inlinePostings = 50;

/** Where a shard's term files live, under its index folder. */
export const termsFolder = 'terms/';

/**
 * A page that contains a term: its Pagefind fragment and how often the term occurs in it, per 1,000
 * characters (a short page that names the term ranks above a long one that names it as often).
 */
export type Posting = [fragment: string, weight: number];

/** Occurrences per 1,000 characters, to two places. */
const weight = (found: number, text: string) => Math.round((100_000 * found) / Math.max(1, text.length)) / 100;

/** A term's entry in its bucket file: pages in all, the first (best) pages, and the file with the rest, if any. */
export interface TermEntry {
  n: number;
  p: Posting[];
  rest?: string;
}

/** A bucket file: term → entry. */
export type TermBucket = Record<string, TermEntry>;

/** FNV-1a over UTF-16 code units: the same number in Node and the browser. */
export function termHash(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The bucket file of a term, relative to the shard's index folder. */
export function bucketFile(term: string): string {
  return `${termsFolder}${termHash(term) % termBuckets}.json`;
}

/** The file with the rest of a term's pages, relative to the shard's index folder. */
export function restFile(term: string): string {
  return `${termsFolder}rest/${termHash(term).toString(16).padStart(8, '0')}.json`;
}

/** Administrative suffixes a place is also named without (平田街道 → 平田, 富阳区 → 富阳). */
const placeSuffix = /(?:街道|镇|乡|区|县|市)$/u;

/** Place names as a text uses them: each name, and the name without its suffix when two characters or more remain. */
export function placeNames(names: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    all.add(trimmed);
    const short = trimmed.replace(placeSuffix, '');
    if (short !== trimmed && [...short].length >= 2) all.add(short);
  }
  return [...all].sort();
}

/** The vocabulary: the glossary's simplified forms and the place names, each a run of Han characters, sorted. */
export function termVocabulary(glossaryForms: Iterable<string>, places: Iterable<string>): string[] {
  return [...new Set([...glossaryForms, ...places])].filter((term) => /^\p{Script=Han}+$/u.test(term)).sort();
}

/** An English term as a query and the index key it: lower case, quotes dropped, one space between words. */
export function englishKey(text: string): string {
  return text.toLowerCase().replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The English vocabulary: the glossary's English forms (enForms) of two words or more, as keys. */
export function englishVocabulary(forms: Iterable<string>): string[] {
  return [...new Set([...forms].map(englishKey))].filter((key) => key.includes(' ')).sort();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How often a term occurs in a text given in lower case: Chinese as written; English as whole words,
 * each word allowing a regular inflection (-s, -es, -y → -ies), the words apart by spaces or a hyphen.
 */
export function termMatcher(term: string): (lowerCaseText: string) => number {
  if (/^\p{Script=Han}+$/u.test(term)) return (text) => occurrences(text, term);
  const words = term.split(' ').map((word) => (/[^aeiou]y$/.test(word) ? `${escape(word.slice(0, -1))}(?:y|ies)` : `${escape(word)}(?:e?s)?`));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\u00a0-]+')}(?![\\p{L}\\p{N}])`, 'giu');
  const first = term.split(' ')[0]!.slice(0, 4);
  return (text) => (text.includes(first) ? [...text.matchAll(pattern)].length : 0);
}

/** Occurrences of a term in a text (overlapping, as a query finds them). */
function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) count++;
  return count;
}

/** A trie of the vocabulary, to find every term in a text in one pass. */
function trieOf(vocabulary: string[]) {
  const root = new Map<string, unknown>();
  const end = Symbol('end');
  for (const term of vocabulary) {
    let node = root as Map<string | symbol, unknown>;
    for (const character of term) {
      if (!node.has(character)) node.set(character, new Map());
      node = node.get(character) as Map<string | symbol, unknown>;
    }
    node.set(end, term);
  }
  return (text: string) => {
    const found = new Set<string>();
    const characters = [...text];
    for (let start = 0; start < characters.length; start++) {
      let node = root as Map<string | symbol, unknown> | undefined;
      for (let i = start; node && i < characters.length; i++) {
        node = node.get(characters[i]!) as Map<string | symbol, unknown> | undefined;
        const term = node?.get(end);
        if (typeof term === 'string') found.add(term);
      }
    }
    return found;
  };
}

/** The term files of one shard: each bucket file (every bucket, every term of the vocabulary in it) and the rest files, by path under the shard's index folder. */
export function termFiles(pages: { fragment: string; text: string }[], vocabulary: string[]): Map<string, TermBucket | Record<string, Posting[]>> {
  const han = vocabulary.filter((term) => /^\p{Script=Han}+$/u.test(term));
  const find = trieOf(han);
  const english = vocabulary.filter((term) => !han.includes(term)).map((term) => [term, termMatcher(term)] as const);
  const postings = new Map<string, Posting[]>(vocabulary.map((term) => [term, []]));
  for (const page of pages) {
    for (const term of find(page.text)) postings.get(term)!.push([page.fragment, weight(occurrences(page.text, term), page.text)]);
    const lower = english.length ? page.text.toLowerCase() : '';
    for (const [term, count] of english) {
      const found = count(lower);
      if (found) postings.get(term)!.push([page.fragment, weight(found, page.text)]);
    }
  }
  const files = new Map<string, TermBucket | Record<string, Posting[]>>();
  for (let bucket = 0; bucket < termBuckets; bucket++) files.set(`${termsFolder}${bucket}.json`, {});
  for (const [term, list] of postings) {
    // Best first: the page where the term is densest; ties in a fixed order.
    list.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const entry: TermEntry = { n: list.length, p: list.slice(0, inlinePostings) };
    if (list.length > inlinePostings) {
      entry.rest = restFile(term);
      const rest = (files.get(entry.rest) ?? {}) as Record<string, Posting[]>;
      rest[term] = list.slice(inlinePostings);
      files.set(entry.rest, rest);
    }
    (files.get(bucketFile(term)) as TermBucket)[term] = entry;
  }
  return files;
}

/** A Pagefind 1.6 file once un-gzipped starts with this signature. */
const signature = 'pagefind_dcd';

/** The JSON of a Pagefind fragment file, un-gzipped (`bytes`), or undefined if it is not one. */
export function parseFragment<T>(bytes: Uint8Array): T | undefined {
  const text = new TextDecoder().decode(bytes);
  return text.startsWith(signature) ? (JSON.parse(text.slice(signature.length)) as T) : undefined;
}

/** What the page reads of a fragment: its address, metadata, text and anchors (a word position each). */
export interface FragmentData {
  url: string;
  meta: Record<string, string>;
  content: string;
  anchors: { element: string; id: string; location: number }[];
}

/**
 * The text after each anchor of a fragment, up to the next: a section or paragraph of the report (the
 * search page writes an anchor before each, src/lib/search-records.ts). Pagefind counts words as it
 * writes them to the content, separated by spaces or, in segmented text, zero-width spaces, and places
 * each anchor at the number of the word after it.
 */
export function paragraphsOf(fragment: Pick<FragmentData, 'content' | 'anchors'>): { anchor: string; text: string }[] {
  const starts = [...fragment.content.matchAll(/[^\s\u200b]+/g)].map((word) => word.index);
  const anchors = fragment.anchors.filter((anchor) => anchor.id).sort((a, b) => a.location - b.location);
  return anchors.map((anchor, i) => {
    const from = starts[anchor.location] ?? fragment.content.length;
    const next = anchors[i + 1];
    const to = next ? (starts[next.location] ?? fragment.content.length) : fragment.content.length;
    return {
      anchor: anchor.id,
      text: fragment.content
        .slice(from, to)
        .replace(/\u200b/g, '')
        .trim(),
    };
  });
}
