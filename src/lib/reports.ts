/**
 * The reports as pages use them: metadata, the rendered blocks of the Chinese
 * text and of its translation keyed by anchor id, and the editorial record.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Anchor } from '../plugins/rehype-anchors.ts';
import type { Intervention } from '../plugins/remark-editorial.ts';
import { readFileSync } from 'node:fs';
import matter from './frontmatter.ts';
import { renderMarkdown } from './pipeline.ts';
import { assertSlugs } from './slugs.ts';

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
async function renderEntry(entry: { filePath?: string; data: object }) {
  const path = entry.filePath ?? '';
  // A copy: the plugins record anchors and notes on the frontmatter they are given.
  return renderMarkdown(matter(readFileSync(path, 'utf8')).body, path, { ...(entry.data as Record<string, unknown>) });
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

let cache: Promise<Report[]> | undefined;

/** All reports, in the order of their source files. */
export function loadReports(): Promise<Report[]> {
  cache ??= (async () => {
    const [entries, translations] = await Promise.all([getCollection('reports'), getCollection('translations')]);
    assertSlugs(entries);
    assertSlugs(translations);
    const bySlug = new Map(translations.map((entry) => [entry.data.slug, entry]));
    const sorted = entries.sort((a, b) => a.data.source.file.localeCompare(b.data.source.file));
    return Promise.all(
      sorted.map(async (entry) => {
        const zh = await renderEntry(entry);
        const en = bySlug.get(entry.data.slug);
        const enData = en ? await renderEntry(en) : undefined;
        if (en && enData) assertAligned(entry.filePath ?? entry.id, en.filePath ?? en.id, zh.anchors, enData.anchors);
        return {
          slug: entry.data.slug,
          meta: entry.data,
          blocks: splitBlocks(zh.html),
          anchors: zh.anchors,
          editorial: zh.editorial,
          glossaryTerms: [...new Set([...zh.glossaryTerms, ...(enData?.glossaryTerms ?? [])])],
          translation:
            en && enData
              ? { meta: en.data, blocks: new Map(splitBlocks(enData.html).map((block) => [block.id, block])), anchors: enData.anchors }
              : undefined,
        };
      }),
    );
  })();
  return cache;
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
