/**
 * What remark-editorial knows while it renders one report: the file (for
 * messages and its script), the interventions recorded so far, the fragments
 * and which of them a ::moved block has claimed.
 */
import type { Node } from 'unist';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type { Intervention } from '../../edition/types.ts';

export type Reading = 'norm' | 'print';

export interface Fragment {
  /** Inline (:frag, part of a paragraph) or a whole block (::frag). */
  node: TextDirective | LeafDirective;
  used: boolean;
}

export interface EditorialContext {
  file: VFile;
  /** The lang attribute of the printed reading (the normalized one is always zh-Hans). */
  printedLang: 'zh-Hans' | 'zh-Hant';
  interventions: Intervention[];
  /** :frag marks by id. */
  fragments: Map<string, Fragment>;
  /** Each inline mark is recorded once (in the normalized pass) and looked up in the printed pass. */
  recorded: WeakMap<Node, Intervention>;
}

export function createContext(file: VFile): EditorialContext {
  return { file, printedLang: file.data.script === 'Hant' ? 'zh-Hant' : 'zh-Hans', interventions: [], fragments: new Map(), recorded: new WeakMap() };
}

/** Records an intervention at the node's line; its index is its number in the notes. */
export function record(context: EditorialContext, node: Node, partial: Omit<Intervention, 'index' | 'line'>): Intervention {
  const entry: Intervention = { index: context.interventions.length + 1, line: node.position?.start.line ?? 0, ...partial };
  context.interventions.push(entry);
  return entry;
}
