/**
 * Every citation of a report, section or paragraph, in every format, from
 * one described report: GB/T 7714-2015 (numeric and author-date), Chicago
 * (18th ed., full and shortened notes, bibliography), APA 7, BibLaTeX, RIS
 * and CSL-JSON. Formatted at build time with citeproc-js and the official
 * styles; the cite dialog receives templates (`citationTemplates`) that
 * `fillCitations` (src/lib/cite-fill.ts) completes in the browser with the
 * paragraph and today's date, and the tests prove the two equal.
 */
import type { Described } from './bibliography.ts';
import { biblatex } from './formats/biblatex.ts';
import { cslItem, dateParts, type CslItem } from './formats/csl.ts';
import type { Edition } from './edition-info.ts';
import { format } from './formats/citeproc.ts';
import { ris } from './formats/ris.ts';
import { locatorOf } from './locator.ts';
import { paragraphId, sectionId } from '../edition/anchors.ts';
import { citationFormats, sentinels, shapeOf, type CitationFormat, type CitationPart, type CitationTemplates } from './cite-fill.ts';

export function formatCitations(work: Described, anchor: string | undefined, accessed: string): Record<CitationFormat, CitationPart[]> {
  const locator = locatorOf(anchor);
  const item = (style: 'gbt' | 'chicago' | 'apa') => cslItem(work, { anchor, accessed, style });
  const gbtNumeric = format('gbt7714-numeric', item('gbt'), locator, 'reference');
  const gbtAuthorDate = format('gbt7714-author-date', item('gbt'), locator);
  const chicago = format('chicago', item('chicago'), locator);
  const chicagoShort = format('chicago-short', item('chicago'), locator, 'citation');
  const apa = format('apa', item('apa'), locator);
  const formats: Record<CitationFormat, CitationPart[]> = {
    'gbt7714-numeric': [{ kind: 'reference', text: gbtNumeric.reference }],
    'gbt7714-author-date': [
      { kind: 'reference', text: gbtAuthorDate.reference },
      { kind: 'in-text', text: gbtAuthorDate.citation },
    ],
    chicago: [
      { kind: 'note', text: chicago.citation },
      { kind: 'short-note', text: chicagoShort.citation },
      { kind: 'bibliography', text: chicago.reference },
    ],
    apa: [
      { kind: 'reference', text: apa.reference },
      { kind: 'in-text', text: apa.citation },
    ],
    biblatex: [{ kind: 'record', text: biblatex(work, { anchor, locator, accessed }) }],
    ris: [{ kind: 'record', text: ris(work, { anchor, locator, accessed }) }],
    'csl-json': [{ kind: 'record', text: JSON.stringify([cslItem(work, { anchor, accessed })], null, 2) }],
  };
  return Object.fromEntries(citationFormats.map((name) => [name, formats[name]])) as Record<CitationFormat, CitationPart[]>;
}

/** The citations of a report, a section, a paragraph and a paragraph before the first section, with sentinels for the dialog. */
export function citationTemplates(work: Described): CitationTemplates {
  const section = Number(sentinels.section);
  const paragraph = Number(sentinels.paragraph);
  const shapes = { report: undefined, section: sectionId(section), paragraph: paragraphId(section, paragraph), preamble: paragraphId(0, paragraph) };
  return {
    url: work.url,
    shapes: Object.fromEntries(Object.entries(shapes).map(([shape, anchor]) => [shape, formatCitations(work, anchor, sentinels.date)])) as CitationTemplates['shapes'],
  };
}

export { shapeOf };

/** The edition as a whole, for "cite this edition": its editors, title, version, release date and address. */
export function editionCitations(edition: Edition, lang: 'zh' | 'en', url: string, accessed: string): { style: string; text: string }[] {
  const item = (english: boolean): CslItem => ({
    id: 'town-reports',
    type: 'book',
    title: english ? `${edition.name.en}: ${edition.subtitle.en}` : `${edition.name.zh}：${edition.subtitle.zh}`,
    editor: [{ literal: english ? edition.editors.en : edition.editors.zh }],
    version: edition.version,
    issued: { 'date-parts': [dateParts(edition.released)] },
    accessed: { 'date-parts': [dateParts(accessed)] },
    URL: url,
    language: english ? 'en' : 'zh-CN',
    abstract: '',
    archive: '',
  });
  const english = lang === 'en';
  return [
    { style: 'gbt7714-numeric', text: format('gbt7714-numeric', item(english)).reference.replace(/^\[1\]\s*/, '') },
    { style: 'chicago', text: format('chicago', item(true)).reference },
    { style: 'apa', text: format('apa', item(true)).reference },
  ];
}
