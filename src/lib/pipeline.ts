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
}

export async function renderMarkdown(markdown: string, path = '<input>', frontmatter: Record<string, unknown> = {}): Promise<Rendered> {
  const processor = unified().use(remarkParse);
  for (const plugin of remarkPlugins) processor.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [never]));
  processor.use(remarkRehype);
  for (const plugin of rehypePlugins) processor.use(plugin as never);
  processor.use(rehypeStringify);
  const file = new VFile({ value: markdown, path, data: { astro: { frontmatter } } });
  const result = await processor.process(file);
  return { html: String(result), anchors: result.data.anchors as Anchor[], editorial: result.data.editorial as Intervention[] };
}
