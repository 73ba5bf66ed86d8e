/**
 * node scripts/measure-anchor-similarity.ts [--content DIR] [--trials 20] [--seed 1]
 *
 * The figures behind the similarity rule of scripts/lib/anchor-fingerprint.ts:
 * across the real reports, how similar is a paragraph (or heading) to its own
 * lightly corrected version, and how similar are two different ones of the
 * same report? A light correction substitutes, inserts or deletes 1 to 3
 * characters at random places (seeded), as an :corr mark or an OCR fix does.
 * The "printed vs normalized reading" row compares each printed reading with
 * its normalized one (full-width punctuation, OCR corrections) in the reports
 * printed in simplified characters: a whole paragraph re-punctuated, not a
 * light correction. Prints min / 0.1st and 1st percentile / median / 99th
 * percentile / max of each distribution, by the rule as the check applies it
 * (the sketch estimate, or the edit ratio of short texts) and by the exact
 * measure (Jaccard of the full 3-gram sets, or the edit ratio). Takes ~8 s.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from './lib/corpus.ts';
import { contentDir as configuredContentDir } from '../src/config.ts';
import { anchorText, compare, editRatio, fingerprintText, FULL_TEXT, shingles, SHORT_THRESHOLD, THRESHOLD } from './lib/anchor-fingerprint.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, trials: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' } },
});
const contentDir = values.content ?? configuredContentDir;
const trials = Number(values.trials);

let state = Number(values.seed) >>> 0 || 1;
/** xorshift32: the same seed, the same figures. */
function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
}
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;

function jaccard(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  let both = 0;
  for (const value of x) if (y.has(value)) both++;
  const union = x.size + y.size - both;
  return union ? both / union : 1;
}

/** Substitute, insert or delete `count` characters at random places. */
function correct(text: string, count: number, kind: 'sub' | 'ins' | 'del', alphabet: string[]): string {
  const chars = Array.from(text);
  for (let n = 0; n < count; n++) {
    const at = Math.floor(random() * chars.length);
    if (kind === 'sub') {
      let next = pick(alphabet);
      while (next === chars[at]) next = pick(alphabet);
      chars[at] = next;
    } else if (kind === 'ins') chars.splice(at, 0, pick(alphabet));
    else if (chars.length > 1) chars.splice(at, 1);
  }
  return chars.join('');
}

interface Row {
  label: string;
  rule: number[];
  exact: number[];
}
const rows = new Map<string, Row>();
// The order of the printed table.
for (const count of [1, 2, 3]) rows.set(`paragraph (> ${FULL_TEXT}) vs itself, ${count} character(s) corrected`, { label: '', rule: [], exact: [] });
function add(label: string, rule: number, exact: number) {
  const row = rows.get(label) ?? { label, rule: [], exact: [] };
  row.label = label;
  row.rule.push(rule);
  row.exact.push(exact);
  rows.set(label, row);
}
const measure = (a: string, b: string) => compare(fingerprintText(a), fingerprintText(b));

const corpus = await loadCorpus(contentDir);
let ids = 0;
for (const entry of corpus) {
  const anchors = entry.rendered.anchors.map((anchor) => ({ ...anchor, text: anchorText(anchor) }));
  ids += anchors.length;
  const alphabet = [...new Set(Array.from(anchors.map((anchor) => anchor.text).join('')).filter((char) => /\p{Script=Han}/u.test(char)))];
  const paragraphs = anchors.filter((anchor) => anchor.kind === 'paragraph');
  const long = paragraphs.filter((anchor) => Array.from(anchor.text).length > FULL_TEXT);
  const headings = anchors.filter((anchor) => anchor.kind === 'section');

  for (const anchor of long)
    for (let t = 0; t < trials; t++)
      for (const [kind, count] of [
        ['sub', 1],
        ['sub', 2],
        ['sub', 3],
        ['ins', 1],
        ['ins', 2],
        ['ins', 3],
        ['del', 1],
        ['del', 2],
        ['del', 3],
      ] as const) {
        const changed = correct(anchor.text, count, kind, alphabet);
        const result = measure(anchor.text, changed);
        add(`paragraph (> ${FULL_TEXT}) vs itself, ${count} character(s) corrected`, result.similarity, jaccard(anchor.text, changed));
        add(`paragraph (> ${FULL_TEXT}) vs itself, 1–3 characters corrected (all of the above)`, result.similarity, jaccard(anchor.text, changed));
      }
  for (const anchor of paragraphs.filter((anchor) => Array.from(anchor.text).length <= FULL_TEXT))
    for (let t = 0; t < trials; t++)
      for (const count of [1, 2]) {
        const changed = correct(anchor.text, count, 'sub', alphabet);
        add('short paragraph (≤ 32) vs itself, 1–2 substituted', measure(anchor.text, changed).similarity, editRatio(anchor.text, changed));
      }
  for (const anchor of headings)
    for (let t = 0; t < trials; t++)
      for (const count of [1, 2]) {
        const changed = correct(anchor.text, count, 'sub', alphabet);
        add('heading vs itself, 1–2 substituted', measure(anchor.text, changed).similarity, editRatio(anchor.text, changed));
      }
  if (entry.data.script !== 'Hant')
    for (const anchor of long)
      if (anchor.printed && anchor.printed !== anchor.text) {
        const printed = anchor.printed.replace(/\s+/g, ' ').trim();
        add('paragraph: printed vs normalized reading', measure(printed, anchor.text).similarity, jaccard(printed, anchor.text));
      }

  for (let i = 0; i < long.length; i++)
    for (let j = i + 1; j < long.length; j++) add('two different paragraphs, same report', measure(long[i]!.text, long[j]!.text).similarity, jaccard(long[i]!.text, long[j]!.text));
  // After an insertion, deletion or join, an id names its neighbour's text.
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const [a, b] = [paragraphs[i]!.text, paragraphs[i + 1]!.text];
    add('neighbouring paragraphs (what a shift puts under an id)', measure(a, b).similarity, jaccard(a, b));
  }
  for (let i = 0; i < headings.length; i++)
    for (let j = i + 1; j < headings.length; j++) {
      const [a, b] = [headings[i]!.text, headings[j]!.text];
      add('two different headings, same report', measure(a, b).similarity, editRatio(a, b));
    }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
}
const format = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return [0, 0.001, 0.01, 0.5, 0.99, 1].map((q) => quantile(sorted, q).toFixed(2)).join(' / ');
};
console.log(`${corpus.length} reports, ${ids} ids; thresholds: Jaccard ${THRESHOLD}, short-text edit ratio ${SHORT_THRESHOLD}`);
console.log('distribution (n): min / 0.1% / 1% / median / 99% / max — by the rule (sketch or ratio) | exact');
for (const row of rows.values()) console.log(`${row.label} (${row.rule.length}):\n  ${format(row.rule)} | ${format(row.exact)}`);
