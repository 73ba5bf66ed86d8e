/** The top-level blocks of a Markdown body as remark parses them (a ::: container is one block). */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';

const parser = unified().use(remarkParse).use(remarkDirective);

export interface MarkdownBlock {
  /** mdast node type: heading, paragraph, containerDirective, leafDirective, … */
  type: string;
  /** Heading depth, for headings. */
  depth?: number;
  /** The block's source text, exactly as written. */
  text: string;
}

export function markdownBlocks(body: string): MarkdownBlock[] {
  return parser.parse(body).children.map((node) => ({
    type: node.type,
    depth: node.type === 'heading' ? node.depth : undefined,
    text: body.slice(node.position!.start.offset, node.position!.end.offset),
  }));
}
