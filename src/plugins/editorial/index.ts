/**
 * remark-editorial: turns the editorial marks (src/edition/marks.ts) into two
 * readings of every heading and paragraph of a report.
 *
 *   <p><span class="r-norm">corrected, normalized (src/edition/normalize.ts)</span>
 *      <span class="r-print">exactly as printed, pinyin as ruby</span></p>
 *
 * Every intervention is recorded in file.data.editorial (later linked to its
 * anchor by rehype-anchors) so the report can list them in its notes. The
 * caller says what the file is (`kind`) and, for a report, its script
 * (file.data.script). Translations and prose are checked, not transformed.
 * A report or translation may hold only the blocks the edition renders, and
 * says how many it has (file.data.markdownBlocks), so the build can count
 * that each reaches the page and the exports (src/build/pipeline.ts).
 *
 *   context.ts  what the plugin knows while rendering one report
 *   validate.ts checks before rendering
 *   blocks.ts   paragraphs, headings and editorial blocks
 *   inline.ts   text and inline marks in each reading
 *   notes.ts    the bilingual notes and summaries
 *   markup.ts   hastscript elements as mdast nodes
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { FileKind } from '../../edition/types.ts';
import { createContext } from './context.ts';
import { checkBlocks, checkNotEmpty, checkPlain, checkReport } from './validate.ts';
import { transformBlocks } from './blocks.ts';

/** The top-level blocks that become blocks of the page: all but link reference definitions (addresses, not text). */
const renderedBlocks = (tree: Root) => tree.children.filter((node) => node.type !== 'definition').length;

export interface EditorialOptions {
  kind: FileKind;
}

export default function remarkEditorial(options: EditorialOptions) {
  const { kind } = options;
  return (tree: Root, file: VFile) => {
    if (kind !== 'prose') checkBlocks(tree, file, kind);
    if (kind !== 'report') {
      checkPlain(tree, file, kind);
      if (kind === 'translation') {
        checkNotEmpty(tree, file, kind);
        file.data.markdownBlocks = renderedBlocks(tree);
      }
      file.data.editorial = [];
      return;
    }
    const context = createContext(file);
    checkReport(context, tree);
    tree.children = transformBlocks(context, tree.children);
    checkNotEmpty(tree, file, kind);
    file.data.editorial = context.interventions;
    file.data.markdownBlocks = renderedBlocks(tree);
  };
}
