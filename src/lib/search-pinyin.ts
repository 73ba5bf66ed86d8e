/**
 * Pinyin queries: a reader without a Chinese input method types "gongtong
 * fuyu", "gongtongfuyu" or "Xiaoshan", and the search page also searches the
 * Chinese term (共同富裕, 萧山). The table of terms and their readings is built
 * at build time (src/build/pinyin-table.ts: glossary terms and the reports'
 * place names) and served in one part per initial letter of the keys
 * (search/pinyin/<letter>.json, so that its cost stays small however many
 * places the edition has); the page fetches the parts a query needs, and only
 * for a query of Latin letters alone. Pure and browser-safe.
 */

/** search/pinyin/<letter>.json: each Chinese term with one reading (tone marks), a term once per distinct reading. */
export interface PinyinTableFile {
  format: 1;
  terms: [zh: string, pinyin: string][];
}

/** A Chinese term a pinyin query stands for, with the reading it was found by (as the page shows it). */
export interface PinyinTerm {
  zh: string;
  pinyin: string;
}

/** A run of the query's words that reads as one or more terms. */
export interface PinyinMatch {
  /** The words as typed (one or several). */
  words: string[];
  terms: PinyinTerm[];
}

/** The toneless keys are what a query becomes: keys → terms. */
export type PinyinLookup = Map<string, PinyinTerm[]>;

/**
 * The keys of a reading or a query: lower case, tones dropped, letters only ("gòngtóng fùyù" →
 * "gongtongfuyu"). ü is typed as v, u or ü, so a reading with ü has both keys (lǚyóu → lvyou, luyou).
 */
export function pinyinKeys(text: string): string[] {
  const bare = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
  if (!bare) return [];
  return bare.includes('v') ? [bare, bare.replace(/v/g, 'u')] : [bare];
}

/** The reading as a reader might type it, spaces kept: "gòngtóng fùyù" → "gongtong fuyu" (the suggestions' vocabulary). */
export function tonelessReading(pinyin: string): string {
  return pinyin
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The table, keyed for lookup; a key's terms in the table's order (the glossary's reading first), each term once. */
export function pinyinLookup(file: PinyinTableFile): PinyinLookup {
  const lookup: PinyinLookup = new Map();
  for (const [zh, pinyin] of file.terms) {
    for (const key of pinyinKeys(pinyin)) {
      const terms = lookup.get(key) ?? [];
      if (!terms.some((term) => term.zh === zh)) terms.push({ zh, pinyin });
      lookup.set(key, terms);
    }
  }
  return lookup;
}

/** The parts of the table, one per letter a key may begin with: search/pinyin/<letter>.json. */
export const pinyinParts = [...'abcdefghijklmnopqrstuvwxyz'];

/** The table in parts: each reading in the part of each of its keys' initial letters (a part for every letter, empty or not). */
export function splitPinyinTable(file: PinyinTableFile): Record<string, PinyinTableFile> {
  const parts: Record<string, PinyinTableFile> = Object.fromEntries(pinyinParts.map((letter) => [letter, { format: 1, terms: [] }]));
  for (const entry of file.terms) for (const letter of new Set(pinyinKeys(entry[1]).map((key) => key[0]!))) parts[letter]!.terms.push(entry);
  return parts;
}

/** Split a query into words as pinyinMatches does. */
function wordsOf(text: string): string[] {
  return text.split(/[\s-]+/).filter((word) => pinyinKeys(word).length);
}

/** The parts of the table a query needs: the initial letter of the run of words from each word on. */
export function partsFor(text: string): string[] {
  if (!mayBePinyin(text)) return [];
  return [...new Set(wordsOf(text).map((word) => pinyinKeys(word)[0]![0]!))];
}

/** Whether a query may be pinyin: Latin letters (with or without tone marks), spaces, apostrophes and hyphens only. */
export function mayBePinyin(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s'’-]+$/u.test(text) && /\p{L}/u.test(text);
}

/**
 * The terms a query reads as: from each word on, the longest run of words whose letters together are a
 * key ("gongtong fuyu", "gong tong fu yu" and "gongtongfuyu" all read as 共同富裕). Words that start no
 * such run are left to the English search.
 */
export function pinyinMatches(text: string, lookup: PinyinLookup): PinyinMatch[] {
  if (!mayBePinyin(text)) return [];
  const words = wordsOf(text);
  const matches: PinyinMatch[] = [];
  for (let from = 0; from < words.length;) {
    let found: PinyinMatch | undefined;
    for (let to = words.length; to > from && !found; to--) {
      const terms = lookup.get(pinyinKeys(words.slice(from, to).join(''))[0]!);
      if (terms) found = { words: words.slice(from, to), terms };
    }
    if (found) matches.push(found);
    from += found ? found.words.length : 1;
  }
  return matches;
}
