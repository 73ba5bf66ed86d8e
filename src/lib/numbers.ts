/**
 * The numbers of the texts, shared by the translations' numbers check
 * (tests/content/translations.test.ts) and the figures (src/lib/figures.ts).
 *
 * Numbers carry over: every Arabic number in a Chinese paragraph must appear
 * in its English paragraph. Allowed conversions: 万/亿 amounts into
 * thousand/million/billion (15.3亿 = 1.53 billion), months into their names
 * (2月 = February).
 */
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const scales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

export interface ChineseNumber {
  /** As written, e.g. "15.3亿", "2月", "16.6". */
  text: string;
  /** The values an English rendering may show. */
  accepted: number[];
  /** A month number: the English may name the month instead. */
  month?: number;
}

export function chineseNumbers(text: string): ChineseNumber[] {
  const found: ChineseNumber[] = [];
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)(余|多)?(万|亿|月)?/g)) {
    const literal = Number(match[1]);
    // The first month of a range (1-6月, January to June) is a month too.
    const unit = match[3] ?? (/^[-–~至到]\d+月/.test(text.slice(match.index + match[0].length)) ? '月' : undefined);
    const accepted = [literal];
    if (unit === '万') accepted.push(literal * 1e4);
    if (unit === '亿') accepted.push(literal * 1e8);
    found.push({ text: match[0], accepted, month: unit === '月' && literal >= 1 && literal <= 12 ? literal : undefined });
  }
  return found;
}

/** A number in English text: as written ("1.53 billion"), where, and its value at its scale. */
export interface EnglishNumber {
  text: string;
  index: number;
  value: number;
}

/** The numbers of English text: digits (with thousands commas), scaled by a following thousand/million/billion. */
export function englishNumbers(text: string): EnglishNumber[] {
  return [...text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion))?/gi)].map((match) => {
    const value = Number(match[1]!.replace(/,/g, ''));
    // "1.3 million" is 1,300,000, not 1.3: a scaled figure counts only at its scale.
    return { text: match[0], index: match.index, value: match[2] ? value * scales[match[2].toLowerCase()]! : value };
  });
}

/** Values in English text (englishNumbers) and the months it names. */
export function englishValues(text: string): { values: number[]; months: number[] } {
  const values = englishNumbers(text).map((number) => number.value);
  const lower = text.toLowerCase();
  const named = months.map((name, index) => (new RegExp(`\\b${name}\\b`).test(lower) ? index + 1 : 0)).filter(Boolean);
  return { values, months: named };
}

/** Equal up to rounding. */
export const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

/** The Chinese numbers that the English paragraph does not carry over. */
export function missingNumbers(chinese: string, english: string): string[] {
  const { values, months: named } = englishValues(english);
  return chineseNumbers(chinese)
    .filter((number) => !number.accepted.some((value) => values.some((candidate) => close(candidate, value))))
    .filter((number) => !(number.month && named.includes(number.month)))
    .map((number) => number.text);
}
