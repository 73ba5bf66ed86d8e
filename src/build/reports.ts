/**
 * The reports as pages use them: metadata, the rendered blocks of the Chinese
 * text and of its translation keyed by anchor id, and the editorial record.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Anchor, Intervention } from '../edition/types.ts';
import { readFileSync } from 'node:fs';
import { renderMarkdown } from './pipeline.ts';
import { assertSlugs } from '../lib/slugs.ts';

export interface Block {
  id: string;
  /** h2, h3, p or div (editorial block). */
  tagName: string;
  /** The block's HTML without its id (the page puts the id on the row). */
  html: string;
}

export interface Report {
  slug: string;
  meta: CollectionEntry<'reports'>['data'];
  blocks: Block[];
  anchors: Anchor[];
  editorial: Intervention[];
  /** Ids of the glossary terms marked in the text (Chinese and English). */
  glossaryTerms: string[];
  translation?: {
    meta: CollectionEntry<'translations'>['data'];
    blocks: Map<string, Block>;
    anchors: Anchor[];
  };
}

/** Top-level elements of rendered HTML, each with its anchor id. */
export function splitBlocks(html: string): Block[] {
  const tree = fromHtml(html, { fragment: true });
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    const id = String(node.properties.id ?? '');
    if (!id) continue;
    const element: Element = { ...node, properties: { ...node.properties, id: undefined } };
    blocks.push({ id, tagName: node.tagName, html: toHtml(element) });
  }
  return blocks;
}

/** Renders a content file (its path as the loader stored it) with the edition's pipeline; errors name file and line. */
async function renderEntry(entry: Entry, kind: 'report' | 'translation') {
  const path = entry.filePath ?? '';
  return renderMarkdown(readFileSync(path, 'utf8'), path, { kind, script: 'script' in entry.data ? entry.data.script : undefined });
}

/** The build stops if a translation lacks a section or paragraph of its report, or has one too many. */
function assertAligned(chinesePath: string, englishPath: string, chinese: Anchor[], english: Anchor[]) {
  const ids = (anchors: Anchor[]) => anchors.filter((anchor) => anchor.kind !== 'block').map((anchor) => anchor.id);
  const zhIds = ids(chinese);
  const enIds = ids(english);
  const problems = [
    ...zhIds.filter((id) => !enIds.includes(id)).map((id) => `${englishPath}: missing #${id} of ${chinesePath}`),
    ...enIds.filter((id) => !zhIds.includes(id)).map((id) => `${englishPath}: extra #${id}, not in ${chinesePath}`),
  ];
  if (problems.length) throw new Error(`translation out of alignment:\n${problems.join('\n')}`);
}

type Entry = CollectionEntry<'reports'> | CollectionEntry<'translations'>;

async function renderReport(entry: CollectionEntry<'reports'>, en: CollectionEntry<'translations'> | undefined): Promise<Report> {
  const zh = await renderEntry(entry, 'report');
  const enData = en ? await renderEntry(en, 'translation') : undefined;
  if (en && enData) assertAligned(entry.filePath ?? entry.id, en.filePath ?? en.id, zh.anchors, enData.anchors);
  return {
    slug: entry.data.slug,
    meta: entry.data,
    blocks: splitBlocks(zh.html),
    anchors: zh.anchors,
    editorial: zh.editorial,
    glossaryTerms: [...new Set([...zh.glossaryTerms, ...(enData?.glossaryTerms ?? [])])],
    translation: en && enData ? { meta: en.data, blocks: new Map(splitBlocks(enData.html).map((block) => [block.id, block])), anchors: enData.anchors } : undefined,
  };
}

/**
 * Each report's rendering, by report id, with the digests of the entries it was rendered from (the
 * loader's digest covers the file and the glossary, src/build/report-loader.ts): a report renders
 * again only when its text, its translation or the glossary changes.
 */
const rendered = new Map<string, { key: string; report: Promise<Report> }>();
const version = (entry: Entry | undefined) => (entry ? `${entry.filePath}:${entry.digest}` : '');

async function currentReports(): Promise<Report[]> {
  const [entries, translations] = await Promise.all([getCollection('reports'), getCollection('translations')]);
  assertSlugs(entries);
  assertSlugs(translations);
  const bySlug = new Map(translations.map((entry) => [entry.data.slug, entry]));
  const sorted = entries.sort((a, b) => a.data.source.file.localeCompare(b.data.source.file));
  const ids = new Set(entries.map((entry) => entry.id));
  for (const id of rendered.keys()) if (!ids.has(id)) rendered.delete(id);
  return Promise.all(
    sorted.map((entry) => {
      const en = bySlug.get(entry.data.slug);
      const key = `${version(entry)}|${version(en)}`;
      let cached = rendered.get(entry.id);
      if (cached?.key !== key) {
        cached = { key, report: renderReport(entry, en) };
        rendered.set(entry.id, cached);
      }
      return cached.report;
    }),
  );
}

let built: Promise<Report[]> | undefined;

/**
 * All reports, in the order of their source files. A build reads the collections once and renders
 * each report once (nothing changes during a build, and the pages that list reports call this for
 * every page). Under `astro dev` every call reads the collections again, which costs little, and
 * renders only the reports whose digests changed, so a reload shows an edit.
 */
export function loadReports(): Promise<Report[]> {
  if (import.meta.env.DEV) return currentReports();
  built ??= currentReports();
  return built;
}

/** Han characters in the normalized reading: the length a reader expects. */
export function characterCount(report: Report): number {
  return report.anchors.reduce((sum, anchor) => sum + (anchor.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
}

export function openingLine(report: Report): string {
  const first = report.anchors.find((anchor) => anchor.kind === 'paragraph');
  const text = first?.text ?? '';
  const sentence = /^.*?[。！？]/u.exec(text)?.[0] ?? text;
  return sentence.length > 80 ? `${sentence.slice(0, 78)}…` : sentence;
}
