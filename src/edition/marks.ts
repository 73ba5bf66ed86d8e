/**
 * The editorial marks of this edition: one remark-directive syntax for every
 * intervention in the sources. Each mark is validated here, so a typo in
 * content fails the build with the file, the line and what was expected.
 *
 *   :corr[reading]{sic="printed" why="ocr" cert="probable" note="…"}
 *   :gap{sic="?" n=1 why="encoding"}            lacuna, shown as □
 *   :del[text]{why="garbled"}                   removed inline text
 *   ::del[图片]{why="image"}                    removed block
 *   :::del{why="metadata"} … :::                removed group of blocks
 *   :frag[text]{id="m1" why="column"}           fragment restored to its place
 *   ::moved{ref="m1"}                           where that fragment was printed
 *   :join{why="column-break"}                   two printed paragraphs joined
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { existsSync, readFileSync } from 'node:fs';
import { certainties, isReason, type Certainty, type Reason } from './reasons.ts';

export type MarkKind = 'corr' | 'gap' | 'del' | 'frag' | 'moved' | 'join';

interface AttributeRule {
  required: boolean;
  pattern?: RegExp;
}

const why: AttributeRule = { required: true };
const cert: AttributeRule = { required: false, pattern: new RegExp(`^(${certainties.join('|')})$`) };
const note: AttributeRule = { required: false };

/** Which directive types and attributes each mark accepts. */
export const markRules: Record<MarkKind, { types: string[]; attributes: Record<string, AttributeRule> }> = {
  corr: { types: ['textDirective'], attributes: { sic: { required: true }, why, cert, note } },
  gap: { types: ['textDirective'], attributes: { sic: { required: true }, n: { required: true, pattern: /^[1-9]\d*$/ }, why, cert, note } },
  del: { types: ['textDirective', 'leafDirective', 'containerDirective'], attributes: { why, cert, note } },
  frag: { types: ['textDirective'], attributes: { id: { required: true, pattern: /^[a-z][a-z0-9-]*$/ }, why, cert, note } },
  moved: { types: ['leafDirective'], attributes: { ref: { required: true, pattern: /^[a-z][a-z0-9-]*$/ } } },
  join: { types: ['textDirective'], attributes: { why, cert, note } },
};

export interface DirectiveLike extends Node {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
}

export interface ValidMark {
  kind: MarkKind;
  attributes: Record<string, string>;
  why?: Reason;
  cert: Certainty;
}

/**
 * Lines of frontmatter above the text the parser saw: Astro and the tests
 * hand the plugins the body only, but a message must name the file's line.
 */
function frontmatterLines(file: VFile): number {
  if (!file.path || !existsSync(file.path)) return 0;
  const full = readFileSync(file.path, 'utf8');
  const body = String(file.value ?? '');
  const at = body.length > 0 ? full.indexOf(body) : -1;
  return at > 0 ? full.slice(0, at).split('\n').length - 1 : 0;
}

/** "content/reports/zh/x.md:12:3" — where a node stands, for error messages. */
export function where(file: VFile, node: Node): string {
  const start = node.position?.start;
  const path = file.path || '<input>';
  return start ? `${path}:${start.line + frontmatterLines(file)}:${start.column}` : path;
}

export class ContentError extends Error {
  constructor(file: VFile, node: Node, message: string) {
    super(`${where(file, node)}: ${message}`);
    this.name = 'ContentError';
  }
}

const prefix = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

export function validateMark(node: DirectiveLike, file: VFile): ValidMark {
  const written = `${prefix[node.type]}${node.name}`;
  if (!Object.hasOwn(markRules, node.name)) {
    const known = Object.keys(markRules)
      .map((name) => `:${name}`)
      .join(', ');
    throw new ContentError(file, node, `unknown editorial mark "${written}" (known marks: ${known}; for a literal colon before text write \\:)`);
  }
  const kind = node.name as MarkKind;
  const rule = markRules[kind];
  if (!rule.types.includes(node.type)) {
    const allowed = rule.types.map((type) => `${prefix[type as keyof typeof prefix]}${kind}`).join(' or ');
    throw new ContentError(file, node, `"${written}" is not allowed here; write ${allowed}`);
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (!Object.hasOwn(rule.attributes, name)) {
      const known = Object.keys(rule.attributes).join(', ');
      throw new ContentError(file, node, `"${written}" has unknown attribute "${name}" (expected: ${known})`);
    }
    attributes[name] = value ?? '';
  }
  for (const [name, attributeRule] of Object.entries(rule.attributes)) {
    const value = attributes[name];
    if (value === undefined) {
      if (attributeRule.required) throw new ContentError(file, node, `"${written}" is missing the required attribute ${name}="…"`);
      continue;
    }
    if (attributeRule.pattern && !attributeRule.pattern.test(value)) {
      throw new ContentError(file, node, `"${written}" has ${name}="${value}", expected ${attributeRule.pattern}`);
    }
  }
  if ('why' in rule.attributes && !isReason(attributes.why)) {
    throw new ContentError(file, node, `"${written}" has why="${attributes.why}", which is not a known reason (see src/edition/reasons.ts)`);
  }
  return {
    kind,
    attributes,
    why: attributes.why as Reason | undefined,
    cert: (attributes.cert as Certainty | undefined) ?? 'certain',
  };
}
