/**
 * Where the glossary terms occur: per paragraph of the normalized text, per
 * town, with a snippet. Computed from the same normalized text the reader
 * sees, so the counts on the glossary page are the counts in the text.
 */
import { countTerms, chineseForms, formsPattern, type Term } from './glossary.ts';

export interface Occurrence {
  slug: string;
  anchor: string;
  count: number;
  snippet: string;
}

interface AnchoredReport {
  slug: string;
  anchors: { id: string; kind: string; text: string }[];
}

export function occurrences(reports: AnchoredReport[], terms: Term[]): Map<string, Occurrence[]> {
  const byTerm = new Map<string, Occurrence[]>(terms.map((term) => [term.id, []]));
  const forms = chineseForms(terms);
  for (const report of reports)
    for (const anchor of report.anchors) {
      // Terms are marked in paragraphs, not in headings.
      if (anchor.kind !== 'paragraph') continue;
      for (const [id, count] of countTerms(anchor.text, terms)) {
        const term = terms.find((candidate) => candidate.id === id)!;
        const own = forms.filter(([, owner]) => owner === id);
        const first = anchor.text.search(formsPattern(own));
        const start = Math.max(0, first - 24);
        const snippet = `${start > 0 ? '…' : ''}${anchor.text.slice(start, first + term.zh.length + 24)}${first + term.zh.length + 24 < anchor.text.length ? '…' : ''}`;
        byTerm.get(id)!.push({ slug: report.slug, anchor: anchor.id, count, snippet });
      }
    }
  return byTerm;
}

export function townCounts(found: Occurrence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const occurrence of found) counts.set(occurrence.slug, (counts.get(occurrence.slug) ?? 0) + occurrence.count);
  return counts;
}

const computed = new WeakMap<object, Map<string, Occurrence[]>>();

/** occurrences() of every term, computed once per corpus: each glossary page reads the same table. */
export function corpusOccurrences(reports: AnchoredReport[], terms: Term[]): Map<string, Occurrence[]> {
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
