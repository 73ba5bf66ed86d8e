/**
 * The edition's Markdown pipeline for reports and translations: the plugins of
 * src/plugins/index.ts with the options a report page needs. `renderTree` gives
 * the hast tree (the build: src/build/rendering.ts turns its blocks into HTML
 * one by one); `renderMarkdown` the whole HTML (scripts and tests).
 */
import { glossaryFromReport } from '../lib/routes.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { pipelinePlugins } from '../plugins/index.ts';
import { origin } from '../edition/marks.ts';
import type { Anchor, Intervention, Script } from '../edition/types.ts';
import { loadGlossary, type Term } from '../lib/glossary.ts';
import { edition } from '../lib/edition-info.ts';
import type { LinkRules } from '../plugins/remark-links.ts';
import { siteUrl } from '../config.ts';

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

/** What the caller knows of a file: which collection it is in and, for a report, the script it was printed in. */
export interface RenderOptions {
  kind: 'report' | 'translation';
  script?: Script;
}

/** What the pipeline needs to know of a file: its collection's kind and, for a report, the script it was printed in. */
export function renderOptions(collection: 'reports' | 'translations', data: Record<string, unknown>): RenderOptions {
  return collection === 'translations' ? { kind: 'translation' } : { kind: 'report', script: data.script === 'Hant' ? 'Hant' : 'Hans' };
}

/** Where links and images in content may point: the edition's own site (SITE_URL) and the hosts content/edition.yaml lists. */
export function linkRules(): LinkRules {
  return { site: siteUrl, external: edition().externalLinks };
}

function createProcessor(kind: RenderOptions['kind'], terms: Term[]) {
  const { remarkPlugins, rehypePlugins } = pipelinePlugins({ kind, glossary: { terms, href: glossaryFromReport }, links: linkRules() });
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
 * Nothing of a report or translation is left out: each top-level block of its Markdown (remark-editorial
 * counts them) became one top-level element with its own anchor id, which the page shows as a row and
 * the exports as a block (rehype-anchors records the same ids). Otherwise the file stops the build.
 */
export function assertEveryBlock(tree: Root, file: VFile) {
  const elements = tree.children.filter((node) => node.type === 'element');
  const seen = new Map<string, number | undefined>();
  for (const element of elements) {
    const id = element.properties.id;
    const line = element.position?.start.line;
    if (typeof id !== 'string' || !id)
      file.fail(`this <${element.tagName}> block has no anchor id, so the page and the exports would leave it out`, element, origin('every-block'));
    if (seen.has(id))
      file.fail(`the anchor id "${id}" is given twice (first at line ${seen.get(id)}), so the page would show one block of the two`, element, origin('every-block'));
    seen.set(id, line);
  }
  const counted = file.data.markdownBlocks ?? 0;
  const anchors = (file.data.anchors ?? []).map((anchor) => anchor.id);
  if (elements.length !== counted || anchors.join(' ') !== [...seen.keys()].join(' '))
    file.fail(
      `${counted} blocks in the Markdown, ${elements.length} rendered, ${anchors.length} anchored: every block must reach the page and the exports`,
      undefined,
      origin('every-block'),
    );
}

const recorded = (file: VFile): Recorded => ({ anchors: file.data.anchors ?? [], editorial: file.data.editorial ?? [], glossaryTerms: file.data.glossaryTerms ?? [] });

/**
 * Runs `step` on one content file (the whole file: its frontmatter is blanked line for line, so positions
 * in messages are the file's). A mistake in the content stops with "path:line:column: what is wrong".
 */
async function withFile<T>(markdown: string, path: string, options: RenderOptions, step: (file: VFile) => Promise<T>): Promise<T> {
  const { content } = parseFrontmatter(markdown, { frontmatter: 'empty-with-lines' });
  const file = new VFile({ value: content, path, data: { lang: options.kind === 'translation' ? 'en' : 'zh', script: options.script ?? 'Hans' } });
  try {
    return await step(file);
  } catch (error) {
    // file.fail() records the message on the file before throwing it.
    const fatal = file.messages.find((message) => message.fatal);
    if (fatal) throw new Error(`${path}:${fatal.line ?? 0}:${fatal.column ?? 0}: ${fatal.reason}`, { cause: error });
    throw error;
  }
}

/** Runs one content file through the plugins: the hast tree, not serialized. */
export function renderTree(markdown: string, path: string, options: RenderOptions): Promise<Recorded & { tree: Root }> {
  const processor = processorFor(options.kind);
  return withFile(markdown, path, options, async (file) => {
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    assertEveryBlock(tree, file);
    return { tree, ...recorded(file) };
  });
}

/** Renders one content file to HTML. */
export function renderMarkdown(markdown: string, path: string, options: RenderOptions): Promise<Rendered> {
  const processor = processorFor(options.kind);
  return withFile(markdown, path, options, async (file) => {
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    assertEveryBlock(tree, file);
    return { html: processor.stringify(tree, file), ...recorded(file) };
  });
}
