/**
 * The metadata of a report (its Markdown frontmatter). Astro's content
 * collection validates every report against it at build time; the tests
 * validate fixtures against it directly.
 */
import { z } from 'astro/zod';
import { documentKinds } from '../edition/types.ts';
import { anchorPattern } from '../edition/anchors.ts';
import { codePointsPattern } from '../edition/unicode.ts';

/** Document kinds are defined with the edition's types (src/edition/types.ts). */
export { documentKinds };

const bilingual = z.object({
  /** The name in Chinese, as the source writes it (simplified). */
  zh: z.string().min(1),
  /** The name in English. */
  en: z.string().min(1),
});

/**
 * Metadata the source does not state but the editors supply: the evidence,
 * and how certain the attribution is. Shown in brackets and explained.
 */
const attribution = {
  supplied: z.string().min(1).optional(),
  cert: z.enum(['certain', 'probable']).default('certain'),
};

/** A body (office, newspaper, website) named in Chinese and English. */
const body = z.object({ zh: z.string().min(1), en: z.string().min(1), ...attribution }).strict();

/** A person the source names. */
const creator = z
  .object({
    name: z.string().min(1),
    /** Hanyu pinyin, family name first ("Jin Shengxiang"), for the English citations. */
    pinyin: z.string().regex(/^\S+ \S+$/, 'family name, a space, given name'),
    role: z.enum(['author', 'contributor', 'editor']),
    /** The source's own words for this person and role. */
    printed: z.string().min(1),
    /** The printed role in English (correspondent, responsible editor). */
    roleEn: z.string().min(1),
  })
  .strict();

/** A date of the calendar written as ISO (2022-02-10), or undefined. */
function parseIsoDate(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : undefined;
}

/**
 * Dates are ISO calendar dates (2022-02-10), in reports and translations alike: a number (20220301), a
 * boolean, another format or a day that does not exist (2022-02-30) is refused, never read as 1970 or
 * moved to another day.
 */
const isoDate = z.preprocess(
  (value) => (typeof value === 'string' ? (parseIsoDate(value) ?? value) : value),
  z.date({ error: (issue) => `an ISO date such as 2022-02-10 (found ${JSON.stringify(issue.input)})` }),
);

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
    /**
     * The persons the source names, in its order, with their role and the
     * source's own words ("文/金盛翔", "通讯员 潘燕萍", "责任编辑:杨君").
     */
    creators: z.array(creator).default([]),
    /** The body named as author (作者, 内容来源), only where the source states it: an author is never inferred. */
    corporateAuthor: z
      .object({ zh: z.string().min(1), en: z.string().min(1) })
      .strict()
      .optional(),
    /** The body that issued or published the text (发布机构, a newspaper's publisher), where stated or supplied. */
    publisher: body.optional(),
    /** The newspaper or website the text appeared in, where stated or supplied. */
    container: body
      .extend({ type: z.enum(['newspaper', 'website']) })
      .strict()
      .optional(),
    /** Place of publication, for the formats that ask for one (GB/T 7714 reports). */
    place: body.optional(),
    /** Publication date as the source prints it (ISO date). Never inferred: see dateSupplied. */
    published: isoDate.optional(),
    /** A date the source does not state, inferred by the editors (shown in brackets where styles require). */
    dateSupplied: z
      .object({ year: z.number().int().min(1949).max(2100), evidence: z.string().min(1) })
      .strict()
      .optional(),
    /** A one-paragraph description of the report, written by the editors, in both languages. */
    abstract: bilingual,
    /** The years whose work the report reviews or plans. */
    yearsCovered: z.array(z.number().int().min(1949).max(2100)).min(1),
    /** Script of the source: Hans (simplified) or Hant (traditional). */
    script: z.enum(['Hans', 'Hant']),
    /** The vendored source file in sources/ and its SHA-256, checked by the tests. */
    source: z.object({
      file: z.string().regex(/^[\w.-]+\.txt$/),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hexadecimal digits'),
      /**
       * Where the source is not in Unicode NFC or holds zero-width characters: each place the text (as ingest
       * wrote it) differs, by line and column of the source, and the source's code points (src/edition/unicode.ts).
       */
      unicode: z
        .array(
          z.object({ line: z.number().int().min(1), column: z.number().int().min(1), printed: z.string().regex(codePointsPattern, 'code points, as "U+0065 U+0301"') }).strict(),
        )
        .optional(),
    }),
    /** The government information disclosure index number (索引号), where given. */
    documentNumber: z.string().optional(),
    /** Editors' notes on the source as a whole. */
    notes: z.array(z.string()).default([]),
  })
  .strict();

