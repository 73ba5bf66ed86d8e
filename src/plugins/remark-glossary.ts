/**
 * remark-glossary: marks every occurrence of a glossary term in the
 * normalized Chinese reading of a report and in a translation's English.
 * Longest form first; never inside headings, links or code; the printed
 * reading is left as printed; prose pages get no glossary links; in English,
 * terms of the category `usage` are not marked (their forms are common words). An explicit
 * :term[…]{id="…"} names a term the matcher cannot find, and an unknown id
 * stops the build with file and line.
 *
 * Each mark is a link to the glossary entry (so it works without JavaScript)
 * described by the term's definition (aria-describedby, see GlossaryDefs).
 * The terms and the link come in as options; the plugin reads no files.
 */
import type { Link, Parent, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { visit, SKIP } from 'unist-util-visit';
import type { FileKind } from '../edition/types.ts';
import { origin } from '../edition/marks.ts';
import type { Term } from '../lib/glossary.ts';
import { chineseForms, englishForms, formsPattern } from '../lib/glossary-forms.ts';
import { readingClass } from '../edition/reading.ts';

export interface GlossaryOptions {
  kind: FileKind;
  terms: Term[];
  /** The address of a term's entry. */
  href: (id: string) => string;
}

function hasClass(node: { data?: { hProperties?: Record<string, unknown> } }, name: string): boolean {
  const value = node.data?.hProperties?.className;
  return Array.isArray(value) && value.includes(name);
}

export default function remarkGlossary(options: GlossaryOptions) {
  const { kind, terms, href } = options;
  const known = new Set(terms.map((term) => term.id));
  const english = kind === 'translation';
  // The English forms of usage terms are ordinary words (“at least”, “municipal”): they are not marked.
  const forms = english ? englishForms(terms.filter((term) => term.category !== 'usage')) : chineseForms(terms);
  const lookup = new Map(forms);
  const pattern = forms.length ? formsPattern(forms, english) : undefined;

  return (tree: Root, file: VFile) => {
    if (kind === 'prose') return;
    const used = new Set<string>();
    const termLink = (id: string, children: PhrasingContent[]): Link => {
      used.add(id);
      return { type: 'link', url: href(id), data: { hProperties: { className: ['term'], dataTerm: id, ariaDescribedBy: [`gl-def-${id}`] } }, children };
    };

    // Explicit :term[…]{id} marks: checked here, turned into links.
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'term' || !parent || index === undefined) return;
      const id = node.attributes?.id ?? '';
      if (!known.has(id)) file.fail(`:term{id="${id}"} names no glossary term (content/glossary/terms.yaml)`, node, origin('term'));
      parent.children[index] = termLink(id, node.children);
      return SKIP;
    });

    const annotate = (node: Parent) =>
      findAndReplace(node as Root, [[pattern!, (match: string) => termLink(lookup.get(english ? match.toLowerCase() : match)!, [{ type: 'text', value: match }])]], {
        ignore: ['link', 'linkReference', 'inlineCode', 'code', 'heading'],
      });

    if (pattern && english) {
      // One pass over the whole translation (headings are ignored): a pass per paragraph costs twice as much.
      annotate(tree);
    } else if (pattern) {
      // Only the normalized reading (already simplified: src/edition/normalize.ts), never the printed one or the notes.
      visit(tree, (node) => {
        if (node.type === 'heading') return SKIP;
        if (!('data' in node)) return undefined;
        if (hasClass(node, readingClass.normalized)) {
          annotate(node as Parent);
          return SKIP;
        }
        return hasClass(node, readingClass.printed) || hasClass(node, readingClass.note) ? SKIP : undefined;
      });
    }
    file.data.glossaryTerms = [...used];
  };
}
