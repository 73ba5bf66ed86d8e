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
 *   ::frag[text]{id="by" why="byline"}          a whole block restored to its place, shown
 *   ::moved{ref="m1"}                           where that fragment was printed
 *   :join{why="column-break"}                   two printed paragraphs joined
 *   :split{why="run-in"}                        one printed paragraph set as two blocks
 *   :unclear[text]{why="garbled"}               unresolved text, kept as printed in both readings
 *   :pinyin[長(zhǎng)]{read="cháng" why="pinyin" note="…"}
 *                                               printed pinyin wrong for its word: kept as
 *                                               printed, flagged, the right reading in `read`
 */
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { certainties, isReason, type Certainty, type Reason } from './reasons.ts';
import type { MarkKind } from './types.ts';
import { pinyinSyllable, singleAnnotation } from './ruby.ts';

export type { MarkKind };
export type Directive = TextDirective | LeafDirective | ContainerDirective;

/** The origin of every message about content: `town-reports:<rule>`. */
export const origin = (rule: string) => `town-reports:${rule}`;

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
  frag: { types: ['textDirective', 'leafDirective'], attributes: { id: { required: true, pattern: /^[a-z][a-z0-9-]*$/ }, why, cert, note } },
  moved: { types: ['leafDirective'], attributes: { ref: { required: true, pattern: /^[a-z][a-z0-9-]*$/ } } },
  join: { types: ['textDirective'], attributes: { why, cert, note } },
  split: { types: ['textDirective'], attributes: { why, cert, note } },
  unclear: { types: ['textDirective'], attributes: { why, cert, note: { required: true } } },
  pinyin: { types: ['textDirective'], attributes: { read: { required: true, pattern: pinyinSyllable }, why, cert, note: { required: true } } },
};

/**
 * What may stand in each mark's text ([…]): the marks allowed inside it (a :term, a glossary reference,
 * may stand anywhere), or `false` for a mark that takes no text. A fragment is ordinary printed text,
 * so it may hold the marks of any text; the text of the other marks is not, and a mark inside it would
 * publish a note on a reading that was never printed or is never shown.
 */
export const markContents: Record<MarkKind, readonly MarkKind[] | false> = {
  corr: [],
  gap: false,
  del: [],
  frag: ['corr', 'gap', 'del', 'frag', 'join', 'unclear', 'pinyin'],
  moved: false,
  join: false,
  split: false,
  unclear: [],
  pinyin: [],
};

/** Why nothing may stand inside a mark's text. */
const closedText: Partial<Record<MarkKind, string>> = {
  corr: "the text of a :corr is the edition's reading, which was never printed; mark what was printed, once",
  del: 'the text of a :del was removed and is shown only as printed',
  unclear: 'the text of an :unclear is kept as printed, unresolved',
  pinyin: 'a :pinyin holds one character and the pinyin printed after it',
};

export interface ValidMark {
  kind: MarkKind;
  attributes: Record<string, string>;
  why?: Reason;
  cert: Certainty;
}

const prefix = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

/** Checks a directive against markRules; a mistake stops the build with the file, line and column (file.fail). */
export function validateMark(node: Directive, file: VFile): ValidMark {
  const fail = (message: string): never => file.fail(message, node, origin('mark'));
  const written = `${prefix[node.type]}${node.name}`;
  if (!Object.hasOwn(markRules, node.name)) {
    const known = Object.keys(markRules)
      .map((name) => `:${name}`)
      .join(', ');
    return fail(`unknown editorial mark "${written}" (known marks: ${known}; for a literal colon before text write \\:)`);
  }
  const kind = node.name as MarkKind;
  const rule = markRules[kind];
  if (!rule.types.includes(node.type)) {
    const allowed = rule.types.map((type) => `${prefix[type as keyof typeof prefix]}${kind}`).join(' or ');
    fail(`"${written}" is not allowed here; write ${allowed}`);
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (!Object.hasOwn(rule.attributes, name)) {
      const known = Object.keys(rule.attributes).join(', ');
      fail(`"${written}" has unknown attribute "${name}" (expected: ${known})`);
    }
    attributes[name] = value ?? '';
  }
  for (const [name, attributeRule] of Object.entries(rule.attributes)) {
    const value = attributes[name];
    if (value === undefined) {
      if (attributeRule.required) fail(`"${written}" is missing the required attribute ${name}="…"`);
      continue;
    }
    if (attributeRule.pattern && !attributeRule.pattern.test(value)) {
      fail(`"${written}" has ${name}="${value}", expected ${attributeRule.pattern}`);
    }
  }
  if ('why' in rule.attributes && !isReason(attributes.why)) {
    fail(`"${written}" has why="${attributes.why}", which is not a known reason (see src/edition/reasons.ts)`);
  }
  if (markContents[kind] === false && node.children.length > 0)
    fail(`"${written}" takes no text, but has "${toString(node)}" in […], which the edition would not show; write ${written}{…} without it`);
  if (kind === 'pinyin') checkPinyinFlag(node, attributes.read!, fail);
  return {
    kind,
    attributes,
    why: attributes.why as Reason | undefined,
    cert: (attributes.cert as Certainty | undefined) ?? 'certain',
  };
}

/** A :pinyin mark holds one character with its printed pinyin, and gives a reading that differs from it. */
function checkPinyinFlag(node: Directive, read: string, fail: (message: string) => never) {
  const label = toString(node);
  const annotation = singleAnnotation.exec(label);
  if (!annotation) fail(`":pinyin" holds one character and the pinyin printed after it, as in :pinyin[長(zhǎng)]{read="cháng" …} (found "${label}")`);
  if (annotation![2] === read) fail(`":pinyin" gives read="${read}", which is the pinyin printed; flag only a reading that differs from the print`);
}

/**
 * Checks that a mark may stand where it is: inside `enclosing`, the nearest mark around it (a :term
 * does not count), following markContents. A mistake stops the build with the file, line and column.
 */
export function validateNesting(node: Directive, enclosing: Directive, file: VFile) {
  const outer = enclosing.name as MarkKind;
  const allowed = Object.hasOwn(markContents, outer) ? markContents[outer] : [];
  if (allowed && allowed.includes(node.name as MarkKind)) return;
  const written = `${prefix[node.type]}${node.name}`;
  const around = `${prefix[enclosing.type]}${outer}`;
  const line = enclosing.position?.start.line;
  const why = allowed && allowed.length ? `inside it may stand ${allowed.map((name) => `:${name}`).join(', ')}` : (closedText[outer] ?? `"${around}" takes no text`);
  file.fail(`"${written}" cannot stand inside "${around}"${line ? ` (line ${line})` : ''}: ${why}`, node, origin('mark-nesting'));
}
