/**
 * Inline content in one reading. The normalized reading normalizes every text
 * once (src/edition/normalize.ts) and shows each mark's correction with its
 * note; the printed reading shows what the source printed, pinyin as ruby.
 */
import { h } from 'hastscript';
import type { PhrasingContent } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Intervention } from '../../edition/types.ts';
import { validateMark, type ValidMark } from '../../edition/marks.ts';
import { normalizeText } from '../../edition/normalize.ts';
import type { PunctuationState } from '../../edition/punctuation.ts';
import { readingClass } from '../../edition/reading.ts';
import { splitRuby } from '../../edition/ruby.ts';
import { record, type EditorialContext, type Reading } from './context.ts';
import { carry, text } from './markup.ts';
import { noteElement, noteId } from './notes.ts';

/** An inline mark, or a ::frag block whose content is inline. */
type Mark = TextDirective | LeafDirective;

/** Where inline content stands: which reading, the block's punctuation state, whether in a heading. */
export interface InlineScope {
  reading: Reading;
  punctuation: PunctuationState;
  inHeading: boolean;
}

export function inline(context: EditorialContext, nodes: PhrasingContent[], scope: InlineScope): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'text') return scope.reading === 'norm' ? [text(normalizeText(node.value, scope.punctuation))] : printedText(node.value);
    if (node.type === 'textDirective' && node.name === 'term') {
      // Kept for remark-glossary in the normalized reading; plain text in the printed one.
      const children = inline(context, node.children, scope);
      return scope.reading === 'norm' ? [{ ...node, children }] : children;
    }
    if (node.type === 'textDirective') return inlineMark(context, node, scope);
    // Emphasis, strong, links: the same node around its content in this reading.
    if ('children' in node) return [{ ...node, children: inline(context, node.children as PhrasingContent[], scope) } as PhrasingContent];
    return [node];
  });
}

/** Printed text: inline pinyin becomes ruby over its character. */
function printedText(value: string): PhrasingContent[] {
  return splitRuby(value).map((piece) =>
    typeof piece === 'string' ? text(piece) : carry(h('ruby', {}, [piece.base, h('rp', {}, '('), h('rt', {}, piece.annotation), h('rp', {}, ')')])),
  );
}

/**
 * Text as the source printed it, for the notes and exports: a correction's or lacuna's printed text,
 * nothing for a fragment inside (printed elsewhere, noted at its own ::moved) or a join or split.
 */
export function asPrinted(nodes: PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      if (node.type === 'text' || node.type === 'inlineCode') return node.value;
      if (node.type === 'textDirective' && node.name !== 'term') {
        if (node.name === 'corr' || node.name === 'gap') return node.attributes?.sic ?? '';
        if (node.name === 'frag' || node.name === 'join' || node.name === 'split') return '';
      }
      return 'children' in node ? asPrinted(node.children as PhrasingContent[]) : '';
    })
    .join('');
}

/** The mark's intervention, recorded the first time the mark is seen. */
function entryOf(context: EditorialContext, node: Mark, mark: ValidMark): Intervention {
  let entry = context.recorded.get(node);
  if (!entry) {
    const label = toString(node);
    const attrs = mark.attributes;
    // A fragment may hold marks of its own (src/edition/marks.ts): its printed text is theirs as printed.
    const sic =
      mark.kind === 'corr' || mark.kind === 'gap'
        ? attrs.sic!
        : mark.kind === 'frag'
          ? asPrinted(node.children)
          : mark.kind === 'del' || mark.kind === 'unclear' || mark.kind === 'pinyin'
            ? label
            : '';
    const shown = mark.kind === 'gap' ? '□'.repeat(Number(attrs.n)) : mark.kind === 'corr' || mark.kind === 'unclear' ? label : mark.kind === 'pinyin' ? attrs.read! : '';
    entry = record(context, node, { kind: mark.kind, why: mark.why!, cert: mark.cert, sic, reading: shown, note: attrs.note });
    context.recorded.set(node, entry);
  }
  return entry;
}

