/**
 * The audit of printed pinyin (Wenyan prints Hanyu pinyin after many characters, as in 機(jī)): every
 * annotation with the word it stands in, the reading pinyin-pro gives the character in that context, and
 * whether the two agree. A disagreement is a question for an editor, not a verdict: each one is either
 * flagged in the Markdown with a :pinyin mark (the printed pinyin is wrong; the mark gives the right
 * reading) or recorded as accepted in content/pinyin-audit.yaml with the reason (pinyin-pro is wrong, or
 * the printed reading is a legitimate one). `npm run audit:pinyin` prints the list.
 */
import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { pinyin, segment, OutputFormat } from 'pinyin-pro';
import matter from '../../src/lib/frontmatter.ts';
import { annotatedCharacter, isPinyinSyllable } from '../../src/edition/ruby.ts';
import { toSimplified } from '../../src/edition/simplify.ts';

/** One printed annotation, in the block that holds it. */
export interface PrintedAnnotation {
  /** Line of the Markdown file (the block's line for text inside a mark). */
  line: number;
  /** The character as printed (Traditional) and as the normalized reading has it. */
  character: string;
  simplified: string;
  /** The printed pinyin. */
  printed: string;
  /** pinyin-pro's reading of the character in its block (word-level dictionary, no tone sandhi). */
  expected: string;
  /** pinyin-pro's word around the character, and up to six characters either side (normalized). */
  word: string;
  context: string;
  /** Where the character stands in `context`. */
  contextAt: number;
  /** The :pinyin mark on this annotation, if an editor flagged it. */
  flag?: { read: string; note: string };
}

type Node = Root | RootContent;

/** The text of a block as the reader reads it, pinyin in place, with each character's line and the mark it is in. */
interface BlockText {
  text: string;
  lines: number[];
  flags: ({ read: string; note: string } | undefined)[];
}

function blockText(block: Node): BlockText {
  const out: BlockText = { text: '', lines: [], flags: [] };
  const walk = (node: Node, flag: BlockText['flags'][number]) => {
    if (node.type === 'text') {
      const start = node.position?.start.line ?? 0;
      let line = start;
      for (const char of node.value) {
        out.text += char;
        for (let i = 0; i < char.length; i++) {
          out.lines.push(line);
          out.flags.push(flag);
        }
        if (char === '\n') line++;
      }
      return;
    }
    if (node.type === 'textDirective' && node.name === 'pinyin') {
      const attributes = node.attributes ?? {};
      flag = { read: attributes.read ?? '', note: attributes.note ?? '' };
    }
    // A correction or a lacuna is read as its reading (a lacuna as nothing): its pinyin follows it.
    if ('children' in node) for (const child of node.children) walk(child, flag);
  };
  walk(block, undefined);
  return out;
}

/**
 * Headings and paragraphs, also those inside removed blocks, and the one-line blocks of ::del[…] and
 * ::frag[…] (a restored byline): their printed reading shows ruby too.
 */
function blocks(tree: Root): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'leafDirective') found.push(node);
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** pinyin-pro's reading of each UTF-16 position of a simplified text ('' where not Chinese). */
function readingsOf(text: string): { syllables: string[]; words: { start: number; end: number }[] } {
  const syllables: string[] = [];
  for (const item of pinyin(text, { type: 'all', toneType: 'symbol', toneSandhi: false })) {
    syllables.push(item.isZh ? item.pinyin : '');
    for (let i = 1; i < item.origin.length; i++) syllables.push('');
  }
  const words: { start: number; end: number }[] = [];
  let at = 0;
  for (const piece of segment(text, { format: OutputFormat.AllSegment, toneSandhi: false })) {
    words.push({ start: at, end: at + piece.origin.length });
    at += piece.origin.length;
  }
  if (syllables.length !== text.length || at !== text.length) throw new Error(`pinyin-pro lost track of the text at “${text.slice(0, 20)}…”`);
  return { syllables, words };
}

