/**
 * The metadata of a report (its Markdown frontmatter). Astro's content
 * collection validates every report against it at build time; the tests
 * validate fixtures against it directly.
 */
import { z } from 'astro/zod';

const bilingual = z.object({
  /** The name in Chinese, as the source writes it (simplified). */
  zh: z.string().min(1),
  /** The name in English. */
  en: z.string().min(1),
});

export const documentKinds = ['newspaper-feature', 'news-article', 'work-report', 'work-plan'] as const;

export const reportSchema = z
  .object({
    /** Short ASCII name used in URLs and ids: jingjiang, wenyan, … */
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowercase ASCII letters, digits and hyphens'),
    /** The town or subdistrict the report is about. */
    town: z.object({
      zh: z.string().min(1),
      /** Hanyu pinyin with tone marks. */
      pinyin: z.string().min(1),
      en: z.string().min(1),
    }),
    /** Administrative level: 街道 (subdistrict) or 镇 (town). */
    level: z.enum(['街道', '镇']),
    /** The district or county-level city above the town. */
    district: bilingual,
    /** The prefecture-level city. */
    city: bilingual,
    /** The province. */
    province: bilingual,
    /** What kind of document the source is. */
    kind: z.enum(documentKinds),
    /** Title of the document; `supplied` when the source has none and the editors gave one. */
    title: z.object({ zh: z.string().min(1), en: z.string().min(1), supplied: z.boolean().default(false) }),
    /** The body that issued or published the text, where the source states it. */
    publisher: z.string().optional(),
    /** The responsible editor (责任编辑 / 编辑), where the source states it. */
    editor: z.string().optional(),
    /** The author(s), where the source states them. */
    author: z.string().optional(),
    /** Publication date, where the source states it. */
    published: z.coerce.date().optional(),
    /** The years whose work the report reviews or plans. */
    yearsCovered: z.array(z.number().int().min(1949).max(2100)).min(1),
    /** Script of the source: Hans (simplified) or Hant (traditional). */
    script: z.enum(['Hans', 'Hant']),
    /** The vendored source file in sources/ and its SHA-256, checked by the tests. */
    source: z.object({
      file: z.string().regex(/^[\w.-]+\.txt$/),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hexadecimal digits'),
    }),
    /** The government information disclosure index number (索引号), where given. */
    documentNumber: z.string().optional(),
    /** Editors' notes on the source as a whole. */
    notes: z.array(z.string()).default([]),
  })
  .strict();

export type ReportMeta = z.infer<typeof reportSchema>;

/** The frontmatter of an English translation (content/reports/en). */
export const translationSchema = z
  .object({
    /** The slug of the Chinese report it translates. */
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Always en: tells the pipeline that this text has one reading and no marks. */
    lang: z.literal('en'),
    /** Who translated it. */
    translatedBy: z.string().min(1),
    /** When the translation was made or last revised. */
    translated: z.coerce.date(),
    /** Which reading of the Chinese it translates. */
    fromReading: z.literal('normalized'),
    /** Choices worth explaining to a reader. */
    translatorNotes: z.array(z.string()).default([]),
  })
  .strict();

export type TranslationMeta = z.infer<typeof translationSchema>;
