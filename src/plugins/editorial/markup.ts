/**
 * The bridge from hast to mdast: remark-editorial builds the reading markup
 * with hastscript and hands it to mdast-util-to-hast as a `readingElement`
 * node (remark-directive's pattern: data.hName and data.hProperties). Its
 * mdast children stay visible to the plugins after it (remark-glossary marks
 * terms in the normalized reading); an element without mdast children keeps
 * its own hast children (data.hChildren).
 */
import type { BlockContent, PhrasingContent, Text } from 'mdast';
import type { Element } from 'hast';
import type {} from 'mdast-util-to-hast';

declare module 'mdast' {
  /** An element of the reading markup (class names in src/edition/reading.ts). */
  interface ReadingElement extends Parent {
    type: 'readingElement';
    children: (PhrasingContent | BlockContent)[];
  }
  interface PhrasingContentMap {
    readingElement: ReadingElement;
  }
  interface BlockContentMap {
    readingElement: ReadingElement;
  }
  interface RootContentMap {
    readingElement: ReadingElement;
  }
}

/** `element` as an mdast node; with `children`, those replace the element's own (hast) children. */
export function carry(element: Element, children?: (PhrasingContent | BlockContent)[]) {
  return {
    type: 'readingElement' as const,
    children: children ?? [],
    data: children ? { hName: element.tagName, hProperties: element.properties } : { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
  };
}

export const text = (value: string): Text => ({ type: 'text', value });

/** Block children with a line break around each, as mdast-util-to-hast writes a blockquote's. */
export function loose(children: (PhrasingContent | BlockContent)[]): (PhrasingContent | BlockContent)[] {
  return [text('\n'), ...children.flatMap((child, index) => (index ? [text('\n'), child] : [child])), text('\n')];
}
