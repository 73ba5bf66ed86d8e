/**
 * Blocks of a report: every heading and paragraph becomes its two readings
 * side by side; a removed block or a fragment's printed position becomes an
 * editorial block, visible in the printed reading only; a block restored to
 * its place (::frag) becomes an editorial block that the normalized reading
 * shows as text.
 */
import { h } from 'hastscript';
import type { BlockContent, Heading, Paragraph, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Intervention } from '../../edition/types.ts';
import { origin, validateMark } from '../../edition/marks.ts';
import { newPunctuationState } from '../../edition/punctuation.ts';
import { readingClass } from '../../edition/reading.ts';
import { record, type EditorialContext } from './context.ts';
import { asPrinted, inline, inlineMark } from './inline.ts';
import { carry, loose } from './markup.ts';
import { bilingual, blockSummary, type Bilingual } from './notes.ts';

/** Paragraphs first (they record fragments), then the blocks that point at them. */
export function transformBlocks(context: EditorialContext, children: RootContent[]): RootContent[] {
  return children.map((child) => {
    if (child.type === 'paragraph' || child.type === 'heading') return twoReadings(context, child);
    if (child.type === 'leafDirective' || child.type === 'containerDirective') return editorialBlock(context, child);
    if ('children' in child) child.children = transformBlocks(context, child.children) as never;
    return child;
  });
}

/** A heading or paragraph with its normalized and printed readings; punctuation changes are one intervention. */
function twoReadings(context: EditorialContext, node: Paragraph | Heading): Paragraph | Heading {
  const inHeading = node.type === 'heading';
  const punctuation = newPunctuationState();
  const normalized = inline(context, node.children, { reading: 'norm', punctuation, inHeading });
  const printed = inline(context, node.children, { reading: 'print', punctuation: newPunctuationState(), inHeading });
  if (punctuation.changes > 0) {
    const entry = record(context, node, { kind: 'punct', why: 'punct', cert: 'certain', sic: '', reading: '', count: punctuation.changes });
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataEdPunct: entry.index } };
  }
  node.children = [
    carry(h('span', { className: [readingClass.normalized], lang: 'zh-Hans' }), normalized),
    carry(h('span', { className: [readingClass.printed], lang: context.printedLang }), printed),
  ];
  return node;
}

/** Paragraphs as printed, each on its own. */
function printedParagraphs(context: EditorialContext, paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.map((paragraph) => ({
    type: 'paragraph',
    children: inline(context, paragraph.children, { reading: 'print', punctuation: newPunctuationState(), inHeading: false }),
  }));
}

function editorialBlock(context: EditorialContext, node: LeafDirective | ContainerDirective): BlockContent {
  const mark = validateMark(node, context.file);
  if (mark.kind === 'moved') {
    const fragment = context.fragments.get(mark.attributes.ref!)!;
    const fragmentMark = validateMark(fragment.node, context.file);
    const printed = printedParagraphs(context, [{ type: 'paragraph', children: fragment.node.children }]);
    const entry = record(context, node, { kind: 'moved', why: fragmentMark.why!, cert: fragmentMark.cert, sic: asPrinted(fragment.node.children), reading: '' });
    return blockElement(context, entry, printed, blockSummary.moved, `#frag-${mark.attributes.ref}`);
  }
  if (mark.kind === 'frag' && node.type === 'leafDirective') return shownBlock(context, node);
  const children: RootContent[] = node.type === 'leafDirective' ? [{ type: 'paragraph', children: node.children }] : node.children;
  const paragraphs = children.map((child) => {
    if (child.type !== 'paragraph') return context.file.fail(`only paragraphs may stand inside :::del (found ${child.type})`, child, origin('del-block'));
    return child;
  });
  const sic = paragraphs.map((child) => toString(child)).join(' / ');
  // Marks inside the removed text are recorded before the block itself, in reading order.
  const printed = printedParagraphs(context, paragraphs);
  const entry = record(context, node, { kind: 'del', why: mark.why!, cert: mark.cert, sic, reading: '', note: mark.attributes.note });
  return blockElement(context, entry, printed, blockSummary.removed(mark.why!));
}

/**
 * A whole block restored to its place (::frag, a byline): its text in the normalized reading, marked as a
 * restored fragment with its note; in the printed reading the sign of text printed elsewhere (::moved
 * prints it where it stood).
 */
function shownBlock(context: EditorialContext, node: LeafDirective): BlockContent {
  const normalized = inlineMark(context, node, { reading: 'norm', punctuation: newPunctuationState(), inHeading: false });
  const printed = inlineMark(context, node, { reading: 'print', punctuation: newPunctuationState(), inHeading: false });
  const entry = context.recorded.get(node)!;
  const block = h('div', { className: [readingClass.block, readingClass.shownBlock, `ed-block-${entry.kind}`], dataEd: entry.index, dataWhy: entry.why });
  return carry(
    block,
    loose([
      carry(h('div', { className: [readingClass.normalized], lang: 'zh-Hans' }), [{ type: 'paragraph', children: normalized } as Paragraph]),
      carry(h('div', { className: [readingClass.printed], lang: context.printedLang }), [{ type: 'paragraph', children: printed } as Paragraph]),
    ]),
  );
}

/** The block: a summary (a link to the fragment's place for ::moved) in the normalized reading, the text as printed. */
function blockElement(context: EditorialContext, entry: Intervention, printed: Paragraph[], summary: Bilingual, href?: string): BlockContent {
  const marker = href ? h('a', { href, className: ['ed-block-summary'] }, bilingual(summary)) : h('span', { className: ['ed-block-summary'] }, bilingual(summary));
  const block = h('div', { className: [readingClass.block, `ed-block-${entry.kind}`], dataEd: entry.index, dataWhy: entry.why });
  return carry(
    block,
    loose([carry(h('div', { className: [readingClass.normalized] }, [marker])), carry(h('div', { className: [readingClass.printed], lang: context.printedLang }), loose(printed))]),
  );
}
