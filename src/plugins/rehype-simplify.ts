/**
 * rehype-simplify: the normalized reading in mainland simplified characters.
 * Converts the text inside `.r-norm` with OpenCC (Taiwan and Hong Kong
 * standards → mainland). The printed reading and editorial notes, which quote
 * the source, are left as they are.
 */
import type { Element, Root } from 'hast';
import { toSimplified } from '../lib/simplify.ts';

const untouched = new Set(['r-print', 'ed-note']);

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
          walk(child, inside || names.includes('r-norm'));
        }
      }
    };
    walk(tree, false);
  };
}
