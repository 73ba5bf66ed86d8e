/**
 * Checks before rendering: raw HTML is refused everywhere (the edition's text
 * is plain Markdown); a report or translation holds only the blocks the
 * edition renders (checkBlocks), so nothing is left out of the page, the
 * exports or search; in a report every mark is validated, stands only where
 * it makes sense, and every fragment is claimed by exactly one ::moved block;
 * translations and prose have no marks.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { FileKind } from '../../edition/types.ts';
import { origin, validateMark, validateNesting, type Directive } from '../../edition/marks.ts';
import type { EditorialContext } from './context.ts';

const isDirective = (node: { type: string }): node is Directive => node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';

/** What a report or translation may hold, as each message says. */
const allowedBlocks = {
  report: 'a report holds paragraphs, headings (# the title, once; ## and below for sections) and editorial blocks (::del, :::del, ::frag, ::moved)',
  translation: 'a translation holds paragraphs and headings (# the title, once; ## and below for sections)',
} as const;

/** The blocks Markdown makes that the edition does not render: what each is (given its source), and how to keep its text. */
const refusedBlocks: Record<string, (source: string) => string> = {
  list: () => 'a list, which the edition does not render; write each item as a paragraph, or escape a printed marker to keep it as text (\\- , \\+ , \\* , 1\\. , 1\\) )',
  blockquote: () => 'a blockquote, which the edition does not render; escape a printed ">" to keep it as text (\\>)',
  code: (source) =>
    /^ {0,3}[`~]/.test(source)
      ? 'a fenced code block (``` or ~~~), which the edition does not render; escape the fence to keep it as text (\\`, \\~)'
      : 'an indented code block (a line indented by four spaces or a tab), which the edition does not render; write the text without the indentation',
  thematicBreak: () =>
    'a thematic break (---, ***, ___), which the edition does not render; escape it to keep it as printed text (\\---), or mark it removed (::del[\\---]{why="…"})',
  footnoteDefinition: () => 'a footnote, which the edition does not render; editorial notes go in the note="…" of a mark',
  table: () => 'a table, which the edition does not render; write each row as a paragraph',
};

/** A GFM table's delimiter row (|---|:--:|): without GFM its table would be published as a paragraph of pipes. */
const tableDelimiter = (line: string) => /^[ |:-]+$/.test(line) && line.includes('|') && line.includes('-');

/**
 * Every top-level block of a report or translation must be one the edition renders, each becoming one
 * anchored block of the page, the exports and search; anything else is refused with its line and what
 * is allowed. One # title at most.
 */
export function checkBlocks(tree: Root, file: VFile, kind: 'report' | 'translation') {
  const allowed = allowedBlocks[kind];
  let title: RootContent | undefined;
  const sourceOf = (node: RootContent) => String(file.value).slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  for (const node of tree.children) {
    const refused = refusedBlocks[node.type];
    if (refused) file.fail(`${refused(sourceOf(node))}; ${allowed}`, node, origin('block'));
    // Raw HTML is refused with its own message (raw-html); a link reference definition is not text but the address of links elsewhere.
    if (node.type === 'html' || node.type === 'definition') continue;
    if (node.type === 'heading') {
      if (!/^ {0,3}#/.test(sourceOf(node)))
        file.fail(
          `a heading underlined with === or --- (a setext heading); write it with # marks, or, if the line is printed text, escape the underline (\\---); ${allowed}`,
          node,
          origin('block'),
        );
      if (node.depth === 1) {
        if (title) file.fail(`a second title (#); the title is at line ${title.position?.start.line}, and a section heading is ## or below; ${allowed}`, node, origin('title'));
        title = node;
      }
      continue;
    }
    if (node.type === 'paragraph') {
      checkTable(node, sourceOf(node), file, allowed);
      continue;
    }
    if (kind === 'report' && (node.type === 'leafDirective' || node.type === 'containerDirective')) continue;
    file.fail(`a block of type ${node.type}, which the edition does not render here; ${allowed}`, node, origin('block'));
  }
}