export type ReportMeta = z.infer<typeof reportSchema>;

/** The edition's order of reports, wherever it lists them all: by source file (a stable sort keeps ties in slug order). */
export const reportOrder = (a: Pick<ReportMeta, 'source'>, b: Pick<ReportMeta, 'source'>) => a.source.file.localeCompare(b.source.file);

/**
 * A deliberate departure from the termbase: in this paragraph (or heading) the English does not use any of
 * the glossary's English forms for a term that occurs in the Chinese. Never silent: the reason is shown to
 * whoever runs npm run check:terms, and an exception that is no longer needed is reported.
 */
export const termExceptionSchema = z
  .object({
    /** The anchor id of the paragraph or heading (s2-p3, s4). */
    paragraph: z.string().regex(anchorPattern, 'an anchor id such as s2-p3'),
    /** The glossary term's id (content/glossary/terms.yaml). */
    term: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a glossary term id'),
    /** Why the English differs here. */
    reason: z.string().trim().min(10, 'say why the English differs here (at least 10 characters)'),
  })
  .strict();

export type TermException = z.infer<typeof termExceptionSchema>;

/**
 * A change listed in a revision: one sentence that says what changed and where, starting with a capital
 * letter, a digit, a Chinese character or an opening quotation mark and ending with a full stop.
 */
const changeSentence = z
  .string()
  .trim()
  .min(10, 'say what changed (one sentence, at least 10 characters)')
  .regex(/^[\p{Lu}\p{N}\p{Script=Han}“‘(]/u, 'a sentence starts with a capital letter, a digit, a Chinese character or an opening quotation mark')
  .regex(/[.!?][”’)]?$/u, 'a sentence ends with a full stop');

/** One revision of a translation: its number (the first translation is 1), its date and what changed in it. */
export const revisionSchema = z
  .object({
    revision: z.number().int().min(1),
    date: isoDate,
    changes: z.array(changeSentence).min(1, 'list what changed in this revision'),
  })
  .strict();

export type Revision = z.infer<typeof revisionSchema>;

/** The revisions in order: numbered 1, 2, 3 … without a gap, each dated no earlier than the one before. */
const revisionHistory = z.array(revisionSchema).superRefine((revisions, context) => {
  revisions.forEach((entry, index) => {
    if (entry.revision !== index + 1)
      context.addIssue({ code: 'custom', path: [index, 'revision'], message: `revisions are numbered 1, 2, 3 … in order: expected ${index + 1}, found ${entry.revision}` });
    const before = revisions[index - 1];
    if (before && entry.date < before.date)
      context.addIssue({ code: 'custom', path: [index, 'date'], message: `revision ${entry.revision} is dated before revision ${before.revision}` });
  });
});

/** The frontmatter of an English translation (content/reports/en). */
export const translationSchema = z
  .object({
    /** The slug of the Chinese report it translates. */
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Always en: tells the pipeline that this text has one reading and no marks. */
    lang: z.literal('en'),
    /** Who translated it. */
    translatedBy: z.string().min(1),
    /** When the translation was made or last revised: the date of its latest revision, where revisions are listed. */
    translated: isoDate,
    /** Which reading of the Chinese it translates. */
    fromReading: z.literal('normalized'),
    /** Choices worth explaining to a reader. */
    translatorNotes: z.array(z.string()).default([]),
    /**
     * Paragraphs whose English deliberately does not use the glossary's English for a term that occurs
     * in the Chinese, each with the reason (npm run check:terms, scripts/lib/term-check.ts).
     */
    termExceptions: z.array(termExceptionSchema).default([]),
    /**
     * The translation's history, oldest first: revision 1 is the first translation, each later one lists
     * what changed in it (shown under the translation's note, in the exports and in CHANGELOG.md).
     */
    revisions: revisionHistory.default([]),
  })
  .strict()
  .superRefine((translation, context) => {
    const latest = translation.revisions.at(-1);
    if (latest && latest.date.getTime() !== translation.translated.getTime())
      context.addIssue({
        code: 'custom',
        path: ['translated'],
        message: `the date of the latest revision (${latest.date.toISOString().slice(0, 10)}, revision ${latest.revision}) is the date the translation was last revised`,
      });
  });

export type TranslationMeta = z.infer<typeof translationSchema>;
