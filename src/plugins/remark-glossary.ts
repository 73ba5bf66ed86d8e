/**
 * remark-glossary: marks every occurrence of a glossary term in the
 * normalized Chinese reading and, in a translation, its English rendering.
 * Longest form first; never inside headings, links or code; the printed
 * reading is left as printed. An explicit :term[…]{id="…"} names a term the
 * matcher cannot find, and an unknown id stops the build with file and line.
 *
 * Each mark is a link to the glossary entry (so it works without JavaScript)
 * described by the term's definition (aria-describedby, see GlossaryDefs).
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { visit, SKIP } from 'unist-util-visit';
import { ContentError } from '../edition/marks.ts';
import { chineseForms, englishForms, formsPattern, loadGlossary, type Term } from '../lib/glossary.ts';
import { toSimplified } from '../edition/simplify.ts';
import { readingClass } from '../edition/reading.ts';

export interface GlossaryOptions {
  terms?: Term[];
  /** Where glossary entries live: `${href}#${id}`. */
  href?: (id: string, lang: 'zh' | 'en') => string;
}

function hasClass(node: { data?: { hProperties?: Record<string, unknown> } }, name: string): boolean {
  const value = node.data?.hProperties?.className;
  return Array.isArray(value) && value.includes(name);
}

export default function remarkGlossary(options: GlossaryOptions = {}) {
  return (tree: Root, file: VFile) => {
    const terms = options.terms ?? loadGlossary();
    const known = new Map(terms.map((term) => [term.id, term]));
    const frontmatter = ((file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {}) as Record<string, unknown>;
    const lang = frontmatter.lang === 'en' ? 'en' : 'zh';
    if (typeof frontmatter.lang === 'string' && frontmatter.lang !== 'en') return; // prose pages
    const href = options.href ?? ((id: string, language: 'zh' | 'en') => `/${language}/glossary/#${id}`);
    const used = new Set<string>();

    const termLink = (id: string, children: PhrasingContent[]): PhrasingContent => {
      used.add(id);
      return {
        type: 'link',
        url: href(id, lang),
        data: { hProperties: { className: ['term'], dataTerm: id, ariaDescribedBy: [`gl-def-${id}`] } },
        children,
      } as PhrasingContent;
    };

    // Explicit :term[…]{id} marks: checked here, turned into links.
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'term' || !parent || index === undefined) return;
      const id = node.attributes?.id ?? '';
      if (!known.has(id)) throw new ContentError(file, node, `:term{id="${id}"} names no glossary term (content/glossary/terms.yaml)`);
      parent.children[index] = termLink(id, node.children);
      return SKIP;
    });

    const forms = lang === 'en' ? englishForms(terms) : chineseForms(terms);
    if (!forms.length) return;
    const lookup = new Map(forms);
    const pattern = formsPattern(forms, lang === 'en');

    const annotate = (node: Parent) =>
      findAndReplace(node as Root, [[pattern, (match: string) => termLink(lookup.get(lang === 'en' ? match.toLowerCase() : match)!, [{ type: 'text', value: match }])]], {
        ignore: ['link', 'linkReference', 'inlineCode', 'code', 'heading'] as never,
      });

    if (lang === 'en') {
      // One pass over the whole translation (headings are ignored): a pass per paragraph costs twice as much.
      annotate(tree);
    } else {
      // Only the normalized reading: the spans remark-editorial made with class r-norm.
      visit(tree, (node) => {
        if (node.type === 'heading') return SKIP;
        if ('data' in node && hasClass(node as never, readingClass.normalized)) {
          // Match on the simplified text the reader sees (rehype-simplify would convert it anyway),
          // so a Traditional source needs no second spelling of every term.
          if (frontmatter.script === 'Hant')
            visit(node as Parent, 'text', (text) => {
              text.value = toSimplified(text.value);
            });
          annotate(node as Parent);
          return SKIP;
        }
        if ('data' in node && (hasClass(node as never, readingClass.printed) || hasClass(node as never, readingClass.note))) return SKIP;
        return undefined;
      });
    }
    file.data.glossaryTerms = [...used];
    const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter) astro.frontmatter.glossaryTerms = [...used];
  };
}
