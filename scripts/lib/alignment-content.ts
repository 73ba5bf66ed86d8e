/**
 * Alignment beyond ids (npm run check:parity): the ids of a translation can
 * match the Chinese while the English under an id translates another
 * paragraph (two paragraphs swapped, one pasted twice). For each aligned pair
 * (section or paragraph with the same id) this compares what a translation
 * carries over, and flags a pair with the evidence against it:
 *
 * - numbers: every Arabic number of the Chinese appears in the English, 万/亿
 *   converted (15.3亿 = 1.53 billion) and months possibly named
 *   (src/lib/numbers.ts `missingNumbers`, the rule of
 *   tests/content/translations.test.ts); and every number of the English
 *   (figures, number words from two to a hundred, a heading's Roman numeral)
 *   is in the Chinese, as a figure or in Chinese numerals (`foreignNumbers`:
 *   “2.” under the heading 一、 is another heading's);
 * - glossary terms: every term of the Chinese has one of its English forms in
 *   the English, matched as the termbase check matches them
 *   (scripts/lib/term-check.ts), the translation's `termExceptions` excepted;
 * - length: the English is within `lengthFactor` of the length the report's
 *   own ratio predicts (English characters per Chinese character, the median
 *   of the pairs of the same kind, headings and paragraphs apart), or within
 *   `lengthSlack` characters of it (short headings vary most).
 *
 * A pair is flagged on any one of these: every one is a thing a translation
 * of that paragraph would not do, and a single term or number is often all
 * that tells two short headings apart. (A missing term is also a problem for
 * check:terms; here it counts as evidence about the whole pair.)
 *
 * Tuned on the five reports: no pair has a missing or foreign number, and the
 * only missing term is the exception gutang s4-p1 double-reduction, stated in
 * the translation. The English is 0.82–1.30× the predicted length for
 * paragraphs and 0.72–1.38× for headings (at most 46 characters off), inside
 * 1.5× or 100 characters. No pair needs an exception of its own. Swapping the
 * English of two paragraphs of a report flags the swap for all 830 such
 * swaps in the five reports; of the 223 swaps of two headings, 187 are
 * flagged, and the other 36 exchange headings with no number, no glossary
 * term and a like length (jingjiang 高颜值生态美好画卷 and
 * 高品质生活跨越升级; suoqian's ——聚焦… headings; wenyan's four-character
 * pairs), which these measures cannot tell apart. A flagged pair names the
 * other id whose Chinese its English fits, if one does.
 */
import { chineseForms, formsPattern } from '../../src/lib/glossary-forms.ts';
import type { Term } from '../../src/lib/glossary.ts';
import { englishFormPattern } from './term-check.ts';
import { chineseNumbers, chineseNumeralValues, englishNumbers, foreignNumbers, missingNumbers } from '../../src/lib/numbers.ts';

export interface AlignedText {
  id: string;
  kind: string;
  text: string;
}

export interface ContentThresholds {
  /** The English may be this many times longer or shorter than predicted… */
  lengthFactor: number;
  /** …or this many characters off, whichever is more. */
  lengthSlack: number;
}

export const defaultThresholds: ContentThresholds = { lengthFactor: 1.5, lengthSlack: 100 };

/** What speaks against a pair: empty lists and no length when the English fits its Chinese. */
export interface PairEvidence {
  /** Numbers of the Chinese that the English lacks, as written (“15.3亿”). */
  missingNumbers: string[];
  /** Numbers of the English that the Chinese lacks, as written (“2”, “three”). */
  foreignNumbers: string[];
  /** Glossary terms of the Chinese whose English the English lacks, as “未来社区 (future-community)”. */
  missingTerms: string[];
  /** The English's length against the predicted one, when off by more than the thresholds allow. */
  length?: { english: number; expected: number };
}

/** One translation to check: its file (named in every problem), both sides' anchors, its term exceptions. */
export interface ContentReport {
  file: string;
  zh: AlignedText[];
  en: AlignedText[];
  /** The translation's termExceptions (paragraph and term), honoured here as in check:terms. */
  termExceptions?: { paragraph: string; term: string }[];
}

export interface ContentProblem {
  file: string;
  id: string;
  evidence: PairEvidence;
  /** Another id whose Chinese the English fits: no evidence against it, and numbers or terms for it. */
  fits?: string;
  message: string;
}

const evidenceCount = (evidence: PairEvidence) => evidence.missingNumbers.length + evidence.foreignNumbers.length + evidence.missingTerms.length + (evidence.length ? 1 : 0);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const characters = (text: string) => [...text].length;

const matchers = new WeakMap<Term[], ReturnType<typeof makeMatcher>>();