/** A report or translation has text: at least one paragraph (checked last: the other messages say more). */
export function checkNotEmpty(tree: Root, file: VFile, kind: 'report' | 'translation') {
  if (!tree.children.some((node) => node.type === 'paragraph'))
    file.fail(`the ${kind} has no paragraph: its text is missing; ${allowedBlocks[kind]}`, tree.position?.start, origin('empty'));
}

/** A paragraph holding a table's delimiter row is a table written for GFM, which the edition does not use. */
function checkTable(node: RootContent, source: string, file: VFile, allowed: string) {
  const row = source.split(/\r?\n/).findIndex(tableDelimiter);
  if (row > 0 && node.position) file.fail(`${refusedBlocks.table!(source)}; ${allowed}`, { line: node.position.start.line + row, column: 1 }, origin('block'));
}

/**
 * Each mark stands only where it makes sense: inside another mark only as markContents allows
 * (src/edition/marks.ts). A :term, a glossary reference, is transparent.
 */
function checkNesting(node: Nodes, file: VFile, enclosing?: Directive) {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (isDirective(child) && child.name !== 'term') {
      if (enclosing) validateNesting(child, enclosing, file);
      checkNesting(child, file, child);
    } else checkNesting(child, file, enclosing);
  }
}

/** A translation or a prose page: no raw HTML, no marks (a translation may name glossary terms). */
export function checkPlain(tree: Root, file: VFile, kind: Exclude<FileKind, 'report'>) {
  visit(tree, (node) => {
    if (node.type === 'html') file.fail('raw HTML is not allowed in content', node, origin('raw-html'));
    if (!isDirective(node)) return;
    if (kind === 'translation' && node.name !== 'term') file.fail('editorial marks belong in the Chinese text, not in a translation', node, origin('mark-in-translation'));
    if (kind === 'prose') file.fail('editorial marks and glossary references belong in reports, not in prose pages', node, origin('mark-in-prose'));
  });
}

/** A report: refuses raw HTML, validates every mark, collects the fragments and checks each is moved once. */
export function checkReport(context: EditorialContext, tree: Root) {
  const { file, fragments } = context;
  visit(tree, (node) => {
    if (node.type === 'html') file.fail(`raw HTML is not allowed in content ("${node.value.slice(0, 40)}"); write the text, or use an editorial mark`, node, origin('raw-html'));
    if (!isDirective(node) || (node.type === 'textDirective' && node.name === 'term')) return; // a glossary reference: remark-glossary checks it
    const mark = validateMark(node, file);
    if (mark.kind !== 'frag' || node.type === 'containerDirective') return;
    const id = mark.attributes.id!;
    if (fragments.has(id)) file.fail(`duplicate fragment id "${id}"`, node, origin('fragment'));
    fragments.set(id, { node, used: false });
  });
  visit(tree, 'leafDirective', (node) => {
    if (node.name !== 'moved') return;
    const ref = node.attributes?.ref ?? '';
    const fragment = fragments.get(ref);
    if (!fragment) return file.fail(`::moved{ref="${ref}"} names no :frag[…]{id="${ref}"}`, node, origin('fragment'));
    if (fragment.used) file.fail(`fragment "${ref}" is marked as moved twice`, node, origin('fragment'));
    fragment.used = true;
  });
  // A split sets the rest of a printed paragraph apart: it ends its heading or paragraph, and a block follows.
  visit(tree, 'textDirective', (node, index, parent) => {
    if (node.name !== 'split') return;
    const block = parent && (parent.type === 'heading' || parent.type === 'paragraph') && tree.children.includes(parent) ? parent : undefined;
    const next = block ? tree.children[tree.children.indexOf(block) + 1] : undefined;
    if (!block || index !== block.children.length - 1 || !next)
      file.fail('":split" ends a heading or paragraph that the source printed run in with the block after it', node, origin('split'));
  });
  checkNesting(tree, file);
  for (const [id, fragment] of fragments) if (!fragment.used) file.fail(`:frag{id="${id}"} has no ::moved{ref="${id}"} where it was printed`, fragment.node, origin('fragment'));
}
