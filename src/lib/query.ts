/**
 * Search queries as readers type them: any script, any width, any length,
 * any characters. Pure functions, shared by the search page and the tests.
 */
export const maxQueryLength = 100;

export interface ParsedQuery {
  /** The query as searched (trimmed, half-width Latin, without invisible format characters, at most maxQueryLength). */
  text: string;
  truncated: boolean;
  /** Runs of Han characters: each must occur, as a whole, in a result. */
  han: string[];
  /** Latin words and numbers, for the English index. */
  latin: string[];
}

/** Full-width Latin letters and digits (Ａ, ９) become ASCII; other characters stay. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => {
    const ascii = String.fromCharCode(char.charCodeAt(0) - 0xfee0);
    return /[0-9A-Za-z]/.test(ascii) ? ascii : char;
  });
}

export function parseQuery(raw: string): ParsedQuery {
  const cleaned = halfWidth(raw.normalize('NFC'))
    // Invisible format characters (direction overrides and isolates, zero-width characters) are never part of a term.
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const truncated = cleaned.length > maxQueryLength;
  const text = truncated ? cleaned.slice(0, maxQueryLength) : cleaned;
  const han = [...new Set(text.match(/\p{Script=Han}+/gu) ?? [])];
  const latin = [...new Set((text.match(/[0-9A-Za-z][0-9A-Za-z.'’-]*/g) ?? []).map((word) => word.replace(/[.'’-]+$/, '')))].filter(Boolean);
  return { text, truncated, han, latin };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A crude English stem, only to decide what to highlight (village, villages, villagers). */
function stem(word: string): string {
  return word.toLowerCase().replace(/(ies|es|s|ing|ed|ers|er)$/, '');
}

/**
 * An excerpt around the first match, as text with the matches cut out: the
 * pieces alternate, text at even places and a match at odd ones (the page
 * puts those in <mark>). The page makes text nodes of them, so nothing of
 * the query or the content becomes markup.
 */
export function excerpt(content: string, query: ParsedQuery, radius = 60): string[] {
  const patterns = [...query.han.map(escapeRegExp), ...query.latin.filter((word) => word.length > 1).map((word) => `\\b${escapeRegExp(stem(word))}[a-z]*`)];
  if (!patterns.length) return [content.slice(0, radius * 2)];
  const matcher = new RegExp(patterns.join('|'), 'giu');
  const first = matcher.exec(content);
  const start = first ? Math.max(0, first.index - radius) : 0;
  const end = Math.min(content.length, (first ? first.index : 0) + radius * 2);
  // The ellipses match no pattern (neither Han nor a letter), so they can go in before the matching.
  const slice = `${start > 0 ? '…' : ''}${content.slice(start, end)}${end < content.length ? '…' : ''}`;
  const pieces: string[] = [];
  let last = 0;
  for (const match of slice.matchAll(new RegExp(patterns.join('|'), 'giu'))) {
    pieces.push(slice.slice(last, match.index), match[0]);
    last = match.index + match[0].length;
  }
  pieces.push(slice.slice(last));
  return pieces;
}

/** Latin words that name codes (EPC, PM2.5, 5G), which the Chinese text also uses; plain English words do not. */
export function latinCodes(latin: string[]): string[] {
  return latin.filter((word) => /\d/.test(word) || /^[A-Z]{2,}$/.test(word));
}