/** The glossary's matching, made once per glossary: the terms of a Chinese text, and whether an English text uses a term's English. */
function termMatcher(terms: Term[]) {
  if (!matchers.has(terms)) matchers.set(terms, makeMatcher(terms));
  return matchers.get(terms)!;
}

function makeMatcher(terms: Term[]) {
  const forms = chineseForms(terms);
  const owner = new Map(forms);
  const pattern = formsPattern(forms);
  const byId = new Map(terms.map((term) => [term.id, term]));
  const english = new Map(terms.map((term) => [term.id, term.enForms.map(englishFormPattern)]));
  return {
    termsOf: (chinese: string) => [...new Set([...chinese.matchAll(pattern)].map((match) => owner.get(match[0])!))],
    uses: (id: string, text: string) => english.get(id)!.some((form) => form.test(text)),
    label: (id: string) => `${byId.get(id)!.zh} (${id})`,
  };
}

/** Checks each aligned pair of a translation's sections and paragraphs; see the module comment. */
export function checkAlignmentContent(report: ContentReport, terms: Term[], thresholds: ContentThresholds = defaultThresholds): ContentProblem[] {
  const matcher = termMatcher(terms);
  const excepted = new Set((report.termExceptions ?? []).map((exception) => `${exception.paragraph} ${exception.term}`));
  const english = new Map(report.en.map((anchor) => [anchor.id, anchor.text]));
  const pairs = report.zh.filter((anchor) => anchor.kind !== 'block' && english.has(anchor.id));

  // English characters per Chinese character, per kind (headings run shorter than paragraphs).
  const ratio = new Map<string, number>();
  for (const kind of new Set(pairs.map((pair) => pair.kind))) {
    const ofKind = pairs.filter((pair) => pair.kind === kind);
    ratio.set(kind, median((ofKind.length >= 3 ? ofKind : pairs).map((pair) => english.get(pair.id)!.length / Math.max(1, characters(pair.text)))));
  }

  const evidenceFor = (chinese: AlignedText, text: string): PairEvidence => {
    const expected = Math.round(ratio.get(chinese.kind)! * characters(chinese.text));
    const off = text.length > expected * thresholds.lengthFactor || text.length < expected / thresholds.lengthFactor;
    return {
      missingNumbers: missingNumbers(chinese.text, text),
      foreignNumbers: foreignNumbers(chinese.text, text),
      missingTerms: matcher
        .termsOf(chinese.text)
        .filter((id) => !excepted.has(`${chinese.id} ${id}`) && !matcher.uses(id, text))
        .map(matcher.label),
      length: off && Math.abs(text.length - expected) > thresholds.lengthSlack ? { english: text.length, expected } : undefined,
    };
  };

  /** What the English and a Chinese text share: numbers and terms (support for the pair). */
  const shared = (chinese: string, text: string) => {
    const values = englishNumbers(text).map((number) => number.value);
    const numbers = chineseNumbers(chinese).filter((number) => number.accepted.some((value) => values.includes(value))).length;
    const numerals = chineseNumeralValues(chinese).filter((value) => value >= 2 && values.includes(value)).length;
    return numbers + numerals + matcher.termsOf(chinese).filter((id) => matcher.uses(id, text)).length;
  };

  const problems: ContentProblem[] = [];
  for (const chinese of pairs) {
    const text = english.get(chinese.id)!;
    const evidence = evidenceFor(chinese, text);
    if (!evidenceCount(evidence)) continue;
    const fits = pairs
      .filter((other) => other.id !== chinese.id && other.kind === chinese.kind && !evidenceCount(evidenceFor(other, text)))
      .map((other) => ({ id: other.id, support: shared(other.text, text) }))
      .filter((candidate) => candidate.support > 0)
      .sort((a, b) => b.support - a.support)[0]?.id;
    problems.push({ file: report.file, id: chinese.id, evidence, fits, message: describe(report.file, chinese.id, evidence, fits) });
  }
  return problems;
}

const list = (items: string[]) => items.map((item) => `“${item}”`).join(', ');

function describe(file: string, id: string, evidence: PairEvidence, fits: string | undefined): string {
  const parts = [
    evidence.missingNumbers.length && `the Chinese has ${list(evidence.missingNumbers)}, the English does not`,
    evidence.foreignNumbers.length && `the English has ${list(evidence.foreignNumbers)}, the Chinese does not`,
    evidence.missingTerms.length && `the English lacks the termbase’s English for ${evidence.missingTerms.join(', ')}`,
    evidence.length && `the English has ${evidence.length.english} characters where the report’s ratio predicts about ${evidence.length.expected}`,
  ].filter(Boolean);
  return `${file}: #${id}: the English does not match its Chinese: ${parts.join('; ')}${fits ? `; it matches the Chinese of #${fits}` : ''}`;
}
