/**
 * What an anchor id names, recorded so that a check can tell whether the id
 * still names the same text (content/anchors.json, scripts/check-anchors.ts).
 *
 * A fingerprint is one short line of JSON per id:
 *   sha   the first 12 hex digits of the SHA-256 of the text (equal: same text);
 *   len   its length in characters;
 *   text  the text itself if it has at most FULL_TEXT characters (headings,
 *         short paragraphs), else its first PREFIX characters and "…";
 *   sig   (longer texts only) a bottom-k sketch of the text's character
 *         3-grams: the SKETCH smallest of their 32-bit hashes, 8 hex digits
 *         each, ascending. It estimates the Jaccard similarity of two texts'
 *         3-gram sets without storing the text (Broder 1997); for a whole
 *         text it is computed from `text`, and a text of at most SKETCH + 2
 *         characters has no more 3-grams than that, so its sketch is exact.
 *
 * The text an id names is the normalized Chinese reading (anchor.text); a
 * removed block (kind 'block', s2-x1) has no normalized reading, so its
 * printed reading stands for it. Whitespace is collapsed first.
 *
 * The rule (sameText): two texts are the same passage when
 *   - both are short (at most FULL_TEXT characters, stored whole): the
 *     edit-distance ratio 1 − levenshtein / longer length is at least
 *     SHORT_THRESHOLD (0.75). A 32-character heading keeps it with up to 8
 *     characters changed, a 9-character one with 2, a 4-character one with 1;
 *   - otherwise: the estimated Jaccard similarity of their 3-gram sets is at
 *     least THRESHOLD (0.5).
 *
 * Why these numbers: measured across the five reports (162 ids) by
 * scripts/measure-anchor-similarity.ts (seed 1, 20 trials per text and edit;
 * figures are min / 1st percentile / median / max, by the rule as checked):
 *   a paragraph (> 32 characters) against itself with 1 character
 *   substituted, inserted or deleted at random: 0.81 / 0.88 / 0.97 / 1.00;
 *   with 2: 0.66 / 0.75 / 0.94 / 1.00; with 3: 0.56 / 0.69 / 0.94 / 1.00
 *   (the lowest are wenyan #s2-p1, 38 characters, 3 changes: 8 % of it);
 *   two different paragraphs of the same report (788 pairs):
 *   0.00 / 0.00 / 0.00 / 0.19 (99th percentile 0.06); neighbouring paragraphs,
 *   what an insertion, deletion or join puts under an id: at most 0.06.
 *   A heading or short paragraph against itself with 1–2 characters
 *   substituted: 0.78–0.97 (edit ratio; 0.78 is 2 in 9 characters); two
 *   different headings of a report: at most 0.53 (suoqian's parallel
 *   "——聚焦…，…力…" headings), 99th percentile 0.50.
 * So 0.5 leaves a margin of 0.06 above the worst 3-character correction
 * (0.19 above the 1st percentile) and 0.31 above the most similar pair of
 * different paragraphs; 0.75 leaves 0.03 and 0.22 for headings. Not a light
 * correction: re-punctuating a whole paragraph (printed against normalized
 * reading: every comma and quotation mark differs) scores 0.22–0.84, median
 * 0.72, and may need a reviewed --accept. The threshold of 0.8 often used for
 * near-duplicates would reject 1 % of 2-character corrections and 6 % of
 * 3-character ones in short paragraphs even if measured exactly.
 * The sketch's error: its standard deviation is about sqrt(J(1−J)/32),
 * 0.06 at J = 0.85; the exact Jaccard figures are 0.85 / 0.71 / 0.60 for the
 * minima above.
 */
import { createHash } from 'node:crypto';

export interface Fingerprint {
  sha: string;
  len: number;
  text: string;
  /** Absent when `text` is whole: the sketch is then computed from it. */
  sig?: string;
}

/** Estimated Jaccard similarity of 3-gram sets at or above which a long text is the same passage. */
export const THRESHOLD = 0.5;
/** Edit-distance ratio at or above which two short texts (both stored whole) are the same passage. */
export const SHORT_THRESHOLD = 0.75;
/** Texts up to this many characters are stored whole in `text`. */
export const FULL_TEXT = 32;
/** Longer texts keep this many characters in `text`, then "…". */
export const PREFIX = 24;
/** Hashes in the bottom-k sketch. */
export const SKETCH = 32;
const SHINGLE = 3;

/** The text an anchor names: its normalized reading, or for a removed block its printed one. */
export function anchorText(anchor: { kind: string; text: string; printed?: string }): string {
  const text = anchor.kind === 'block' && !anchor.text ? (anchor.printed ?? '') : anchor.text;
  return text.replace(/\s+/g, ' ').trim();
}

