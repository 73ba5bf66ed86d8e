/**
 * rehype-anchors: a short ASCII id on every section and paragraph, by
 * position and never by wording: the title is s0, headings are s1, s2, …;
 * paragraphs are s2-p1, s2-p2, …; text before the first section heading is
 * s0-p1, s0-p2, …; removed or moved
 * blocks are s2-x1. Each gets a ¶ link. The ids are recorded (file.data.anchors)
 * and committed as a snapshot, so a published id can never silently vanish.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import type { Intervention } from './remark-editorial.ts';
import { blockId, paragraphId, sectionId, titleId } from '../edition/anchors.ts';
import { hasClass, readingClass, readingText } from '../edition/reading.ts';

export interface Anchor {
  id: string;
  kind: 'section' | 'paragraph' | 'block';
  /** Heading level for sections. */
  depth?: number;
  /** The normalized reading of the block. */
  text: string;
  /** The printed reading, where it differs from the normalized one's markup (reports only). */
  printed?: string;
}

const headingLevel = /^h([1-6])$/;

function collectMarks(node: Element, into: number[]) {
  for (const key of ['dataEd', 'dataEdPunct']) {
    const value = node.properties?.[key];
    if (value !== undefined) into.push(Number(value));
  }
  for (const child of node.children) if (child.type === 'element') collectMarks(child, into);
}

function permalink(id: string, label: string): ElementContent {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [readingClass.permalink], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: '¶' }],
  };
}

export default function rehypeAnchors() {
  return (tree: Root, file: VFile) => {
    const anchors: Anchor[] = [];
    const markAnchor = new Map<number, string>();
    let section = titleId;
    let sectionCount = 0;
    let paragraphCount = 0;
    let blockCount = 0;

    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      let id: string | undefined;
      const level = headingLevel.exec(node.tagName);
      if (level) {
        if (level[1] === '1') {
          // The title is s0; what stands before the first section is s0-p1, s0-p2, …
          id = titleId;
        } else {
          section = id = sectionId(++sectionCount);
          paragraphCount = 0;
          blockCount = 0;
        }
        anchors.push({ id, kind: 'section', depth: Number(level[1]), text: readingText(node, 'normalized'), printed: readingText(node, 'printed') });
        node.children.push(permalink(id, `§ ${id}`));
      } else if (node.tagName === 'p') {
        id = paragraphId(section, ++paragraphCount);
        anchors.push({ id, kind: 'paragraph', text: readingText(node, 'normalized'), printed: readingText(node, 'printed') });
        node.properties = { ...node.properties, className: ['para'] };
        node.children.unshift(permalink(id, `¶ ${id}`));
      } else if (hasClass(node, readingClass.block)) {
        id = blockId(section, ++blockCount);
        anchors.push({ id, kind: 'block', text: '', printed: readingText(node, 'printed') });
      }
      if (!id) continue;
      node.properties = { ...node.properties, id };
      const marks: number[] = [];
      collectMarks(node, marks);
      for (const index of marks) markAnchor.set(index, id);
    }

    const editorial = (file.data.editorial ?? []) as Intervention[];
    for (const entry of editorial) entry.anchor = markAnchor.get(entry.index);
    file.data.anchors = anchors;
    const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter) {
      astro.frontmatter.anchors = anchors;
      astro.frontmatter.editorial = editorial;
    }
  };
}
