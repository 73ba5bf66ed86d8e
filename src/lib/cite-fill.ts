/**
 * The browser's half of the citations: the build formats each report's
 * citations once per locator shape with sentinel values (section 9097,
 * paragraph 9098, accessed 2099-12-31); the cite dialog fills in the
 * paragraph and today's date. A few hundred bytes instead of citeproc-js.
 * The tests check, for every paragraph of every report, that the filled
 * template equals what citeproc-js gives for that paragraph and date.
 */
import { parseAnchor, titleId } from '../edition/anchors.ts';

export const citationFormats = ['gbt7714-numeric', 'gbt7714-author-date', 'chicago', 'apa', 'biblatex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof citationFormats)[number];

export interface CitationPart {
  kind: 'reference' | 'in-text' | 'note' | 'short-note' | 'bibliography' | 'record';
  text: string;
}

export type Shape = 'report' | 'section' | 'paragraph' | 'preamble';

export interface CitationTemplates {
  url: string;
  shapes: Record<Shape, Record<CitationFormat, CitationPart[]>>;
}

export const sentinels = { section: '9097', paragraph: '9098', date: '2099-12-31' } as const;

export function shapeOf(anchor: string | undefined): { shape: Shape; section?: string; paragraph?: string } {
  const parsed = parseAnchor(anchor);
  if (!parsed || parsed.kind === 'block' || anchor === titleId) return { shape: 'report' };
  if (parsed.kind === 'section') return { shape: 'section', section: String(parsed.section) };
  return parsed.section === 0 ? { shape: 'preamble', paragraph: String(parsed.index) } : { shape: 'paragraph', section: String(parsed.section), paragraph: String(parsed.index) };
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Today's date in each form the styles print it (ISO, RIS, en-US long, Chinese, CSL date-parts). */
function dateForms(iso: string): [RegExp, string][] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return [
    [/2099-12-31/g, iso],
    [/2099\/12\/31/g, iso.replaceAll('-', '/')],
    [/December 31, 2099/g, `${months[month - 1]} ${day}, ${year}`],
    [/2099年12月31日/g, `${year}年${month}月${day}日`],
    [/2099,(\s*)12,(\s*)31/g, `${year},$1${month},$2${day}`],
  ];
}

/** The reader's date (YYYY-MM-DD, local time): the access date of a citation made in the browser. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A citation filled with the sentinel date, accessed on `today` (YYYY-MM-DD) instead. */
export function withAccessDate(text: string, today: string): string {
  return dateForms(today).reduce((out, [pattern, value]) => out.replace(pattern, value), text);
}

/** The citations of one anchor (or the whole report) accessed on `today` (YYYY-MM-DD). */
export function fillCitations(templates: CitationTemplates, anchor: string | undefined, today: string): Record<CitationFormat, CitationPart[]> {
  const { shape, section, paragraph } = shapeOf(anchor);
  const replacements: [RegExp, string][] = [...dateForms(today)];
  if (section) replacements.push([new RegExp(sentinels.section, 'g'), section]);
  if (paragraph) replacements.push([new RegExp(sentinels.paragraph, 'g'), paragraph]);
  const fill = (text: string) => replacements.reduce((out, [pattern, value]) => out.replace(pattern, value), text);
  const chosen = templates.shapes[shape];
  return Object.fromEntries(Object.entries(chosen).map(([name, parts]) => [name, parts.map((part) => ({ kind: part.kind, text: fill(part.text) }))])) as Record<
    CitationFormat,
    CitationPart[]
  >;
}

export const formatLabels: Record<CitationFormat, string> = {
  'gbt7714-numeric': 'GB/T 7714-2015 (顺序编码制 numeric)',
  'gbt7714-author-date': 'GB/T 7714-2015 (著者-出版年制 author-date)',
  chicago: 'Chicago (18th ed.)',
  apa: 'APA (7th ed.)',
  biblatex: 'BibLaTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

/**
 * A link that opens the paragraph with the quoted words highlighted: a URL
 * text fragment (#s2-p3:~:text=start,end), with `-`, `,` and `&` escaped as
 * the specification asks. Long quotations are named by their first and last
 * words.
 */
export function quotationLink(pageUrl: string, anchor: string, quotation: string): string {
  const escape = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const text = quotation.replace(/\s+/g, ' ').trim();
  // Words where the text has spaces (English), characters where it has none (Chinese).
  const units = /\s/.test(text) ? text.split(' ') : [...text];
  const joiner = /\s/.test(text) ? ' ' : '';
  const span = joiner ? 4 : 10;
  const directive = units.length <= span * 2 + 2 ? escape(text) : `${escape(units.slice(0, span).join(joiner))},${escape(units.slice(-span).join(joiner))}`;
  return `${pageUrl}#${anchor}:~:text=${directive}`;
}
