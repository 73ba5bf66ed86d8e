/**
 * The reading markup, defined once: every block of a report carries its two
 * readings side by side, `<span class="r-norm">` (normalized: simplified,
 * corrected) and `<span class="r-print">` (the source as printed), with the
 * editorial apparatus in its own elements. The plugins build this markup,
 * the anchors and exports read text out of it with `readingText`, the
 * stylesheet shows one reading at a time (src/styles/global.css uses the
 * same class names).
 */
import type { Element } from 'hast';

export const readingClass = {
  /** The normalized reading. */
  normalized: 'r-norm',
  /** The reading as printed. */
  printed: 'r-print',
  /** An editorial note (what was printed, why it changed). */
  note: 'ed-note',
  /** The marker of an editorial intervention. */
  caret: 'ed-caret',
  /** A fragment printed here but restored elsewhere. */
  movedAway: 'ed-moved-away',
  /** A removed or moved block. */
  block: 'ed-block',
  /** An editorial block the normalized reading shows as text (a restored byline): it has an anchor, no translation. */
  shownBlock: 'ed-block-shown',
  /** Unresolved text, kept as printed in both readings. */
  unclear: 'ed-unclear-text',
  /** The ¶ / § link of an anchor. */
  permalink: 'permalink',
} as const;

/** Apparatus, not text. */
const apparatus: string[] = [readingClass.note, readingClass.caret, readingClass.permalink];

export function hasClass(node: Element, name: string): boolean {
  const value = node.properties?.className;
  return Array.isArray(value) && value.includes(name);
}

function findByClass(node: Element, name: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (hasClass(child, name)) return child;
    const found = findByClass(child, name);
    if (found) return found;
  }
  return undefined;
}

function readableText(node: Element): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element' && !apparatus.some((name) => hasClass(child, name))) out += readableText(child);
  }
  return out;
}

/**
 * A block's text in one reading. Normalized: the words only, whitespace
 * collapsed (a block with no reading markup, as in a translation, is its own
 * normalized reading). Printed: as the source prints it, ruby kept in its
 * parentheses, line breaks kept; undefined where the block has no printed
 * reading.
 */
export function readingText(node: Element, reading: 'normalized'): string;
export function readingText(node: Element, reading: 'printed'): string | undefined;
export function readingText(node: Element, reading: 'normalized' | 'printed'): string | undefined {
  if (reading === 'normalized')
    return readableText(findByClass(node, readingClass.normalized) ?? node)
      .replace(/\s+/g, ' ')
      .trim();
  const printed = findByClass(node, readingClass.printed);
  if (!printed) return undefined;
  const walk = (element: Element): string =>
    element.children
      .map((child) => {
        if (child.type === 'text') return child.value;
        if (child.type !== 'element' || hasClass(child, readingClass.movedAway) || hasClass(child, readingClass.note)) return '';
        return child.tagName === 'br' ? '\n' : walk(child);
      })
      .join('');
  return walk(printed).trim();
}
