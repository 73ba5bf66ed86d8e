/**
 * Source recovery: undo every editorial mark of a content file and return
 * the text as the source printed it, in the source's order and with its
 * paragraphs: one line per printed paragraph (a :join breaks the line again,
 * a :split runs a block on into the next). The test suite compares this with
 * sources/ to prove that nothing was lost or changed, and that every change
 * to the paragraphing is marked.
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

/** Stands at the end of a block that :split set apart from the next one; recovery runs them on. */
const runOn = '\u0000';

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
            case 'split':
              return runOn;
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
      // A block restored to its place (::frag) was printed where its ::moved stands.
      if (node.name === 'frag') return '';
      if (node.type === 'containerDirective') return node.children.map((child) => block(child as RootContent)).join('\n');
      return inline(node.children);
    }
    if ('children' in node) return inline(node.children as AnyNode[]);
    return 'value' in node ? String(node.value) : '';
  };
  return tree.children.map(block).join('\n').replaceAll(`${runOn}\n`, '');
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

/** The printed paragraphs of a text: its lines, trimmed, blank lines dropped, each with its line number. */
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((line, index) => ({ text: line.trim(), line: index + 1 }))
    .filter((line) => line.text !== '');

/**
 * Where the recovered paragraphing first departs from the source's (a paragraph split or joined without
 * a mark), or undefined if every printed paragraph comes back as one line of its own.
 */
export function firstParagraphDifference(recovered: string, source: string): Difference | undefined {
  const actual = paragraphs(recovered);
  const expected = paragraphs(source);
  let at = 0;
  while (at < expected.length && expected[at]!.text === actual[at]?.text) at++;
  if (at === expected.length && actual.length === expected.length) return undefined;
  const context = (line: { text: string } | undefined) => JSON.stringify(line ? line.text.slice(0, 30) : '(end)');
  return { line: expected[at]?.line ?? (expected.at(-1)?.line ?? 0) + 1, expected: context(expected[at]), actual: context(actual[at]) };
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
