/**
 * Each content file rendered once per build, by the content loader
 * (report-loader.ts): what pages that list reports need is kept small in
 * Astro's data store (the summary), and the rendering itself (blocks as HTML,
 * anchors, editorial record) goes to a file of its own in Astro's cache
 * folder, which the report page and the per-report endpoints read back when
 * they are built. So no process holds every rendered report, and a report is
 * rendered once however many pages show it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'astro/zod';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Anchor, Intervention } from '../edition/types.ts';
import { alignedIds } from '../lib/alignment.ts';
import { encodeTermCounts, termCounts } from '../lib/concordance.ts';
import type { Term } from '../lib/glossary.ts';
import { readContentMarkdown } from '../lib/text-file.ts';
import { renderOptions, renderTree, type RenderOptions } from './pipeline.ts';

export interface Block {
  id: string;
  /** h1, h2, h3, p or div (editorial block). */
  tagName: string;
  /** The block's HTML without its id (the page puts the id on the row). */
  html: string;
}

/** A file's rendering, as its pages read it. */
export interface Rendering {
  /** The digest of the store entry it was rendered from. */
  digest: string | number;
  blocks: Block[];
  anchors: Anchor[];
  editorial: Intervention[];
  /** Ids of the glossary terms marked in the text. */
  glossaryTerms: string[];
}

/** What listings need of a file's rendering, kept in the data store with its frontmatter. */
export const summarySchema = z.object({
  /** Where its rendering is (writeRendering). */
  rendering: z.string(),
  /** Han characters in the normalized reading: the length a reader expects. */
  characters: z.number(),
  /** The text of the first paragraph (normalized reading). */
  opening: z.string(),
  /** A digest of its section and paragraph ids: a translation aligns with its report when they are equal. */
  alignment: z.string(),
  /** Where the glossary terms occur (Chinese reports only), encoded (src/lib/concordance.ts). */
  terms: z.string(),
});
export type Summary = z.infer<typeof summarySchema>;

/** Top-level elements of a rendered tree, each with its anchor id, serialized one by one; none is left out. */
export function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    const id = String(node.properties.id ?? '');
    if (!id) throw new Error(`line ${node.position?.start.line ?? '?'}: a <${node.tagName}> block without an anchor id would be missing from the page`);
    blocks.push({ id, tagName: node.tagName, html: toHtml({ ...node, properties: { ...node.properties, id: undefined } }) });
  }
  return blocks;
}

const hanCharacters = (anchors: Anchor[]) => anchors.reduce((sum, anchor) => sum + (anchor.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);

/** Renders a file (its path relative to the project; what it is) and summarizes it; `terms`: count the glossary's terms. */
export async function renderFile(path: string, options: RenderOptions, digest: string | number, terms?: Term[]) {
  const { tree, anchors, editorial, glossaryTerms } = await renderTree(readContentMarkdown(path).text, path, options);
  const rendering: Rendering = { digest, blocks: blocksOf(tree), anchors, editorial, glossaryTerms };
  const summary: Omit<Summary, 'rendering'> = {
    characters: hanCharacters(anchors),
    opening: anchors.find((anchor) => anchor.kind === 'paragraph')?.text ?? '',
    alignment: createHash('sha256').update(alignedIds(anchors).join(' ')).digest('hex').slice(0, 16),
    terms: terms ? encodeTermCounts(termCounts(anchors, terms)) : '',
  };
  return { rendering, summary };
}

/** Writes a file whole or not at all, for a dev server reading it meanwhile. */
function writeWhole(file: string, value: unknown) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}

/** Writes a rendering where its pages will read it. */
export function writeRendering(file: string, rendering: Rendering) {
  writeWhole(file, rendering);
}

/** The file beside a rendering that holds its summary. */
const summaryFile = (rendering: string) => rendering.replace(/\.json$/, '.summary.json');

/** Keeps a rendering's summary beside it: a load that finds both (its own, or copied from a partition's cache) renders nothing. */
export function writeSummary(rendering: string, summary: Omit<Summary, 'rendering'>) {
  writeWhole(summaryFile(rendering), summary);
}

/** The summary of a rendering already written under this name (its digest), or undefined. */
export function cachedSummary(rendering: string): Omit<Summary, 'rendering'> | undefined {
  if (!existsSync(rendering) || !existsSync(summaryFile(rendering))) return undefined;
  return JSON.parse(readFileSync(summaryFile(rendering), 'utf8')) as Omit<Summary, 'rendering'>;
}

/** Removes a rendering and what was derived from it (derivedFromRendering). */
export function removeRendering(file: string) {
  const stem = `${basename(file, '.json')}.`;
  if (existsSync(dirname(file))) for (const name of readdirSync(dirname(file))) if (name.startsWith(stem)) rmSync(join(dirname(file), name), { force: true });
  rmSync(file, { force: true });
}

interface Entry {
  /** The collection it is in: its kind. */
  collection: 'reports' | 'translations';
  filePath?: string;
  digest?: string | number;
  data: { summary?: Summary } & Record<string, unknown>;
}

/**
 * A value computed from a store entry once per build rather than once per page that shows it (the
 * citations of a report are formatted for its cite page and for its cite dialog), kept in a file beside
 * the entry's rendering. `key` names everything the value depends on besides the code of src/lib, which
 * the rendering's own name covers; a file with another key is computed again.
 */
export function derivedFromRendering<T>(entry: Entry, name: string, key: string, compute: () => T): T {
  const rendering = entry.data.summary?.rendering;
  if (!rendering) throw new Error(`${entry.filePath}: not rendered by the content loader`);
  const file = rendering.replace(/\.json$/, `.${name}.json`);
  const digest = createHash('sha256').update(key).digest('hex');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { digest: string; value: T };
    if (stored.digest === digest) return stored.value;
  }
  const value = compute();
  writeWhole(file, { digest, value });
  return value;
}

/** The rendering of a store entry; rendered again if its file is missing or older than the entry (a cache cleared meanwhile). */
export async function readRendering(entry: Entry): Promise<Rendering> {
  const file = entry.data.summary?.rendering;
  if (!file) throw new Error(`${entry.filePath}: not rendered by the content loader`);
  if (existsSync(file)) {
    const rendering = JSON.parse(readFileSync(file, 'utf8')) as Rendering;
    if (rendering.digest === entry.digest) return rendering;
  }
  const { rendering } = await renderFile(entry.filePath!, renderOptions(entry.collection, entry.data), entry.digest ?? '');
  writeRendering(file, rendering);
  return rendering;
}
