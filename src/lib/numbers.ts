/**
 * Numbers carry over: every Arabic number in a Chinese paragraph must appear
 * in its English paragraph. Allowed conversions: 万/亿 amounts into
 * thousand/million/billion (15.3亿 = 1.53 billion), months into their names
 * (2月 = February). And the other way (`foreignNumbers`): the numbers the
 * English states must be in the Chinese, as figures or in Chinese numerals
 * (三 = three, （二） = II.). Used by tests/content/translations.test.ts, by
 * check:parity's content check (scripts/lib/alignment-content.ts) and by the
 * figures (src/lib/figures.ts), which find a figure's English with
 * `englishNumbers`.
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

/** Values in English text: digits (with thousands commas), scaled by a following thousand/million/billion. */
export function englishValues(text: string): { values: number[]; months: number[] } {
  const values: number[] = [];
  for (const match of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion))?/gi)) {
    const value = Number(match[1]!.replace(/,/g, ''));
    // "1.3 million" is 1,300,000, not 1.3: a scaled figure counts only at its scale.
    values.push(match[2] ? value * scales[match[2].toLowerCase()]! : value);
  }
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

const numeralDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const numeralUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const numeralRun = /[零〇一二两双三四五六七八九十百千万亿]+/g;

/** Below 万: 二十 = 20, 十四 = 14, 一百零五 = 105; NaN if the characters are no number. */
function smallNumeral(run: string): number {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const char of run) {
    const unit = numeralUnits[char];
    if (unit === undefined) {
      // 零 only marks a skipped place (一百零五); two digits in a row are no number here.
      if (digit !== undefined && digit !== 0) return NaN;
      digit = numeralDigits[char]!;
      continue;
    }
    if (unit >= lastUnit) return NaN;
    // A unit with no digit before it counts once when it comes first (十四 = 14, 百强 = top 100, 千万 = ten million).
    total += (digit || (total === 0 ? 1 : NaN)) * unit;
    lastUnit = unit;
    digit = undefined;
  }
  return total + (digit ?? 0);
}

/** A run of Chinese numerals as a number: 二十 = 20, 一百零五 = 105, 三亿五千万 = 350,000,000, 二〇二二 = 2022 (digit by digit); NaN if it is not one. */
export function chineseNumeral(run: string): number {
  if (/^[零〇一二三四五六七八九]{2,}$/.test(run)) return Number([...run].map((digit) => numeralDigits[digit]).join(''));
  const [high, rest = ''] = run.includes('亿') ? (run.split('亿') as [string, string]) : ['', run];
  const [middle, low = ''] = rest.includes('万') ? (rest.split('万') as [string, string]) : ['', rest];
  if (run.split('亿').length > 2 || rest.split('万').length > 2) return NaN;
  const part = (text: string, scale: number, present: boolean) => (present ? (text ? smallNumeral(text) : NaN) * scale : 0);
  const value = part(high, 1e8, run.includes('亿')) + part(middle, 1e4, rest.includes('万')) + (low ? smallNumeral(low) : 0);
  return value === 0 && !/^[零〇]$/.test(run) ? NaN : value;
}

/** Every value the Chinese numerals of a text can stand for: each run and each part of it (十四五 gives 14, 5, 10, 4 …). */
export function chineseNumeralValues(text: string): number[] {
  const values = new Set<number>();
  for (const [run] of text.matchAll(numeralRun))
    for (let start = 0; start < run.length; start++)
      for (let end = start + 1; end <= run.length; end++) {
        const value = chineseNumeral(run.slice(start, end));
        if (Number.isFinite(value)) values.add(value);
      }
  return [...values];
}

// “one” is left out: as a pronoun (“one of”, “no one”) it is no number.
const numberWords: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const romanValues: Record<string, number> = { I: 1, V: 5, X: 10 };

/** A heading's Roman numeral (“IV. …”) as a number. */
function roman(numeral: string): number {
  let total = 0;
  [...numeral].forEach((char, index) => {
    const value = romanValues[char]!;
    total += value < (romanValues[numeral[index + 1] ?? ''] ?? 0) ? -value : value;
  });
  return total;
}

export interface EnglishNumber {
  /** As written: “1.53 billion”, “eight”, “IV”. */
  text: string;
  /** Where it stands in the text. */
  index: number;
  value: number;
  /** Digits (“1.53 billion”), a number word (“eight”) or a heading's Roman numeral (“IV”). */
  kind: 'figure' | 'word' | 'roman';
}

/** The numbers an English text states: figures (scaled by thousand/million/billion) in text order, then number words up to a hundred, then a heading's Roman numeral. */
export function englishNumbers(text: string): EnglishNumber[] {
  const found: EnglishNumber[] = [];
  // A figure joined to a word by a hyphen is part of a name (COVID-19), not a figure.
  for (const match of text.matchAll(/(?<!\p{L}-|\d)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion))?/giu)) {
    const value = Number(match[1]!.replace(/,/g, ''));
    found.push({ text: match[0], index: match.index, value: match[2] ? value * scales[match[2].toLowerCase()]! : value, kind: 'figure' });
  }
  // A number word joined to the next by a hyphen is part of a compound (three-dimensional, two-tier), not a count.
  for (const match of text.matchAll(new RegExp(`\\b(${Object.keys(numberWords).join('|')})\\b(?!-)`, 'gi')))
    found.push({ text: match[0], index: match.index, value: numberWords[match[1]!.toLowerCase()]!, kind: 'word' });
  const heading = /^([IVX]+)\.\s/.exec(text);
  if (heading) found.push({ text: heading[1]!, index: 0, value: roman(heading[1]!), kind: 'roman' });
  return found;
}

/**
 * The numbers of an English text that its Chinese does not hold, as Arabic figures (with 万/亿 converted)
 * or as Chinese numerals: evidence that the English says something else.
 */
export function foreignNumbers(chinese: string, english: string): string[] {
  const known = [...chineseNumbers(chinese).flatMap((number) => number.accepted), ...chineseNumeralValues(chinese)];
  return englishNumbers(english)
    .filter((number) => !known.some((value) => close(value, number.value)))
    .map((number) => number.text);
}
