/**
 * English words and phrases as the search matches them in a paragraph: whole
 * words in any case, each in its regular inflections (community, communities;
 * care, cares, cared, caring), a phrase's words side by side with a space or a
 * hyphen between them. Pure, shared by the search page and the tests; the
 * glossary's English terms reach the page as phrases (glossaryPhrases).
 */
import type { Term } from './glossary.ts';

/** Letters or digits on either side of a match: it would be part of a longer word. */
const notInWord = { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}])' };

/** Between a phrase's words: spaces, or a hyphen or dash (waste-sorting, Xiaoshan–Binjiang). */
const between = '(?:\\s*[-‐‑–—]\\s*|\\s+)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The forms a typed word may be a regular inflection of (villages → village, communities → community, sorting → sort). */
function bases(word: string): string[] {
  const found = new Set([word]);
  if (!/^[a-z]+$/.test(word)) return [...found];
  const cut = (suffix: string, add = '') => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) found.add(word.slice(0, -suffix.length) + add);
  };
  for (const [suffix, add] of [['ies', 'y'], ['ied', 'y'], ['s'], ['ed'], ['ed', 'e'], ['ing'], ['ing', 'e']] as const) cut(suffix, add);
  // -es only after a hissing sound (boxes, churches): houses is house + s, not hous + es.
  if (/(?:[sxz]|[cs]h)es$/.test(word)) cut('es');
  return [...found];
}

/** A word's regular inflections: -s, -es, -ed, -ing; -d and -ing for a final e; -ies and -ied for a final consonant and y. */
function inflections(stem: string): string[] {
  if (!/^[a-z]+$/.test(stem)) return [stem];
  const forms = [stem, `${stem}s`, `${stem}es`, `${stem}ed`, `${stem}ing`];
  if (stem.endsWith('e')) forms.push(`${stem}d`, `${stem.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(stem)) forms.push(`${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`);
  return forms;
}

/** Every form a typed word stands for, lower-case. */
function wordForms(word: string): string[] {
  return [...new Set(bases(word.toLowerCase()).flatMap(inflections))];
}

/** Whether two words are forms of each other (a typed word and a glossary term's word). */
export function sameWord(a: string, b: string): boolean {
  return wordForms(a).includes(b.toLowerCase()) || wordForms(b).includes(a.toLowerCase());
}

/** A word as a pattern (no boundaries): its forms, longest first, either apostrophe for either. */
function wordSource(word: string): string {
  const forms = wordForms(word).sort((a, b) => b.length - a.length);
  return `(?:${forms.map((form) => escapeRegExp(form).replace(/['’]/g, "['’]")).join('|')})`;
}

/** A phrase (one word or more, side by side) as a pattern of whole words. */
export function phraseSource(words: readonly string[]): string {
  return `${notInWord.before}${words.map(wordSource).join(between)}${notInWord.after}`;
}

/** The words of a phrase as typed or as the glossary writes it: split at spaces, hyphens and dashes (home-based → home, based). */
export function phraseWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\-‐‑–—]+/)
    .filter(Boolean);
}

/**
 * The glossary's English terms of two words or more that the search takes as phrases (`en` and
 * `enForms`, lower-case, words joined by one space): only those made of words with spaces, hyphens
 * or dashes between them, since a phrase matches exactly that (not “precise, intelligent control”).
 */
export function glossaryPhrases(terms: readonly Pick<Term, 'en' | 'enForms'>[]): string[] {
  const phrases = new Set<string>();
  for (const term of terms)
    for (const form of [term.en, ...term.enForms]) if (/^[\p{L}\p{N}'’]+(?:[\s\-‐‑–—]+[\p{L}\p{N}'’]+)+$/u.test(form)) phrases.add(phraseWords(form).join(' '));
  return [...phrases].sort();
}

/**
 * Unquoted words as searched: each run of words that is a glossary phrase (longest first, any
 * inflection: future communities) becomes that phrase; the other words stay alone (a hyphenated
 * word is a phrase of its parts). Phrases are lists of words.
 */
export function findPhrases(words: readonly string[], phrases: readonly string[]): { phrases: string[][]; apart: string[][] } {
  const known = phrases.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
  const units = words.map(phraseWords).filter((unit) => unit.length);
  const found: string[][] = [];
  const apart: string[][] = [];
  for (let start = 0; start < units.length;) {
    let end = start + 1;
    let match: string[] | undefined;
    // The longest run of whole units that spells a glossary phrase of two words or more.
    for (let stop = units.length; stop > start && !match; stop--) {
      const run = units.slice(start, stop).flat();
      if (run.length < 2) break;
      if (known.some((phrase) => phrase.length === run.length && phrase.every((word, place) => sameWord(run[place]!, word)))) {
        match = run;
        end = stop;
      }
    }
    if (match) found.push(match);
    else apart.push(units[start]!);
    start = end;
  }
  return { phrases: found, apart };
}
