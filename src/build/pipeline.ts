/**
 * The edition's Markdown pipeline outside Astro's own Markdown processor: the
 * same plugins, in the same order, as astro.config.mjs. `renderTree` gives the
 * hast tree (the build: src/build/rendering.ts turns its blocks into HTML one
 * by one); `renderMarkdown` the whole HTML (scripts and tests).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { remarkPlugins, rehypePlugins } from '../plugins/index.ts';
import type { Anchor } from '../plugins/rehype-anchors.ts';
import type { Intervention } from '../plugins/remark-editorial.ts';

/** What the plugins record about a file. */
export interface Recorded {
  anchors: Anchor[];
  editorial: Intervention[];
  /** Ids of the glossary terms marked in the text. */
  glossaryTerms: string[];
}

export interface Rendered extends Recorded {
  html: string;
}

let processor: ReturnType<typeof createProcessor> | undefined;

function createProcessor() {
  const created = unified().use(remarkParse);
  for (const plugin of remarkPlugins) created.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [never]));
  created.use(remarkRehype);
  for (const plugin of rehypePlugins) created.use(plugin as never);
  return created.use(rehypeStringify).freeze();
}

const recorded = (file: VFile): Recorded => ({
  anchors: file.data.anchors as Anchor[],
  editorial: file.data.editorial as Intervention[],
  glossaryTerms: (file.data.glossaryTerms ?? []) as string[],
});

// The processor is built once and reused (plugins keep no state between files).
const fileOf = (markdown: string, path: string, frontmatter: Record<string, unknown>) => new VFile({ value: markdown, path, data: { astro: { frontmatter } } });

/** Runs one file's Markdown body through the plugins: the hast tree, not serialized. */
export async function renderTree(markdown: string, path = '<input>', frontmatter: Record<string, unknown> = {}): Promise<Recorded & { tree: Root }> {
  processor ??= createProcessor();
  const file = fileOf(markdown, path, frontmatter);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, ...recorded(file) };
}

/** Renders one file's Markdown body to HTML. */
export async function renderMarkdown(markdown: string, path = '<input>', frontmatter: Record<string, unknown> = {}): Promise<Rendered> {
  processor ??= createProcessor();
  const file = fileOf(markdown, path, frontmatter);
  const result = await processor.process(file);
  return { html: String(result), ...recorded(result) };
}
