/**
 * The reports as pages use them. Pages that list, count or link reports read
 * the index (loadReportIndex): each report's frontmatter, its translation's,
 * and the summary the content loader made of their renderings. The report
 * page and the per-report endpoints read one report's rendering
 * (renderReport): the blocks of the Chinese text and of its translation keyed
 * by anchor id, the anchors and the editorial record.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Anchor, Intervention } from '../edition/types.ts';
import { assertSlugs } from '../lib/slugs.ts';
import { reportOrder } from '../lib/schema.ts';
import { alignmentProblems } from '../lib/alignment.ts';
import { readRendering, type Block, type Summary } from './rendering.ts';
import { truncate } from '../lib/format.ts';

export type { Block } from './rendering.ts';

type ReportEntry = CollectionEntry<'reports'>;
type TranslationEntry = CollectionEntry<'translations'>;
type Meta<T extends { data: object }> = Omit<T['data'], 'summary'>;

/** A report as listings see it: metadata and a summary, no text. */
export interface ReportSummary {
  slug: string;
  meta: Meta<ReportEntry>;
  /** Han characters in the normalized reading. */
  characters: number;
  /** The first paragraph (normalized reading). */
  opening: string;
  /** Where the glossary terms occur (src/lib/concordance.ts). */
  terms: Summary['terms'];
  translation?: { meta: Meta<TranslationEntry>; opening: string };
  /** The store entries it was read from, for renderReport. */
  entries: { report: ReportEntry; translation?: TranslationEntry };
}

export interface Report {
  slug: string;
  meta: Meta<ReportEntry>;
  blocks: Block[];
  anchors: Anchor[];
  editorial: Intervention[];
  /** Ids of the glossary terms marked in the text (Chinese and English). */
  glossaryTerms: string[];
  translation?: {
    meta: Meta<TranslationEntry>;
    blocks: Map<string, Block>;
    anchors: Anchor[];
  };
}

function summaryOf(entry: ReportEntry | TranslationEntry): Summary {
  if (!entry.data.summary) throw new Error(`${entry.filePath}: not rendered by the content loader`);
  return entry.data.summary;
}

const metaOf = <T extends { summary?: unknown }>({ summary: _, ...meta }: T): Omit<T, 'summary'> => meta;

/** The build stops if a translation lacks a section or paragraph of its report, or has one too many. */
async function assertAligned(report: ReportEntry, translation: TranslationEntry) {
  if (summaryOf(report).alignment === summaryOf(translation).alignment) return;
  const [chinese, english] = await Promise.all([readRendering(report), readRendering(translation)]);
  const problems = alignmentProblems(report.filePath ?? report.id, translation.filePath ?? translation.id, chinese.anchors, english.anchors);
  if (problems.length) throw new Error(`translation out of alignment:\n${problems.join('\n')}`);
}

async function currentIndex(): Promise<ReportSummary[]> {
  const [reports, translations] = await Promise.all([getCollection('reports'), getCollection('translations')]);
  assertSlugs(reports);
  assertSlugs(translations);
  const bySlug = new Map(translations.map((entry) => [entry.data.slug, entry]));
  const sorted = reports.sort((a, b) => reportOrder(a.data, b.data));
  const index: ReportSummary[] = [];
  for (const report of sorted) {
    const translation = bySlug.get(report.data.slug);
    if (translation) await assertAligned(report, translation);
    const summary = summaryOf(report);
    index.push({
      slug: report.data.slug,
      meta: metaOf(report.data),
      characters: summary.characters,
      opening: summary.opening,
      terms: summary.terms,
      translation: translation && { meta: metaOf(translation.data), opening: summaryOf(translation).opening },
      entries: { report, translation },
    });
  }
  return index;
}

let built: Promise<ReportSummary[]> | undefined;

/**
 * Every report, in the order of their source files, without its text. A build reads the collections
 * once; under `astro dev` every call reads them again (the loader updates them as files change).
 */
export function loadReportIndex(): Promise<ReportSummary[]> {
  if (import.meta.env.DEV) return currentIndex();
  built ??= currentIndex();
  return built;
}

/** One report's text and record, read from the rendering the content loader made; nothing is kept. */
export async function renderReport(summary: ReportSummary): Promise<Report> {
  const { report, translation } = summary.entries;
  const [zh, en] = await Promise.all([readRendering(report), translation && readRendering(translation)]);
  return {
    slug: summary.slug,
    meta: summary.meta,
    blocks: zh.blocks,
    anchors: zh.anchors,
    editorial: zh.editorial,
    glossaryTerms: [...new Set([...zh.glossaryTerms, ...(en?.glossaryTerms ?? [])])],
    translation: summary.translation && en ? { meta: summary.translation.meta, blocks: new Map(en.blocks.map((block) => [block.id, block])), anchors: en.anchors } : undefined,
  };
}

/** The normalized text of each section and paragraph of some reports, Chinese and English, by slug: what the glossary pages quote. */
export async function paragraphTexts(reports: ReportSummary[]): Promise<Map<string, { zh: Map<string, string>; en: Map<string, string> }>> {
  const texts = new Map<string, { zh: Map<string, string>; en: Map<string, string> }>();
  for (const summary of reports) {
    const { report, translation } = summary.entries;
    const text = (anchors: Anchor[] = []) => new Map(anchors.map((anchor) => [anchor.id, anchor.text]));
    texts.set(summary.slug, { zh: text((await readRendering(report)).anchors), en: text(translation && (await readRendering(translation)).anchors) });
  }
  return texts;
}

/** The first sentence of the opening paragraph, at most 80 characters. */
export function openingLine(report: ReportSummary): string {
  const text = report.opening;
  const sentence = /^.*?[。！？]/u.exec(text)?.[0] ?? text;
  return truncate(sentence, 80);
}
