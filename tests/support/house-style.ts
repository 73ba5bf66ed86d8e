/**
 * The mechanical rules of the translators' style sheet (content/pages/<lang>/style.md):
 * the voice of the English text and its quotation marks.
 *
 * Voice: the translation speaks of the town or subdistrict in the third person. Quoted
 * speech and quoted names (slogans, campaign titles) keep the source's own words, so
 * anything inside “…” is exempt. The translator's notes are the editors' voice: they may
 * say “we” for the editors (a collective), never “I”.
 */

/** Everything outside “…” (quoted speech and quoted names), each quotation replaced by a space. */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”/g, ' ');
}

/**
 * First-person words. “I” counts only before a lower-case word or an apostrophe (“I will”,
 * “I’m”), so the Roman numeral of a heading (“I. …”) does not; “US” (the United States)
 * is upper case and does not match “us”; “mine” is left out (a coal mine).
 */
const plural = /\b(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b/g;
const singular = /\b(?:I(?=\s+[a-z]|[’'])|[Mm]e|[Mm]y|[Mm]yself)\b/g;

/** The first-person words of a text outside quotations, in order. */
export function firstPerson(text: string, { editorsWe = false }: { editorsWe?: boolean } = {}): string[] {
  const rest = outsideQuotes(text);
  const found = [...rest.matchAll(singular)].map((match) => ({ index: match.index, word: match[0] }));
  if (!editorsWe) found.push(...[...rest.matchAll(plural)].map((match) => ({ index: match.index, word: match[0] })));
  return found.sort((a, b) => a.index - b.index).map((match) => match.word);
}

/** Straight quotation marks and apostrophes (" and '), each with a little context. */
export function straightQuotes(text: string): string[] {
  return [...text.matchAll(/["']/g)].map((match) => text.slice(Math.max(0, match.index - 20), match.index + 21));
}
