/**
 * rehype-anchors: a short ASCII id on every section and paragraph, by
 * position and never by wording: the title is s0, headings are s1, s2, …;
 * paragraphs are s2-p1, s2-p2, …; text before the first section heading is
 * s0-p1, s0-p2, …; removed, moved or restored
 * blocks are s2-x1. Each gets a ¶ link. The ids are recorded (file.data.anchors)
 * and committed as a snapshot, so a published id can never silently vanish.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { headingRank } from 'hast-util-heading-rank';
import { selectAll } from 'hast-util-select';
import type { Anchor } from '../edition/types.ts';
import { blockId, paragraphId, sectionId, titleId } from '../edition/anchors.ts';
import { hasClass, readingClass, readingText } from '../edition/reading.ts';

/** The numbers of the interventions inside a block (its marks and its punctuation). */
function marksIn(node: Element): number[] {
  return [node, ...selectAll('[data-ed], [data-ed-punct]', node)].flatMap((element) =>
    ['dataEd', 'dataEdPunct'].flatMap((key) => (element.properties[key] === undefined ? [] : [Number(element.properties[key])])),
  );
}

/** The ¶ link of an anchor: its sign is drawn by the stylesheet, so the text holds the words only. */
function permalink(id: string, label: string): Element {
  return h('a', { className: [readingClass.permalink], href: `#${id}`, ariaLabel: label });
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
      const rank = headingRank(node);
      if (rank) {
        // The title is s0; what stands before the first section is s0-p1, s0-p2, …
        if (rank === 1) id = titleId;
        else {
          section = id = sectionId(++sectionCount);
          paragraphCount = 0;
          blockCount = 0;
        }
        anchors.push({ id, kind: 'section', depth: rank, text: readingText(node, 'normalized'), printed: readingText(node, 'printed') });
        node.children.push(permalink(id, `§ ${id}`));
      } else if (node.tagName === 'p') {
        id = paragraphId(section, ++paragraphCount);
        anchors.push({ id, kind: 'paragraph', text: readingText(node, 'normalized'), printed: readingText(node, 'printed') });
        node.properties = { ...node.properties, className: ['para'] };
        node.children.unshift(permalink(id, `¶ ${id}`));
      } else if (hasClass(node, readingClass.block)) {
        id = blockId(section, ++blockCount);
        // A removed or moved block has no normalized text (its summary is apparatus); a shown block (a byline) has.
        const text = hasClass(node, readingClass.shownBlock) ? readingText(node, 'normalized') : '';
        anchors.push({ id, kind: 'block', text, printed: readingText(node, 'printed') });
      }
      if (!id) continue;
      node.properties = { ...node.properties, id };
      for (const index of marksIn(node)) markAnchor.set(index, id);
    }

    for (const entry of file.data.editorial ?? []) entry.anchor = markAnchor.get(entry.index);
    file.data.anchors = anchors;
  };
}
