/**
 * The edition's data for reuse: per report and for the corpus, as JSON
 * (validated against exportSchema) and CSV (UTF-8 with BOM, so spreadsheet
 * programs read Chinese). Every paragraph carries its id, the printed and
 * normalized readings, the English, and the editorial marks it holds.
 */
import type { Anchor, Intervention } from '../edition/types.ts';
import { anchorPatternSource } from '../edition/anchors.ts';

export interface ExportInput {
  slug: string;
  meta: Record<string, unknown>;
  anchors: Anchor[];
  editorial: Intervention[];
  english?: Anchor[];
  translation?: Record<string, unknown>;
  urls: { zh: string; en: string; source: string; markdown: string };
  /** The edition's version the export was made from (package.json, CHANGELOG.md). */
  version: string;
}

export interface ExportedBlock {
  id: string;
  kind: 'section' | 'paragraph' | 'block';
  printed: string;
  normalized: string;
  english: string | null;
  marks: { kind: string; why: string; certainty: string; printed: string; reads: string; note: string | null }[];
}

export function exportReport(input: ExportInput) {
  const english = new Map((input.english ?? []).map((anchor) => [anchor.id, anchor.text]));
  const blocks: ExportedBlock[] = input.anchors.map((anchor) => ({
    id: anchor.id,
    kind: anchor.kind,
    printed: anchor.printed ?? '',
    normalized: anchor.text,
    english: anchor.kind === 'block' ? null : (english.get(anchor.id) ?? null),
    marks: input.editorial
      .filter((entry) => entry.anchor === anchor.id && entry.kind !== 'punct')
      .map((entry) => ({ kind: entry.kind, why: entry.why, certainty: entry.cert, printed: entry.sic, reads: entry.reading, note: entry.note ?? null })),
  }));
  return {
    edition: 'Town Reports',
    version: input.version,
    slug: input.slug,
    metadata: input.meta,
    translation: input.translation ?? null,
    urls: input.urls,
    blocks,
  };
}

export type ReportExport = ReturnType<typeof exportReport>;

const csvColumns = ['report', 'id', 'kind', 'printed', 'normalized', 'english', 'marks', 'version'] as const;

/** A CSV cell, quoted if it must be (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV's first line, after a BOM so Excel reads UTF-8. */
export const csvHead = `\uFEFF${csvColumns.join(',')}\r\n`;

/** A report's lines of CSV: one per section, paragraph or removed block, each ending in CRLF. */
export function csvRows(report: ReportExport): string {
  return report.blocks
    .map(
      (block) =>
        `${[
          report.slug,
          block.id,
          block.kind,
          block.printed,
          block.normalized,
          block.english ?? '',
          block.marks.map((mark) => `${mark.kind}:${mark.why}:${mark.printed}→${mark.reads}`).join(' | '),
          report.version,
        ]
          .map(csvCell)
          .join(',')}\r\n`,
    )
    .join('');
}

/** Reports as CSV: the head, then each report's rows. */
export function toCsv(reports: ReportExport[]): string {
  return csvHead + reports.map(csvRows).join('');
}

const isoDatePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/** JSON Schema (draft 2020-12) of a report export, published at /data/schema.json. */
export const exportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'town-reports/report.schema.json',
  title: 'Town Reports: one report',
  type: 'object',
  required: ['edition', 'version', 'slug', 'metadata', 'translation', 'urls', 'blocks'],
  additionalProperties: false,
  properties: {
    edition: { const: 'Town Reports' },
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
    slug: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    metadata: {
      type: 'object',
      required: ['slug', 'town', 'kind', 'title', 'source', 'yearsCovered'],
      properties: {
        source: { type: 'object', required: ['file', 'sha256'], properties: { sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } } },
      },
    },
    translation: {
      type: ['object', 'null'],
      required: ['slug', 'lang', 'translatedBy', 'translated', 'fromReading', 'translatorNotes', 'revisions'],
      properties: {
        translated: { type: 'string', pattern: isoDatePattern },
        translatorNotes: { type: 'array', items: { type: 'string' } },
        revisions: {
          description: 'The history of the translation, oldest first: revision 1 is the first translation; each lists what changed in it.',
          type: 'array',
          items: {
            type: 'object',
            required: ['revision', 'date', 'changes'],
            additionalProperties: false,
            properties: {
              revision: { type: 'integer', minimum: 1 },
              date: { type: 'string', pattern: isoDatePattern },
              changes: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            },
          },
        },
      },
    },
    urls: { type: 'object', required: ['zh', 'en', 'source', 'markdown'], additionalProperties: { type: 'string' } },
    blocks: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'kind', 'printed', 'normalized', 'english', 'marks'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: anchorPatternSource },
          kind: { enum: ['section', 'paragraph', 'block'] },
          printed: { type: 'string' },
          normalized: { type: 'string' },
          english: { type: ['string', 'null'] },
          marks: {
            type: 'array',
            items: {
              type: 'object',
              required: ['kind', 'why', 'certainty', 'printed', 'reads', 'note'],
              additionalProperties: false,
              properties: {
                kind: { enum: ['corr', 'gap', 'del', 'frag', 'moved', 'join', 'split', 'unclear', 'pinyin'] },
                why: { type: 'string' },
                certainty: { enum: ['certain', 'probable'] },
                printed: { type: 'string' },
                reads: { type: 'string' },
                note: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
    },
  },
} as const;