/** Every printed annotation of a report's Markdown, in reading order. */
export function printedAnnotations(markdown: string): PrintedAnnotation[] {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(matter(markdown).body) as Root;
  const offset = markdown.split('\n').length - matter(markdown).body.split('\n').length;
  const found: PrintedAnnotation[] = [];
  for (const block of blocks(tree)) {
    const { text, lines, flags } = blockText(block);
    // The text without its pinyin, and where each annotated character stands in it.
    let bare = '';
    let last = 0;
    const annotations: { at: number; source: number; printed: string }[] = [];
    for (const match of text.matchAll(annotatedCharacter)) {
      bare += text.slice(last, match.index + 1);
      annotations.push({ at: bare.length - 1, source: match.index, printed: match[2]! });
      last = match.index + match[0].length;
    }
    bare += text.slice(last);
    if (annotations.length === 0) continue;
    const simplified = toSimplified(bare);
    if (simplified.length !== bare.length) throw new Error(`OpenCC changed the length of “${bare.slice(0, 20)}…”`);
    const { syllables, words } = readingsOf(simplified);
    for (const { at, source, printed } of annotations) {
      const word = words.find((piece) => piece.start <= at && at < piece.end)!;
      found.push({
        line: lines[source]! + offset,
        character: bare[at]!,
        simplified: simplified[at]!,
        printed,
        expected: syllables[at]!,
        word: simplified.slice(word.start, word.end),
        context: simplified.slice(Math.max(0, at - 6), at + 7),
        contextAt: Math.min(at, 6),
        flag: flags[source],
      });
    }
  }
  return found;
}

/** Two readings of one syllable agree when they are the same toned syllable (ü written as ü or v). */
export function sameReading(a: string, b: string): boolean {
  const norm = (syllable: string) => syllable.normalize('NFC').toLowerCase().replace(/v/g, 'ü');
  return norm(a) === norm(b);
}

/** A disagreement an editor reviewed and accepted: the printed pinyin is right (or a legitimate variant). */
const accepted = z
  .object({
    /** The printed character (Traditional), its printed pinyin and pinyin-pro's reading. */
    character: z.string().length(1),
    printed: z.string().refine(isPinyinSyllable, 'a toned pinyin syllable'),
    pinyinPro: z.string().regex(/^\p{Ll}+$/u, 'a pinyin syllable (without a tone mark for the neutral tone)'),
    /** A stretch of the normalized text around the character (simplified), as the audit shows it. */
    context: z.string().min(2),
    reason: z.string().min(20),
  })
  .strict();
export type Accepted = z.infer<typeof accepted>;

export function parseAccepted(text: string, file = 'content/pinyin-audit.yaml'): Accepted[] {
  const parsed = z
    .object({ accepted: z.array(accepted) })
    .strict()
    .safeParse(parse(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data.accepted;
}

export const acceptedFile = new URL('../../content/pinyin-audit.yaml', import.meta.url);
export const loadAccepted = (file: URL | string = acceptedFile) => parseAccepted(readFileSync(file, 'utf8'), String(file));

/** The entry that accepts this annotation, if any: same character, readings, and its context contains the entry's. */
export function acceptance(annotation: PrintedAnnotation, list: Accepted[]): Accepted | undefined {
  return list.find(
    (entry) =>
      entry.character === annotation.character &&
      sameReading(entry.printed, annotation.printed) &&
      sameReading(entry.pinyinPro, annotation.expected) &&
      covers(entry.context, annotation),
  );
}

/** The entry's context is a stretch of the annotation's own context that covers the annotated character. */
function covers(context: string, annotation: PrintedAnnotation): boolean {
  for (let start = annotation.context.indexOf(context); start !== -1; start = annotation.context.indexOf(context, start + 1)) {
    if (start <= annotation.contextAt && annotation.contextAt < start + context.length) return true;
  }
  return false;
}

export type Verdict = 'agrees' | 'flagged' | 'accepted' | 'unreviewed';

/** What the audit says of one annotation. */
export function verdict(annotation: PrintedAnnotation, list: Accepted[]): Verdict {
  if (annotation.flag) return 'flagged';
  if (sameReading(annotation.printed, annotation.expected)) return 'agrees';
  return acceptance(annotation, list) ? 'accepted' : 'unreviewed';
}
