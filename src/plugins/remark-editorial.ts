/**
 * remark-editorial: turns the editorial marks (src/edition/marks.ts) into two
 * readings of every heading and paragraph.
 *
 *   <p><span class="r-norm">corrected, punctuation normalized</span>
 *      <span class="r-print">exactly as printed, pinyin as ruby</span></p>
 *
 * Every intervention is recorded in file.data.editorial (later linked to its
 * anchor by rehype-anchors) so the report can list them in its notes.
 * Raw HTML in content is refused: the edition's text is plain Markdown.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ContentError, validateMark, type DirectiveLike, type MarkKind } from '../edition/marks.ts';
import { reasons, type Certainty, type Reason } from '../edition/reasons.ts';
import { newPunctuationState, normalizePunctuation, type PunctuationState } from '../edition/punctuation.ts';
import { splitRuby, stripPinyin } from '../edition/ruby.ts';
import { readingClass } from '../edition/reading.ts';

export interface Intervention {
  /** Position in the report, also the number shown in the notes. */
  index: number;
  kind: MarkKind | 'punct';
  why: Reason | 'punct';
  cert: Certainty;
  /** What the source printed. */
  sic: string;
  /** What the normalized reading shows. */
  reading: string;
  note?: string;
  /** For punctuation: how many marks changed in the block. */
  count?: number;
  line: number;
  /** Filled in by rehype-anchors: the id of the block holding the mark. */
  anchor?: string;
}

export interface EditorialOptions {
  /** Script of the printed text; defaults to the report frontmatter's `script`. */
  script?: 'Hans' | 'Hant';
}

type Reading = 'norm' | 'print';

/** A phrasing node that mdast-util-to-hast renders as the given element. */
function element(tagName: string, properties: Element['properties'], children: PhrasingContent[] | ElementContent[], raw = false): PhrasingContent {
  const data: Record<string, unknown> = { hName: tagName, hProperties: properties };
  if (raw) data.hChildren = children;
  return { type: 'emphasis', data, children: raw ? [] : (children as PhrasingContent[]) } as PhrasingContent;
}

const text = (value: string): Text => ({ type: 'text', value });
const hText = (value: string): ElementContent => ({ type: 'text', value });

function plainText(nodes: readonly Node[]): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string') out += node.value;
    else if ('children' in node && Array.isArray(node.children)) out += plainText(node.children as Node[]);
  }
  return out;
}

function describe(entry: Intervention): { zh: string; en: string } {
  const reason = entry.why === 'punct' ? { zh: '标点规范', en: 'punctuation normalized' } : reasons[entry.why];
  const probable = entry.cert === 'probable' ? { zh: '（推定）', en: ' (probable)' } : { zh: '', en: '' };
  const sic = entry.sic.replace(/ /g, '␣');
  let zh: string;
  let en: string;
  switch (entry.kind) {
    case 'corr':
      zh = entry.sic ? `原印“${sic}”` : '原脱';
      en = entry.sic ? `printed “${sic}”` : 'not printed';
      break;
    case 'gap':
      zh = `阙文${entry.reading.length}字，原印“${sic}”`;
      en = `lacuna of ${entry.reading.length}, printed “${sic}”`;
      break;
    case 'del':
      zh = `删去“${sic}”`;
      en = `removed “${sic}”`;
      break;
    case 'frag':
      zh = '此段原印于别处，移归原位';
      en = 'printed elsewhere, restored to its place';
      break;
    case 'join':
      zh = '原印为两段，合并';
      en = 'printed as two paragraphs, joined';
      break;
    default:
      zh = '';
      en = '';
  }
  const extra = entry.note ? { zh: `；${entry.note}`, en: `; ${entry.note}` } : { zh: '', en: '' };
  return { zh: `${zh}：${reason.zh}${probable.zh}${extra.zh}`, en: `${en}: ${reason.en}${probable.en}${extra.en}` };
}

