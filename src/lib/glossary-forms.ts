/**
 * The forms under which glossary terms occur in text, and one pattern that
 * finds them all. Pure: no file and no configuration, so remark-glossary can
 * use it without loading the glossary's file or src/config.ts.
 */
import type { Term } from './glossary.ts';

/** Every Chinese form (simplified, variants, Traditional) → term id; longest forms first. */
export function chineseForms(terms: Term[]): [string, string][] {
  const forms = new Map<string, string>();
  for (const term of terms) for (const form of [term.zh, ...term.variants, term.traditional]) if (!forms.has(form)) forms.set(form, term.id);
  return [...forms].sort((a, b) => b[0].length - a[0].length);
}

export function englishForms(terms: Term[]): [string, string][] {
  const forms = new Map<string, string>();
  for (const term of terms) for (const form of term.enForms) if (!forms.has(form.toLowerCase())) forms.set(form.toLowerCase(), term.id);
  return [...forms].sort((a, b) => b[0].length - a[0].length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regular expression for all forms, longest first so 未来社区 wins over 社区. */
export function formsPattern(forms: [string, string][], english = false): RegExp {
  const alternatives = forms.map(([form]) => escapeRegExp(form));
  return english ? new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi') : new RegExp(alternatives.join('|'), 'g');
}

/** Occurrences of each term in a text (non-overlapping, longest first): id → count. */
export function countTerms(text: string, terms: Term[]): Map<string, number> {
  const forms = chineseForms(terms);
  const lookup = new Map(forms);
  const counts = new Map<string, number>();
  for (const match of text.matchAll(formsPattern(forms))) {
    const id = lookup.get(match[0])!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
