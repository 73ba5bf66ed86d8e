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
import { chineseForms, formsPattern, type Term } from './glossary.ts';

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
