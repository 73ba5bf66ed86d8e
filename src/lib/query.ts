/**
 * Search queries as readers type them: any script, any width, any length,
 * any characters. Pure functions, shared by the search page and the tests.
 */
export const maxQueryLength = 100;

export interface ParsedQuery {
  /** The query as searched (trimmed, half-width Latin, without invisible format characters, at most maxQueryLength). */
  text: string;
  truncated: boolean;
  /**
   * What the Chinese text must contain, each whole: runs of Han characters, and tokens that mix Han
   * characters with Latin letters or digits (15.3亿元, EPC总承包), which are one term each.
   */
  han: string[];
  /** Latin words and numbers outside those tokens, for the English index (and codes in the Chinese text). */
  latin: string[];
  /** The Latin words of each quoted stretch ("future community", “…”, 「…」), in order: phrases. */
  quoted: string[][];
  /** The Latin words outside quotation marks, in order. */
  unquoted: string[];
}

/** Full-width Latin letters and digits (Ａ, ９) become ASCII; other characters stay. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => {
    const ascii = String.fromCharCode(char.charCodeAt(0) - 0xfee0);
    return /[0-9A-Za-z]/.test(ascii) ? ascii : char;
  });
}

/** Quotation marks that open or close a phrase (an apostrophe never does: People’s). */
const quotationMarks = /["“”„«»「」『』]/;
/** What separates tokens: spaces, and punctuation or symbols other than those inside words and numbers (15.3, PM2.5, home-based, People’s). */
const tokenSeparators = /(?:(?![.'’-])[\s\p{P}\p{S}])+/u;
const latinWord = /[0-9A-Za-z][0-9A-Za-z.'’-]*/g;

export function parseQuery(raw: string): ParsedQuery {
  const cleaned = halfWidth(raw.normalize('NFC'))
    // Invisible format characters (direction overrides and isolates, zero-width characters) are never part of a term.
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const truncated = cleaned.length > maxQueryLength;
  const text = truncated ? cleaned.slice(0, maxQueryLength) : cleaned;
  const han: string[] = [];
  const quoted: string[][] = [];
  const unquoted: string[] = [];
  // Between quotation marks at odd places (a quote left open runs to the end).
  text.split(quotationMarks).forEach((stretch, place) => {
    const words: string[] = [];
    for (const token of stretch.split(tokenSeparators)) {
      const term = token.replace(/^[.'’-]+|[.'’-]+$/g, '');
      if (/\p{Script=Han}/u.test(term) && /[0-9A-Za-z]/.test(term)) han.push(term);
      else {
        han.push(...(term.match(/\p{Script=Han}+/gu) ?? []));
        words.push(...(term.match(latinWord) ?? []).map((word) => word.replace(/[.'’-]+$/, '')).filter(Boolean));
      }
    }
    if (place % 2 && words.length > 1) quoted.push(words);
    else unquoted.push(...words);
  });
  const latin = [...new Set([...quoted.flat(), ...unquoted])];
  return { text, truncated, han: [...new Set(han)], latin, quoted, unquoted: [...new Set(unquoted)] };
}

/** Marks that end a clause or a sentence in Chinese: an excerpt starts after one and ends with one where it can. */
const clauseEnds = /[，。；！？]/g;
/** A letter or digit of a Latin word: an excerpt does not start or end inside one. */
const latinLetter = /[0-9A-Za-z'’-]/;

/**
 * An excerpt around the first match, as text with the matches cut out: the
 * pieces alternate, text at even places and a match at odd ones (the page
 * puts those in <mark>). The page makes text nodes of them, so nothing of
 * the query or the content becomes markup. `matcher` (a global pattern)
 * finds what to mark (search-plan.ts highlighter). The excerpt starts and
 * ends at a word's edge, and in Chinese at a clause's where one is near.
 */
export function excerpt(content: string, matcher: RegExp | undefined, radius = 60): string[] {
  const first = matcher ? new RegExp(matcher.source, matcher.flags.replace('g', '')).exec(content) : null;
  const from = first?.index ?? 0;
  const to = first ? from + first[0].length : 0;
  let start = Math.max(0, from - radius);
  let end = Math.min(content.length, Math.max(to, from + radius * 2));
  // Chinese: from the start of the match's clause, to the end of the clause that ends nearest the cut.
  const before = [...content.slice(start, from).matchAll(clauseEnds)].at(-1);
  if (start > 0 && before) start += before.index + 1;
  if (end < content.length) {
    const near = Math.max(to, end - radius / 2);
    const after = [...content.slice(near, end + radius / 2).matchAll(clauseEnds)].sort((a, b) => Math.abs(near + a.index - end) - Math.abs(near + b.index - end))[0];
    if (after) end = near + after.index + 1;
  }
  // English (and Latin words in Chinese): whole words only, and no punctuation left over from the cut.
  while (start > 0 && start < from && latinLetter.test(content[start - 1]!) && latinLetter.test(content[start]!)) start++;
  while (start > 0 && start < from && /[\s,.;:!?”’)\]-]/.test(content[start]!)) start++;
  while (end < content.length && end > to && latinLetter.test(content[end - 1]!) && latinLetter.test(content[end]!)) end--;
  const slice = content.slice(start, end).trim();
  // The ellipses match nothing a query marks (neither Han nor a letter), so they can go in before the matching.
  const text = `${start > 0 ? '…' : ''}${slice}${end < content.length ? '…' : ''}`;
  if (!matcher) return [text];
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher)) {
    if (!match[0]) continue;
    pieces.push(text.slice(last, match.index), match[0]);
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  return pieces;
}

/** Latin words that name codes (EPC, PM2.5, 5G), which the Chinese text also uses; plain English words do not. */
export function latinCodes(latin: string[]): string[] {
  return latin.filter((word) => /\d/.test(word) || /^[A-Z]{2,}$/.test(word));
}
