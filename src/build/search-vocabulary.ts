/**
 * The vocabulary of the search page's “Did you mean” (src/lib/search-suggest.ts,
 * served as search/vocabulary.json): what the index holds, with counts. The
 * translations' English words (letters only, three or more, seen at least
 * twice, the most frequent up to a cap, so that the file stays bounded however
 * many reports there are), the glossary's English terms (counted where their
 * forms occur in the English) and the glossary terms' readings without tones
 * ("gongtong fuyu"; place names are among the English words, as the
 * translations spell them).
 */
import { englishForms, formsPattern } from '../lib/glossary-forms.ts';
import type { Term } from '../lib/glossary.ts';
import { tonelessReading, type PinyinTableFile } from '../lib/search-pinyin.ts';
import type { VocabularyFile } from '../lib/search-suggest.ts';

/** A word enters the vocabulary if the translations use it this often, and the most frequent `cap` words at most. */
export const vocabularyLimits = { minCount: 2, minLength: 3, cap: 10_000 };

/** Counts the English words of texts as they come (a report at a time), and the glossary terms' forms among them. */
export function vocabularyCounter(terms: Term[]) {
  const words = new Map<string, number>();
  const forms = englishForms(terms);
  const termOf = new Map(forms);
  const pattern = forms.length ? formsPattern(forms, true) : undefined;
  const termCounts = new Map<string, number>(terms.map((term) => [term.id, 0]));
  return {
    add(text: string) {
      for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) if (word.length >= vocabularyLimits.minLength) words.set(word, (words.get(word) ?? 0) + 1);
      if (!pattern) return;
      for (const match of text.matchAll(pattern)) {
        const id = termOf.get(match[0].toLowerCase());
        if (id) termCounts.set(id, (termCounts.get(id) ?? 0) + 1);
      }
    },
    /** The vocabulary: entries by count, most frequent first (ties alphabetical), each once. */
    /** The file, with the readings of `pinyin` (the glossary's table). */
    file(pinyin: PinyinTableFile, limits = vocabularyLimits): VocabularyFile {
      const kept = [...words].filter(([, count]) => count >= limits.minCount);
      const entries = new Map<string, number>(kept.sort(byCount).slice(0, limits.cap));
      for (const term of terms) entries.set(term.en.toLowerCase(), Math.max(entries.get(term.en.toLowerCase()) ?? 0, termCounts.get(term.id) ?? 0));
      for (const [, reading] of pinyin.terms) {
        const toneless = tonelessReading(reading);
        if (toneless && !entries.has(toneless)) entries.set(toneless, 0);
      }
      return { format: 1, entries: [...entries].sort(byCount) };
    },
  };
}

function byCount([a, x]: [string, number], [b, y]: [string, number]): number {
  return y - x || (a < b ? -1 : a > b ? 1 : 0);
}