/** A mark in one reading (a text mark, or a ::frag block's content). */
export function inlineMark(context: EditorialContext, node: Mark, scope: InlineScope): PhrasingContent[] {
  const mark = validateMark(node, context.file);
  const entry = entryOf(context, node, mark);
  return scope.reading === 'print' ? printedMark(context, node, mark, entry, scope) : normalizedMark(context, node, mark, entry, scope);
}

/** The source's text where a mark stands. */
function printedMark(context: EditorialContext, node: Mark, mark: ValidMark, entry: Intervention, scope: InlineScope): PhrasingContent[] {
  const sic = mark.attributes.sic;
  switch (mark.kind) {
    case 'corr':
    case 'gap':
      return sic ? [carry(h('span', { className: ['ed-sic'], dataEd: entry.index }, sic))] : [];
    case 'del':
      return [carry(h('span', { className: ['ed-sic'], dataEd: entry.index }), inline(context, node.children, scope))];
    case 'frag':
      // Printed elsewhere: the ::moved block shows it in source order.
      return [carry(h('span', { className: [readingClass.movedAway], dataEd: entry.index, title: 'fragment printed elsewhere' }))];
    case 'join':
      return [carry(h('br', { className: ['ed-join-break'], dataEd: entry.index }))];
    case 'split':
      // The printed paragraph went on: a sign where the edition breaks it, drawn when the edits are shown.
      return [carry(h('span', { className: ['ed-sic', 'ed-run-in'], dataEd: entry.index }))];
    case 'unclear':
      return [carry(h('span', { className: ['ed-sic'], dataEd: entry.index }), inline(context, node.children, scope))];
    case 'pinyin':
      // The wrong pinyin is printed here: the ruby as printed, flagged, with the note giving the right reading.
      return [carry(h('span', markProperties(mark, entry, 'print')), [...inline(context, node.children, scope), carry(noteElement(entry, 'print'))])];
    default:
      return [];
  }
}

/**
 * The mark as the normalized reading shows it: the correction (or a caret where text was removed or
 * joined), focusable, with its note. Carets are empty elements that the stylesheet draws when the reader
 * shows the edits, so the text itself holds the words only (find in page, copy, screen readers).
 */
function normalizedMark(context: EditorialContext, node: Mark, mark: ValidMark, entry: Intervention, scope: InlineScope): PhrasingContent[] {
  const properties = markProperties(mark, entry, 'norm');
  const caret = (sign: '‸' | '¦' | '↵') => h('span', { className: [readingClass.caret], dataCaret: sign, ariaHidden: 'true' });
  const note = noteElement(entry);
  switch (mark.kind) {
    case 'corr': {
      const children = inline(context, node.children, scope);
      return [carry(h('span', properties), [...children, ...(node.children.length === 0 ? [carry(caret('‸'))] : []), carry(note)])];
    }
    case 'gap':
      return [carry(h('span', properties, [entry.reading, note]))];
    case 'del':
      return [carry(h('span', properties, [caret('‸'), note]))];
    case 'frag':
      return [carry(h('span', { ...properties, id: `frag-${mark.attributes.id}` }), [...inline(context, node.children, scope), carry(note)])];
    case 'join':
      if (scope.inHeading) return [carry(h('br', { dataEd: entry.index }))];
      return [carry(h('span', properties, [caret('¦'), note]))];
    case 'split':
      return [carry(h('span', properties, [caret('↵'), note]))];
    case 'unclear':
      // Shown in the clean reading too, set off as unresolved (the stylesheet draws its brackets).
      return [carry(h('span', properties), [carry(h('span', { className: [readingClass.unclear] }), inline(context, node.children, scope)), carry(note)])];
    case 'pinyin':
      // The normalized reading drops the pinyin; the character is marked so the note is found here too.
      return [carry(h('span', properties), [...inline(context, node.children, scope), carry(note)])];
    default:
      return [];
  }
}

/** A focusable mark described by its note, in one reading. */
function markProperties(mark: ValidMark, entry: Intervention, reading: Reading) {
  return {
    className: ['ed', `ed-${mark.kind}`, ...(mark.cert === 'probable' ? ['ed-probable'] : [])],
    tabIndex: 0,
    dataEd: entry.index,
    ariaDescribedBy: [noteId(entry, reading)],
  };
}
