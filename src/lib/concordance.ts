/**
 * Where the glossary terms occur: per paragraph of the normalized text, per
 * town, with a snippet. Computed from the same normalized text the reader
 * sees, so the counts on the glossary page are the counts in the text.
 *
 * Each report's counts are taken once, when it is rendered (termCounts, in the
 * content loader), and kept with its summary; the corpus-wide table is put
 * together from those counts, and only the paragraphs a page quotes are read
 * again (snippet).
 */
import { chineseForms, englishForms, formsPattern, type Term } from './glossary.ts';

/** A report's occurrences: term id → [anchor id, count] for each paragraph using it, in text order. */
export type TermCounts = Record<string, [anchor: string, count: number][]>;

/**
 * Term counts as one short string, "term=anchor*count,anchor*count;term=…", as the content store keeps
 * them: a string per report instead of a hundred small arrays, in every copy of the store.
 */
export function encodeTermCounts(counts: TermCounts): string {
  return Object.entries(counts)
    .map(([id, paragraphs]) => `${id}=${paragraphs.map(([anchor, count]) => `${anchor}*${count}`).join(',')}`)
    .join(';');
}

export function decodeTermCounts(text: string): TermCounts {
  const counts: TermCounts = {};
  for (const entry of text ? text.split(';') : []) {
    const [id, paragraphs] = entry.split('=') as [string, string];
    counts[id] = paragraphs.split(',').map((paragraph) => {
      const [anchor, count] = paragraph.split('*') as [string, string];
      return [anchor, Number(count)];
    });
  }
  return counts;
}

export interface Occurrence {
  slug: string;
  anchor: string;
  count: number;
}

interface TextAnchor {
  id: string;
  kind: string;
  text: string;
}

/** The terms in each paragraph of a report (non-overlapping matches, longest form first, as countTerms). */
export function termCounts(anchors: TextAnchor[], terms: Term[]): TermCounts {
  const forms = chineseForms(terms);
  const owner = new Map(forms);
  const pattern = formsPattern(forms);
  const counts: TermCounts = {};
  for (const anchor of anchors) {
    // Terms are marked in paragraphs, not in headings.
    if (anchor.kind !== 'paragraph') continue;
    const inParagraph = new Map<string, number>();
    for (const match of anchor.text.matchAll(pattern)) {
      const id = owner.get(match[0])!;
      inParagraph.set(id, (inParagraph.get(id) ?? 0) + 1);
    }
    for (const [id, count] of inParagraph) (counts[id] ??= []).push([anchor.id, count]);
  }
  return counts;
}

/** The paragraph around a term's first occurrence, 24 characters either side. */
export function snippet(text: string, termId: string, terms: Term[]): string {
  const term = terms.find((candidate) => candidate.id === termId)!;
  const own = chineseForms(terms).filter(([, owner]) => owner === termId);
  const first = text.search(formsPattern(own));
  const start = Math.max(0, first - 24);
  const end = first + term.zh.length + 24;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Every term's occurrences in the corpus, in the order of the reports: term id → occurrences. */
export function occurrences(reports: { slug: string; terms: string }[], terms: Term[]): Map<string, Occurrence[]> {
  const byTerm = new Map<string, Occurrence[]>(terms.map((term) => [term.id, []]));
  for (const report of reports)
    for (const [id, paragraphs] of Object.entries(decodeTermCounts(report.terms)))
      for (const [anchor, count] of paragraphs) byTerm.get(id)?.push({ slug: report.slug, anchor, count });
  return byTerm;
}

export function townCounts(found: Occurrence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const occurrence of found) counts.set(occurrence.slug, (counts.get(occurrence.slug) ?? 0) + occurrence.count);
  return counts;
}

const computed = new WeakMap<object, Map<string, Occurrence[]>>();

/** occurrences() of every term, computed once per corpus: each glossary page reads the same table. */
export function corpusOccurrences(reports: { slug: string; terms: string }[], terms: Term[]): Map<string, Occurrence[]> {
  let found = computed.get(reports);
  if (!found) computed.set(reports, (found = occurrences(reports, terms)));
  return found;
}

/** The reports that use a term most, at most `limit` of them: a page compares a handful, not thousands. */
export function topReports(found: Occurrence[], limit: number): string[] {
  return [...townCounts(found)]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([slug]) => slug);
}

/** A text cut at a term's occurrences: plain runs and hits, in order; joined, they are the text. */
export type Highlighted = { text: string; hit: boolean }[];

/**
 * What marks one term in a text, found as the concordance counts it (termCounts): the forms of every
 * term, longest first, keeping the matches that are this term's. So 共富 is a hit for 共同富裕, and the
 * 共富 of 共富工坊 is not (it belongs to the longer term). With `english`, the translations' forms
 * (englishForms: whole words, any case), as remark-glossary marks them.
 */
export function termHighlighter(terms: Term[], termId: string, english = false): (text: string) => Highlighted {
  const forms = english ? englishForms(terms) : chineseForms(terms);
  const owner = new Map(forms);
  const pattern = formsPattern(forms, english);
  return (text) => {
    const parts: Highlighted = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      if (owner.get(english ? match[0].toLowerCase() : match[0]) !== termId) continue;
      if (match.index > last) parts.push({ text: text.slice(last, match.index), hit: false });
      parts.push({ text: match[0], hit: true });
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push({ text: text.slice(last), hit: false });
    return parts;
  };
}
