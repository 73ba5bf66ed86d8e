/**
 * The edition's data for reuse: per report and for the corpus, as JSON
 * (validated against exportSchema) and CSV (UTF-8 with BOM, so spreadsheet
 * programs read Chinese; a cell that a spreadsheet would run as a formula is
 * written as text, `csvCell`). Every paragraph carries its id, the printed and
 * normalized readings, the English, and the editorial marks it holds.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { z } from 'astro/zod';
import type { Anchor, Intervention } from '../edition/types.ts';
import { anchorPatternSource } from '../edition/anchors.ts';
import { markRules } from '../edition/marks.ts';
import { certainties, reasons } from '../edition/reasons.ts';
import { reportSchema, translationSchema, type TranslationMeta } from './schema.ts';
import { toIsoDate } from './format.ts';

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

/** A translation's frontmatter as an export writes it: its dates (the translation's and each revision's) as ISO strings. */
export function exportedTranslation(translation: TranslationMeta) {
  return { ...translation, translated: toIsoDate(translation.translated), revisions: translation.revisions.map((entry) => ({ ...entry, date: toIsoDate(entry.date) })) };
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

/**
 * A spreadsheet program reads a CSV cell that begins with =, +, -, @, a tab or a carriage return as a
 * formula (CSV or formula injection), even inside quotes. Following OWASP, such a cell is written with a
 * single quote before it, and quoted, so that Excel, LibreOffice and Google Sheets show it as text; the
 * JSON exports carry the text as it is. Every other cell is quoted only if it must be (RFC 4180).
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  if (formulaStart.test(value)) return `"'${value.replace(/"/g, '""')}"`;
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

/** How an export writes a date: ISO, as in the frontmatter (src/lib/schema.ts). */
const isoDatePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * The frontmatter's schema (zod, src/lib/schema.ts) as JSON Schema, as the export writes it: every
 * field typed, defaults filled in, dates as ISO strings.
 */
function frontmatterJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', pattern: isoDatePattern });
    },
  });
  return json;
}

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });

/**
 * JSON Schema (draft 2020-12) of a report export, published at /data/schema.json with its address as
 * `$id`. Strict (ajv's strict mode compiles it): every field is typed and nothing else may stand.
 */
export function exportSchema(id: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Town Reports: one report',
    type: 'object',
    required: ['edition', 'version', 'slug', 'metadata', 'translation', 'urls', 'blocks'],
    additionalProperties: false,
    properties: {
      edition: { type: 'string', const: 'Town Reports' },
      version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
      slug: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
      metadata: frontmatterJsonSchema(reportSchema),
      translation: nullable(frontmatterJsonSchema(translationSchema)),
      urls: {
        type: 'object',
        required: ['zh', 'en', 'source', 'markdown'],
        additionalProperties: false,
        properties: Object.fromEntries(['zh', 'en', 'source', 'markdown'].map((key) => [key, { type: 'string', pattern: '^https?://' }])),
      },
      blocks: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['id', 'kind', 'printed', 'normalized', 'english', 'marks'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: anchorPatternSource },
            kind: { type: 'string', enum: ['section', 'paragraph', 'block'] },
            printed: { type: 'string' },
            normalized: { type: 'string' },
            english: nullable({ type: 'string' }),
            marks: {
              type: 'array',
              items: {
                type: 'object',
                required: ['kind', 'why', 'certainty', 'printed', 'reads', 'note'],
                additionalProperties: false,
                properties: {
                  kind: { type: 'string', enum: Object.keys(markRules) },
                  why: { type: 'string', enum: Object.keys(reasons) },
                  certainty: { type: 'string', enum: [...certainties] },
                  printed: { type: 'string' },
                  reads: { type: 'string' },
                  note: nullable({ type: 'string' }),
                },
              },
            },
          },
        },
      },
    },
  };
}

let validator: ValidateFunction | undefined;

/**
 * Checks an export against the edition's own schema before it is published (ajv, strict mode: a schema
 * that leaves a field untyped does not compile); a report whose export does not follow it stops the build.
 */
export function assertValidExport(exported: ReportExport) {
  validator ??= new Ajv2020({ strict: true, allErrors: true }).compile(exportSchema('https://town-reports.invalid/data/schema.json'));
  if (validator(exported as unknown)) return;
  const problems = (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
  throw new Error(`data/reports/${exported.slug}.json does not follow the edition's schema (data/schema.json): ${problems.join('; ')}`);
}
