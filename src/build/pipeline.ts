/**
 * The edition's Markdown → HTML pipeline outside Astro (tests, exports,
 * ingest checks): the same plugins, in the same order, as astro.config.mjs.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkPlugins, rehypePlugins } from '../plugins/index.ts';
import type { Anchor } from '../plugins/rehype-anchors.ts';
import type { Intervention } from '../plugins/remark-editorial.ts';

export interface Rendered {
  html: string;
  anchors: Anchor[];
  editorial: Intervention[];
  /** Ids of the glossary terms marked in the text. */
  glossaryTerms: string[];
}

let processor: ReturnType<typeof createProcessor> | undefined;

function createProcessor() {
  const created = unified().use(remarkParse);
  for (const plugin of remarkPlugins) created.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [never]));
  created.use(remarkRehype);
  for (const plugin of rehypePlugins) created.use(plugin as never);
  return created.use(rehypeStringify).freeze();
}

/** Renders one file's Markdown body; the processor is built once and reused (plugins keep no state between files). */
export async function renderMarkdown(markdown: string, path = '<input>', frontmatter: Record<string, unknown> = {}): Promise<Rendered> {
  processor ??= createProcessor();
  const file = new VFile({ value: markdown, path, data: { astro: { frontmatter } } });
  const result = await processor.process(file);
  return {
    html: String(result),
    anchors: result.data.anchors as Anchor[],
    editorial: result.data.editorial as Intervention[],
    glossaryTerms: (result.data.glossaryTerms ?? []) as string[],
  };
}
