/**
 * rehype-simplify: the normalized reading in mainland simplified characters.
 * Converts the text inside `.r-norm` with OpenCC (Taiwan and Hong Kong
 * standards → mainland). The printed reading and editorial notes, which quote
 * the source, are left as they are.
 */
import type { Element, Root } from 'hast';
import { toSimplified } from '../edition/simplify.ts';
import { readingClass } from '../edition/reading.ts';

const untouched = new Set<string>([readingClass.printed, readingClass.note]);

function classes(node: Element): string[] {
  const value: unknown = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

export default function rehypeSimplify() {
  return (tree: Root) => {
    const walk = (node: Root | Element, inside: boolean) => {
      for (const child of node.children) {
        if (child.type === 'text' && inside) child.value = toSimplified(child.value);
        else if (child.type === 'element') {
          const names = classes(child);
          if (names.some((name) => untouched.has(name))) continue;
          walk(child, inside || names.includes(readingClass.normalized));
        }
      }
    };
    walk(tree, false);
  };
}