/** FNV-1a over the UTF-16 units, then MurmurHash3's finalizer so that every bit is mixed. */
function hash32(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The character n-grams of a text (by code point); a text shorter than n is its own single shingle. */
export function shingles(text: string, n = SHINGLE): Set<string> {
  const chars = Array.from(text);
  const out = new Set<string>();
  if (chars.length === 0) return out;
  if (chars.length <= n) out.add(text);
  else for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return out;
}

/** The SKETCH smallest distinct shingle hashes, ascending. */
export function sketch(text: string, k = SKETCH): number[] {
  const hashes = [...new Set([...shingles(text)].map(hash32))].sort((a, b) => a - b);
  return hashes.slice(0, k);
}

export function encodeSketch(values: number[]): string {
  return values.map((value) => value.toString(16).padStart(8, '0')).join('');
}

export function decodeSketch(sig: string): number[] {
  const values: number[] = [];
  for (let i = 0; i + 8 <= sig.length; i += 8) values.push(parseInt(sig.slice(i, i + 8), 16));
  return values;
}

export function fingerprintText(text: string): Fingerprint {
  const chars = Array.from(text);
  const sha = createHash('sha256').update(text).digest('hex').slice(0, 12);
  if (chars.length <= FULL_TEXT) return { sha, len: chars.length, text };
  return { sha, len: chars.length, text: `${chars.slice(0, PREFIX).join('')}…`, sig: encodeSketch(sketch(text)) };
}

/** The sketch of a fingerprint: stored, or computed from a whole text. */
export function sketchOf(print: Fingerprint): number[] {
  return print.sig === undefined ? sketch(print.text) : decodeSketch(print.sig);
}

export function fingerprint(anchor: { kind: string; text: string; printed?: string }): Fingerprint {
  return fingerprintText(anchorText(anchor));
}

/** Whether `text` holds the whole text (not a prefix). */
export function isWhole(print: Fingerprint): boolean {
  return print.len <= FULL_TEXT;
}

/**
 * Estimated Jaccard similarity from two bottom-k sketches: of the k smallest
 * hashes of their union, the share present in both. Exact when both sets fit
 * in their sketches.
 */
export function sketchSimilarity(a: number[], b: number[], k = SKETCH): number {
  if (!a.length && !b.length) return 1;
  const inA = new Set(a);
  const inB = new Set(b);
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, k);
  // A hash beyond the end of a full sketch is unknown there: only the union's
  // k smallest are compared, and each of those is known to both sketches.
  let both = 0;
  for (const value of union) if (inA.has(value) && inB.has(value)) both++;
  return both / union.length;
}

export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length]!;
}

/** 1 − edit distance / the longer length: 1 for equal texts, 0 for nothing in common. */
export function editRatio(a: string, b: string): number {
  const longer = Math.max(Array.from(a).length, Array.from(b).length);
  return longer ? 1 - levenshtein(a, b) / longer : 1;
}

export interface Comparison {
  same: boolean;
  similarity: number;
  /** Which measure decided: identical hashes, the edit ratio of two short texts, or the sketch. */
  measure: 'identical' | 'edit-ratio' | 'jaccard';
  threshold: number;
}

export function compare(recorded: Fingerprint, current: Fingerprint): Comparison {
  if (recorded.sha === current.sha && recorded.len === current.len) return { same: true, similarity: 1, measure: 'identical', threshold: THRESHOLD };
  if (isWhole(recorded) && isWhole(current)) {
    const similarity = editRatio(recorded.text, current.text);
    return { same: similarity >= SHORT_THRESHOLD, similarity, measure: 'edit-ratio', threshold: SHORT_THRESHOLD };
  }
  const similarity = sketchSimilarity(sketchOf(recorded), sketchOf(current));
  return { same: similarity >= THRESHOLD, similarity, measure: 'jaccard', threshold: THRESHOLD };
}

export function sameText(recorded: Fingerprint, current: Fingerprint): boolean {
  return compare(recorded, current).same;
}

/** Is this a well-formed fingerprint (as read from anchors.json)? */
export function isFingerprint(value: unknown): value is Fingerprint {
  if (!value || typeof value !== 'object') return false;
  const print = value as Record<string, unknown>;
  return (
    typeof print.sha === 'string' &&
    /^[0-9a-f]{12}$/.test(print.sha) &&
    typeof print.len === 'number' &&
    typeof print.text === 'string' &&
    (print.len <= FULL_TEXT ? print.sig === undefined : typeof print.sig === 'string' && /^([0-9a-f]{8})+$/.test(print.sig))
  );
}
