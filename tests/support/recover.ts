/**
 * Source recovery: undo every editorial mark of a content file and return
 * the text as the source printed it, in the source's order. The test suite
 * compares this with sources/ to prove that nothing was lost or changed.
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import matter from '../../src/lib/frontmatter.ts';

type AnyNode = RootContent | PhrasingContent;

function isDirective(node: AnyNode): node is AnyNode & { name: string; attributes?: Record<string, string | null | undefined> | null; children: AnyNode[] } {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

export function recoverSource(markdown: string): string {
  const { body } = matter(markdown);
  const tree = unified().use(remarkParse).use(remarkDirective).parse(body) as Root;
  const fragments = new Map<string, AnyNode[]>();
  const collect = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (isDirective(node) && node.name === 'frag') fragments.set(node.attributes?.id ?? '', node.children);
      if ('children' in node) collect(node.children as AnyNode[]);
    }
  };
  collect(tree.children);

  const inline = (nodes: AnyNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return node.value;
        if (isDirective(node)) {
          switch (node.name) {
            case 'corr':
            case 'gap':
              return node.attributes?.sic ?? '';
            case 'join':
              return '\n';
            case 'frag':
              return '';
            default:
              return inline(node.children);
          }
        }
        if ('children' in node) return inline(node.children as AnyNode[]);
        if ('value' in node) return String(node.value);
        return '';
      })
      .join('');

  const block = (node: RootContent): string => {
    if (isDirective(node)) {
      if (node.name === 'moved') return inline(fragments.get(node.attributes?.ref ?? '') ?? []);
      if (node.type === 'containerDirective') return node.children.map((child) => block(child as RootContent)).join('\n');
      return inline(node.children);
    }
    if ('children' in node) return inline(node.children as AnyNode[]);
    return 'value' in node ? String(node.value) : '';
  };
  return tree.children.map(block).join('\n');
}

/** Line-break whitespace is the only difference recovery may ignore. */
function withoutLineBreaks(text: string): { joined: string; lineAt: number[] } {
  let joined = '';
  const lineAt: number[] = [];
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    joined += trimmed;
    for (let i = 0; i < trimmed.length; i++) lineAt.push(index + 1);
  });
  return { joined, lineAt };
}

export interface Difference {
  /** Line in the source file where the texts part. */
  line: number;
  expected: string;
  actual: string;
}

/** Where recovered content and source first differ, or undefined if they agree. */
export function firstDifference(recovered: string, source: string): Difference | undefined {
  const actual = withoutLineBreaks(recovered).joined;
  const { joined: expected, lineAt } = withoutLineBreaks(source);
  if (actual === expected) return undefined;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  const context = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 10), at + 20));
  return { line: lineAt[at] ?? lineAt.length, expected: context(expected), actual: context(actual) };
}
