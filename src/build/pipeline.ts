/**
 * The edition's Markdown → HTML pipeline for reports and translations (the
 * Astro pages, scripts, tests): the plugins of src/plugins/index.ts with the
 * options a report page needs.
 */
import { glossaryFromReport } from '../lib/routes.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { pipelinePlugins } from '../plugins/index.ts';
import type { Anchor, Intervention, Script } from '../edition/types.ts';
import { loadGlossary, type Term } from '../lib/glossary.ts';

export interface Rendered {
  html: string;
  anchors: Anchor[];
  editorial: Intervention[];
  /** Ids of the glossary terms marked in the text. */
  glossaryTerms: string[];
}

/** What the caller knows of a file: which collection it is in and, for a report, the script it was printed in. */
export interface RenderOptions {
  kind: 'report' | 'translation';
  script?: Script;
}

function createProcessor(kind: RenderOptions['kind'], terms: Term[]) {
  const { remarkPlugins, rehypePlugins } = pipelinePlugins({ kind, glossary: { terms, href: glossaryFromReport } });
  return unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify).freeze();
}

/** A processor per kind, built again when the glossary changes (loadGlossary returns the same terms until then). */
const processors = new Map<RenderOptions['kind'], { terms: Term[]; processor: ReturnType<typeof createProcessor> }>();

function processorFor(kind: RenderOptions['kind']) {
  const terms = loadGlossary();
  let cached = processors.get(kind);
  if (cached?.terms !== terms) processors.set(kind, (cached = { terms, processor: createProcessor(kind, terms) }));
  return cached.processor;
}

/**
 * Renders one content file (the whole file: its frontmatter is blanked line for line, so positions in
 * messages are the file's). A mistake in the content stops with "path:line:column: what is wrong".
 */
export async function renderMarkdown(markdown: string, path: string, options: RenderOptions): Promise<Rendered> {
  const { content } = parseFrontmatter(markdown, { frontmatter: 'empty-with-lines' });
  const file = new VFile({ value: content, path, data: { lang: options.kind === 'translation' ? 'en' : 'zh', script: options.script ?? 'Hans' } });
  try {
    const result = await processorFor(options.kind).process(file);
    return { html: String(result), anchors: result.data.anchors ?? [], editorial: result.data.editorial ?? [], glossaryTerms: result.data.glossaryTerms ?? [] };
  } catch (error) {
    // file.fail() records the message on the file before throwing it.
    const fatal = file.messages.find((message) => message.fatal);
    if (fatal) throw new Error(`${path}:${fatal.line ?? 0}:${fatal.column ?? 0}: ${fatal.reason}`, { cause: error });
    throw error;
  }
}