/** The popover text of a mark, in both interface languages. */
function noteElement(entry: Intervention): PhrasingContent {
  const { zh, en } = describe(entry);
  return element(
    'span',
    { className: [readingClass.note], id: `ed-note-${entry.index}`, role: 'note', translate: 'no' },
    [
      { type: 'element', tagName: 'span', properties: { lang: 'zh-Hans', className: ['ui-zh'] }, children: [hText(zh)] },
      { type: 'element', tagName: 'span', properties: { lang: 'en', className: ['ui-en'] }, children: [hText(en)] },
    ],
    true,
  );
}

export default function remarkEditorial(options: EditorialOptions = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatter = ((file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {}) as Record<string, unknown>;
    const script = options.script ?? (frontmatter.script === 'Hant' ? 'Hant' : 'Hans');
    if (typeof frontmatter.lang === 'string') {
      // Translations and prose pages have one reading and no marks: a translation
      // translates the normalized text.
      visit(tree, (node) => {
        if (node.type === 'html') throw new ContentError(file, node, 'raw HTML is not allowed in content');
        if (node.type.endsWith('Directive') && (node as DirectiveLike).name !== 'term')
          throw new ContentError(file, node, 'editorial marks belong in the Chinese text, not in a translation');
      });
      file.data.editorial = [];
      return;
    }
    const interventions: Intervention[] = [];
    const fragments = new Map<string, { node: DirectiveLike & { children: PhrasingContent[] }; used: boolean }>();

    // First pass: refuse raw HTML, validate every directive, collect fragments.
    visit(tree, (node) => {
      if (node.type === 'html')
        throw new ContentError(file, node, `raw HTML is not allowed in content ("${(node as { value: string }).value.slice(0, 40)}"); write the text, or use an editorial mark`);
      if (node.type === 'textDirective' && (node as DirectiveLike).name === 'term') return; // a glossary reference: remark-glossary checks it
      if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
        const mark = validateMark(node as DirectiveLike, file);
        if (mark.kind === 'frag') {
          const id = mark.attributes.id!;
          if (fragments.has(id)) throw new ContentError(file, node, `duplicate fragment id "${id}"`);
          fragments.set(id, { node: node as never, used: false });
        }
      }
    });
    visit(tree, 'leafDirective', (node) => {
      if (node.name !== 'moved') return;
      const ref = node.attributes?.ref ?? '';
      const fragment = fragments.get(ref);
      if (!fragment) throw new ContentError(file, node, `::moved{ref="${ref}"} names no :frag[…]{id="${ref}"}`);
      if (fragment.used) throw new ContentError(file, node, `fragment "${ref}" is marked as moved twice`);
      fragment.used = true;
    });
    for (const [id, fragment] of fragments) {
      if (!fragment.used) throw new ContentError(file, fragment.node, `:frag{id="${id}"} has no ::moved{ref="${id}"} where it was printed`);
    }

    const record = (node: Node, partial: Omit<Intervention, 'index' | 'line'>): Intervention => {
      const entry: Intervention = { index: interventions.length + 1, line: node.position?.start.line ?? 0, ...partial };
      interventions.push(entry);
      return entry;
    };

    /** Renders inline content in one reading. */
    const inline = (nodes: PhrasingContent[], reading: Reading, punctuation: PunctuationState, inHeading: boolean): PhrasingContent[] => {
      const out: PhrasingContent[] = [];
      for (const node of nodes) {
        if (node.type === 'text') {
          if (reading === 'norm') out.push(text(normalizePunctuation(stripPinyin(node.value), punctuation)));
          else
            for (const piece of splitRuby(node.value)) {
              out.push(
                typeof piece === 'string'
                  ? text(piece)
                  : element(
                      'ruby',
                      {},
                      [
                        hText(piece.base),
                        { type: 'element', tagName: 'rp', properties: {}, children: [hText('(')] },
                        { type: 'element', tagName: 'rt', properties: {}, children: [hText(piece.annotation)] },
                        { type: 'element', tagName: 'rp', properties: {}, children: [hText(')')] },
                      ],
                      true,
                    ),
              );
            }
          continue;
        }
        if (node.type === 'textDirective' && (node as unknown as DirectiveLike).name === 'term') {
          // Kept for remark-glossary in the normalized reading; plain text in the printed one.
          const children = inline((node as unknown as { children: PhrasingContent[] }).children, reading, punctuation, inHeading);
          out.push(...(reading === 'norm' ? [{ ...node, children } as PhrasingContent] : children));
          continue;
        }
        if (node.type === 'textDirective') {
          out.push(...inlineMark(node as unknown as DirectiveLike & { children: PhrasingContent[] }, reading, punctuation, inHeading));
          continue;
        }
        if ('children' in node) {
          out.push({ ...node, children: inline(node.children as PhrasingContent[], reading, punctuation, inHeading) } as PhrasingContent);
          continue;
        }
        out.push(node);
      }
      return out;
    };

    // Each mark is recorded once (in the normalized pass) and looked up in the printed pass.
    const recorded = new WeakMap<Node, Intervention>();

    const inlineMark = (node: DirectiveLike & { children: PhrasingContent[] }, reading: Reading, punctuation: PunctuationState, inHeading: boolean): PhrasingContent[] => {
      const mark = validateMark(node, file);
      const attrs = mark.attributes;
      let entry = recorded.get(node);
      if (!entry) {
        const labelText = plainText(node.children ?? []);
        const sic = mark.kind === 'corr' || mark.kind === 'gap' ? attrs.sic! : mark.kind === 'del' || mark.kind === 'frag' ? labelText : '';
        const shown = mark.kind === 'gap' ? '□'.repeat(Number(attrs.n)) : mark.kind === 'corr' ? labelText : '';
        entry = record(node, { kind: mark.kind, why: mark.why!, cert: mark.cert, sic, reading: shown, note: attrs.note });
        recorded.set(node, entry);
      }
      const markProps = (extra: string[]): Element['properties'] => ({
        className: ['ed', `ed-${mark.kind}`, ...(mark.cert === 'probable' ? ['ed-probable'] : []), ...extra],
        tabIndex: 0,
        dataEd: entry.index,
        ariaDescribedBy: [`ed-note-${entry.index}`],
      });
      if (reading === 'print') {
        switch (mark.kind) {
          case 'corr':
          case 'gap':
            return attrs.sic ? [element('span', { className: ['ed-sic'], dataEd: entry.index }, [text(attrs.sic)])] : [];
          case 'del':
            return [element('span', { className: ['ed-sic'], dataEd: entry.index }, inline(node.children, 'print', punctuation, inHeading))];
          case 'frag':
            // Printed elsewhere: the ::moved block shows it in source order.
            return [element('span', { className: [readingClass.movedAway], dataEd: entry.index, title: 'fragment printed elsewhere' }, [text('⤺')])];
          case 'join':
            return [element('br', { className: ['ed-join-break'], dataEd: entry.index }, [])];
          default:
            return [];
        }
      }
      switch (mark.kind) {
        case 'corr':
          return [
            element('span', markProps([]), [
              ...inline(node.children, 'norm', punctuation, inHeading),
              ...(node.children.length === 0 ? [element('span', { className: [readingClass.caret], ariaHidden: 'true' }, [text('‸')])] : []),
              noteElement(entry),
            ]),
          ];
        case 'gap':
          return [element('span', markProps([]), [text(entry.reading), noteElement(entry)])];
        case 'del':
          return [element('span', markProps([]), [element('span', { className: [readingClass.caret], ariaHidden: 'true' }, [text('‸')]), noteElement(entry)])];
        case 'frag':
          return [
            element('span', { ...markProps([]), id: `frag-${attrs.id}` } as Element['properties'], [...inline(node.children, 'norm', punctuation, inHeading), noteElement(entry)]),
          ];
        case 'join':
          if (inHeading) return [element('br', { dataEd: entry.index }, [])];
          return [element('span', markProps([]), [element('span', { className: [readingClass.caret], ariaHidden: 'true' }, [text('¦')]), noteElement(entry)])];
        default:
          return [];
      }
    };

    const printedLang = script === 'Hant' ? 'zh-Hant' : 'zh-Hans';

    /** A heading or paragraph becomes its two readings side by side. */
    const twoReadings = (node: Paragraph | Heading) => {
      const punctuation = newPunctuationState();
      const inHeading = node.type === 'heading';
      const normalized = inline(node.children, 'norm', punctuation, inHeading);
      const printed = inline(node.children, 'print', newPunctuationState(), inHeading);
      if (punctuation.changes > 0) {
        record(node, { kind: 'punct', why: 'punct', cert: 'certain', sic: '', reading: '', count: punctuation.changes });
        const last = interventions.at(-1)!;
        node.data = { ...node.data, hProperties: { ...(node.data?.hProperties as object), dataEdPunct: last.index } };
      }
      node.children = [
        element('span', { className: [readingClass.normalized], lang: 'zh-Hans' }, normalized),
        element('span', { className: [readingClass.printed], lang: printedLang }, printed),
      ];
    };

    /** A removed block or a fragment's printed position: visible in the printed reading only. */
    const editorialBlock = (node: DirectiveLike & { children: RootContent[] }): RootContent => {
      const mark = validateMark(node, file);
      const printed: RootContent[] = [];
      let sic: string;
      let entry: Intervention;
      if (mark.kind === 'moved') {
        const fragment = fragments.get(mark.attributes.ref!)!;
        const fragmentMark = validateMark(fragment.node, file);
        sic = plainText(fragment.node.children);
        const paragraph: Paragraph = { type: 'paragraph', children: inline(fragment.node.children, 'print', newPunctuationState(), false) };
        printed.push(paragraph);
        entry = record(node, { kind: 'moved', why: fragmentMark.why!, cert: fragmentMark.cert, sic, reading: '' });
        const summary = { zh: '此处原印一段错位文字，已移归原位 →', en: 'a misplaced fragment printed here was restored to its place →' };
        return blockElement(entry, printed, summary, `#frag-${mark.attributes.ref}`);
      }
      const children = node.type === 'leafDirective' ? [{ type: 'paragraph', children: node.children } as Paragraph] : node.children;
      for (const child of children) {
        if (child.type === 'paragraph') printed.push({ type: 'paragraph', children: inline(child.children, 'print', newPunctuationState(), false) });
        else throw new ContentError(file, child, `only paragraphs may stand inside :::del (found ${child.type})`);
      }
      sic = children.map((child) => plainText([child])).join(' / ');
      entry = record(node, { kind: 'del', why: mark.why!, cert: mark.cert, sic, reading: '', note: mark.attributes.note });
      const reason = reasons[mark.why!];
      return blockElement(entry, printed, { zh: `删去：${reason.zh}`, en: `removed: ${reason.en}` });
    };

    const blockElement = (entry: Intervention, printed: RootContent[], summary: { zh: string; en: string }, href?: string): RootContent => {
      const summaryChildren: ElementContent[] = [
        { type: 'element', tagName: 'span', properties: { lang: 'zh-Hans', className: ['ui-zh'] }, children: [hText(summary.zh)] },
        { type: 'element', tagName: 'span', properties: { lang: 'en', className: ['ui-en'] }, children: [hText(summary.en)] },
      ];
      const marker: ElementContent = href
        ? { type: 'element', tagName: 'a', properties: { href, className: ['ed-block-summary'] }, children: summaryChildren }
        : { type: 'element', tagName: 'span', properties: { className: ['ed-block-summary'] }, children: summaryChildren };
      return {
        type: 'blockquote',
        data: { hName: 'div', hProperties: { className: [readingClass.block, `ed-block-${entry.kind}`], dataEd: entry.index, dataWhy: entry.why } },
        children: [
          { type: 'paragraph', data: { hName: 'div', hProperties: { className: [readingClass.normalized] }, hChildren: [marker] }, children: [] },
          { type: 'blockquote', data: { hName: 'div', hProperties: { className: [readingClass.printed], lang: printedLang } }, children: printed as never },
        ],
      } as RootContent;
    };

    const transformBlocks = (children: RootContent[]): RootContent[] =>
      children.map((child) => {
        if (child.type === 'paragraph' || child.type === 'heading') {
          twoReadings(child);
          return child;
        }
        if (child.type === 'leafDirective' || child.type === 'containerDirective') return editorialBlock(child as never);
        if ('children' in child) (child as { children: RootContent[] }).children = transformBlocks((child as { children: RootContent[] }).children);
        return child;
      });

    // Paragraphs first (they record fragments), then blocks that point at them.
    tree.children = transformBlocks(tree.children);
    file.data.editorial = interventions;
  };
}
