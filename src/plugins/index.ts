/**
 * The Markdown pipeline of the edition, in order. src/build/pipeline.ts (the
 * reports), astro.config.mjs (the prose pages) and the tests all take their
 * plugin lists from pipelinePlugins(), so what is tested is what is built.
 *
 *   remark-directive   parses :mark[…]{…}
 *   remark-links       links and images only to the edition or a listed host
 *   remark-editorial   marks → normalized (src/edition/normalize.ts) and printed readings
 *   remark-english-typography  curly quotes in English text
 *   remark-glossary    glossary terms in the normalized reading and the English (not in prose)
 *   rehype-anchors     ids and ¶ links on every section and paragraph
 *   rehype-report-title  the title as the report page shows it (not in prose)
 *
 * Everything a plugin needs comes in here as an option, or in file.data from
 * the caller (src/edition/types.ts): no plugin reads configuration, files or
 * frontmatter.
 */
import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import type { FileKind } from '../edition/types.ts';
import type { Term } from '../lib/glossary.ts';
import remarkEditorial from './editorial/index.ts';
import remarkLinks, { type LinkRules } from './remark-links.ts';
import remarkEnglishTypography from './remark-english-typography.ts';
import remarkGlossary from './remark-glossary.ts';
import rehypeAnchors from './rehype-anchors.ts';
import rehypeReportTitle from './rehype-report-title.ts';

export interface PipelineOptions {
  /** What the files are: one list of plugins per kind. */
  kind: FileKind;
  /** The glossary's terms and the address of an entry (reports and translations). */
  glossary?: { terms: Term[]; href: (id: string) => string };
  /** Where links and images may point (the edition's site, the listed hosts). */
  links: LinkRules;
}

export interface PipelinePlugins {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
}

export function pipelinePlugins(options: PipelineOptions): PipelinePlugins {
  const { kind, glossary, links } = options;
  if (kind === 'prose') return { remarkPlugins: [remarkDirective, [remarkLinks, links], [remarkEditorial, { kind }], remarkEnglishTypography], rehypePlugins: [rehypeAnchors] };
  if (!glossary) throw new Error(`pipelinePlugins: a ${kind} needs the glossary (terms and href)`);
  return {
    remarkPlugins: [remarkDirective, [remarkLinks, links], [remarkEditorial, { kind }], remarkEnglishTypography, [remarkGlossary, { kind, ...glossary }]],
    rehypePlugins: [rehypeAnchors, [rehypeReportTitle, { kind }]],
  };
}
