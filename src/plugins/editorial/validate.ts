/**
 * Checks before rendering: raw HTML is refused everywhere (the edition's text
 * is plain Markdown); in a report every mark is validated and every fragment
 * is claimed by exactly one ::moved block; translations and prose have no marks.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { FileKind } from '../../edition/types.ts';
import { origin, validateMark, type Directive } from '../../edition/marks.ts';
import type { EditorialContext } from './context.ts';

const isDirective = (node: { type: string }): node is Directive => node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';

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
  for (const [id, fragment] of fragments) if (!fragment.used) file.fail(`:frag{id="${id}"} has no ::moved{ref="${id}"} where it was printed`, fragment.node, origin('fragment'));
}
