/**
 * The TEI P5 export of a report (data/reports/<slug>.tei.xml) and of the
 * corpus (data/corpus.tei.xml), made from the rendering the report page shows
 * (its blocks' HTML, anchors and editorial record), never from the Markdown
 * again. Each block's two readings (src/edition/reading.ts) are aligned
 * character by character: what both readings share is written once, what
 * normalization changed is a choice of orig and reg, and each editorial mark
 * becomes the TEI element for its kind (the table is in the Data page and in
 * the encodingDesc below). The XML is built with xastscript and serialized by
 * xast-util-to-xml.
 */
import { diffArrays } from 'diff';
import type { Element as HastElement, ElementContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'xast';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { Anchor, Intervention } from '../edition/types.ts';
import { hasClass, readingClass } from '../edition/reading.ts';
import { reasons, type Reason } from '../edition/reasons.ts';
import type { Edition } from './edition-info.ts';
import type { Term } from './glossary.ts';
import type { ReportMeta, Revision } from './schema.ts';

export const teiNamespace = 'http://www.tei-c.org/ns/1.0';

/** A block of a rendering: its anchor id and its HTML (src/build/rendering.ts). */
export interface TeiBlock {
  id: string;
  tagName: string;
  html: string;
}

export interface TeiReport {
  slug: string;
  meta: Omit<ReportMeta, 'published'> & { published?: string };
  blocks: TeiBlock[];
  anchors: Anchor[];
  editorial: Intervention[];
  glossaryTerms: string[];
  translation?: { blocks: TeiBlock[]; translatedBy: string; translated: string; revisions: (Omit<Revision, 'date'> & { date: string })[] };
  /** The glossary (content/glossary/terms.yaml): the terms of this report become the header's taxonomy. */
  terms: Term[];
  edition: Edition;
  urls: { zh: string; en: string; source: string; method: { zh: string; en: string } };
}

/** Who made the editorial interventions: the respStmt of the header. */
const editorsId = 'editors';
const translatorsId = 'translators';
const termId = (id: string) => `term-${id}`;
const cert = (value: Intervention['cert']) => (value === 'certain' ? 'high' : 'medium');
/** A reason as a TEI token (teidata.enumerated). */
const reasonToken = (why: string) => why.replace(/[^\w.-]/g, '-');

type Child = Element | string;

/* ------------------------------------------------------------------ the text */

/** One unit of a reading: a character (with its printed pinyin, or the glossary term it is part of), or an editorial mark. */
type Token = { kind: 'char'; ch: string; ruby?: string; term?: number; termId?: string } | { kind: 'mark'; index: number; element: HastElement; term?: number; termId?: string };

const dataEd = (element: HastElement) => (element.properties.dataEd === undefined ? undefined : Number(element.properties.dataEd));

function textOf(node: HastContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

/** The tokens of a reading's content. Notes, carets and ¶ links are apparatus: the editorial record gives the notes. */
function tokens(nodes: HastContent[], context: { terms: number }, term?: { n: number; id: string }): Token[] {
  const out: Token[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      for (const ch of node.value) out.push({ kind: 'char', ch, term: term?.n, termId: term?.id });
      continue;
    }
    if (node.type !== 'element') continue;
    if ([readingClass.note, readingClass.caret, readingClass.permalink].some((name) => hasClass(node, name))) continue;
    const index = dataEd(node);
    if (index !== undefined) out.push({ kind: 'mark', index, element: node, term: term?.n, termId: term?.id });
    else if (node.tagName === 'ruby') {
      const base = node.children.filter((child) => !(child.type === 'element' && (child.tagName === 'rt' || child.tagName === 'rp')));
      const rt = node.children.find((child): child is HastElement => child.type === 'element' && child.tagName === 'rt');
      out.push({ kind: 'char', ch: base.map(textOf).join(''), ruby: rt ? textOf(rt) : undefined, term: term?.n, termId: term?.id });
    } else if (node.tagName === 'br') out.push({ kind: 'char', ch: '\n', term: term?.n, termId: term?.id });
    else if (hasClass(node, 'term') && typeof node.properties.dataTerm === 'string')
      out.push(...tokens(node.children, context, { n: ++context.terms, id: node.properties.dataTerm }));
    else out.push(...tokens(node.children, context, term));
  }
  return out;
}

/** Builds the TEI of a report's text; keeps what the marks need (the editorial record, the restored fragments' places). */
class TextBuilder {
  readonly entries = new Map<number, Intervention>();
  /** A restored fragment's id (frag-<id>) → the id of the block that shows where it was printed. */
  readonly printedAt = new Map<string, string>();
  /** A mark's index → the id of its restored fragment. */
  readonly fragOf = new Map<number, string>();
  readonly termCounter = { terms: 0 };

  readonly lang: string;

  constructor(editorial: Intervention[], lang: string) {
    this.lang = lang;
    for (const entry of editorial) this.entries.set(entry.index, entry);
  }

  entry(index: number): Intervention {
    const entry = this.entries.get(index);
    if (!entry) throw new Error(`TEI export: no editorial entry ${index}`);
    return entry;
  }

  note(entry: Intervention): Element {
    const label = entry.why === 'punct' ? 'punctuation' : reasons[entry.why as Reason].en;
    const text =
      entry.kind === 'punct' ? `${entry.count} punctuation mark${entry.count === 1 ? '' : 's'} normalized in this block` : [label, entry.note].filter(Boolean).join(': ');
    return x('note', { type: 'editorial', subtype: entry.kind, n: String(entry.index), resp: `#${editorsId}`, 'xml:lang': 'en' }, text);
  }

  /** Characters as one reading shows them: pinyin as ruby. */
  chars(list: Token[], side: 'printed' | 'normalized'): Child[] {
    const out: Child[] = [];
    for (const token of list) {
      if (token.kind === 'mark') {
        out.push(...(side === 'printed' ? this.printedOnly([token.element]) : this.normalizedOnly([token.element])));
        continue;
      }
      if (token.ch === '\n') out.push(x('lb'));
      else if (token.ruby) out.push(x('ruby', [x('rb', token.ch), x('rt', token.ruby)]));
      else if (typeof out.at(-1) === 'string') out[out.length - 1] += token.ch;
      else out.push(token.ch);
    }
    return out;
  }

  /** A stretch as printed where the normalized reading has nothing (a removed or moved block, a correction's sic). */
  printedOnly(nodes: HastContent[]): Child[] {
    const out: Child[] = [];
    for (const token of tokens(nodes, { terms: 0 })) {
      if (token.kind === 'char') out.push(...this.chars([token], 'printed'));
      // A printed mark shows what the source has: its text, a line break; a fragment printed elsewhere nothing.
      else if (hasClass(token.element, readingClass.movedAway)) continue;
      else if (token.element.tagName === 'br') out.push(x('lb'));
      else out.push(...this.printedOnly(token.element.children.filter((child) => !(child.type === 'element' && hasClass(child, readingClass.note)))));
    }
    return merge(out);
  }

  /** A stretch of the normalized reading with no printed counterpart here (a restored fragment, a correction). */
  normalizedOnly(nodes: HastContent[]): Child[] {
    const out: Child[] = [];
    const list = tokens(nodes, this.termCounter);
    for (const group of byTerm(list)) {
      const children: Child[] = [];
      for (const token of group.tokens) {
        if (token.kind === 'char') children.push(...this.chars([token], 'normalized'));
        else children.push(...this.mark(token.element, undefined));
      }
      out.push(...(group.termId ? [x('term', { ref: `#${termId(group.termId)}` }, merge(children))] : children));
    }
    return merge(out);
  }

  /** The content of a mark's normalized element, without its note and caret. */
  private inner(element: HastElement): HastContent[] {
    return element.children.filter((child) => !(child.type === 'element' && (hasClass(child, readingClass.note) || hasClass(child, readingClass.caret))));
  }

  /** An editorial mark: its normalized element and, where the printed reading has one, its printed element. */
  mark(normalized: HastElement, printed: HastElement | undefined): Child[] {
    const entry = this.entry(dataEd(normalized)!);
    const attributes = { cert: cert(entry.cert), resp: `#${editorsId}` };
    const note = this.note(entry);
    const sic = (): Child[] => (printed ? this.printedOnly(printed.children) : entry.sic ? [entry.sic] : []);
    switch (entry.kind) {
      case 'corr': {
        if (!printed && !entry.sic) return [x('supplied', { reason: reasonToken(entry.why), ...attributes }, this.normalizedOnly(this.inner(normalized))), note];
        return [x('choice', [x('sic', sic()), x('corr', attributes, this.normalizedOnly(this.inner(normalized)))]), note];
      }
      case 'gap': {
        const gap = x('gap', { reason: reasonToken(entry.why), quantity: String([...entry.reading].length), unit: 'chars', ...attributes });
        return [sic().length ? x('choice', [x('sic', sic()), x('corr', attributes, [gap])]) : gap, note];
      }
      case 'del':
        return [x('surplus', { reason: reasonToken(entry.why), ...attributes }, sic()), note];
      case 'frag': {
        const id = String(normalized.properties.id ?? '');
        const source = this.printedAt.get(id);
        return [
          x(
            'supplied',
            { reason: 'transposed', ...(id ? { 'xml:id': id } : {}), ...(source ? { source: `#${source}` } : {}), ...attributes },
            this.normalizedOnly(this.inner(normalized)),
          ),
          note,
        ];
      }
      case 'join':
        return [x('lb', { break: 'no', type: 'join', ...attributes }), note];
      case 'split':
        return [x('milestone', { unit: 'paragraph', type: 'split', ...attributes }), note];
      case 'unclear': {
        const unclear = normalized.children.find((child): child is HastElement => child.type === 'element' && hasClass(child, readingClass.unclear));
        const content = printed ? this.aligned(printed.children, unclear?.children ?? []) : this.normalizedOnly(unclear?.children ?? []);
        return [x('unclear', { reason: reasonToken(entry.why), ...attributes }, content), note];
      }
      case 'pinyin': {
        const content = printed ? this.aligned(this.inner(printed), this.inner(normalized)) : this.normalizedOnly(this.inner(normalized));
        return [
          ...content,
          x('note', { type: 'pinyin', n: String(entry.index), resp: `#${editorsId}`, 'xml:lang': 'en' }, [
            `printed ${entry.sic}; the word reads `,
            x('foreign', { 'xml:lang': 'zh-Latn-pinyin' }, entry.reading),
            entry.note ? `: ${entry.note}` : '',
          ]),
        ];
      }
      default:
        return [note];
    }
  }

  /** Two readings of the same stretch aligned: what they share once, each difference as a choice of orig and reg. */
  aligned(printedNodes: HastContent[], normalizedNodes: HastContent[]): Child[] {
    const printed = tokens(printedNodes, { terms: 0 });
    const normalized = tokens(normalizedNodes, this.termCounter);
    const key = (token: Token) => (token.kind === 'mark' ? `\u0001${token.index}` : token.ruby ? `${token.ch}\u0002${token.ruby}` : token.ch);
    const changes = diffArrays(printed.map(key), normalized.map(key));
    // Pieces of the result, each with the glossary term (occurrence) of the normalized text it shows.
    const pieces: { term?: number; termId?: string; nodes: Child[] }[] = [];
    let p = 0;
    let n = 0;
    const choice = (orig: Token[], reg: Token[]) => {
      const termIds = new Set(reg.map((token) => token.term));
      const only = termIds.size === 1 ? reg[0] : undefined;
      const origNodes = this.chars(orig, 'printed');
      pieces.push({
        term: only?.term,
        termId: only?.termId,
        nodes: [x('choice', [x('orig', this.lang === 'zh-Hant' && origNodes.length ? { 'xml:lang': 'zh-Hant' } : {}, origNodes), x('reg', this.chars(reg, 'normalized'))])],
      });
    };
    for (let index = 0; index < changes.length; index++) {
      const change = changes[index]!;
      if (!change.added && !change.removed) {
        for (const _ of change.value) {
          const before = printed[p++]!;
          const token = normalized[n++]!;
          if (token.kind === 'mark') pieces.push({ term: token.term, termId: token.termId, nodes: this.mark(token.element, before.kind === 'mark' ? before.element : undefined) });
          else pieces.push({ term: token.term, termId: token.termId, nodes: this.chars([token], 'normalized') });
        }
        continue;
      }
      // A hunk: what was printed (removed) and what the normalized reading has (added).
      const removed = change.removed ? printed.slice(p, (p += change.value.length)) : [];
      const next = change.removed ? changes[index + 1] : undefined;
      const added = change.added ? normalized.slice(n, (n += change.value.length)) : next?.added ? normalized.slice(n, (n += next.value.length)) : [];
      if (next?.added) index++;
      // Marks only one reading has: a correction that supplies text has no printed element.
      const runs: Token[][] = [[]];
      for (const token of added) {
        if (token.kind === 'mark') runs.push([token], []);
        else runs.at(-1)!.push(token);
      }
      let origLeft = removed.filter((token) => token.kind === 'char');
      for (const token of removed) if (token.kind === 'mark') pieces.push({ nodes: this.printedOnly([token.element]) });
      for (const run of runs) {
        if (run.length === 1 && run[0]!.kind === 'mark') {
          pieces.push({ term: run[0]!.term, termId: run[0]!.termId, nodes: this.mark(run[0]!.element, undefined) });
          continue;
        }
        if (!run.length && !origLeft.length) continue;
        if (run.length === origLeft.length && run.length > 1) {
          // Character for character (Traditional to simplified, punctuation): one choice per term-uniform stretch.
          let start = 0;
          for (let end = 1; end <= run.length; end++) {
            if (end === run.length || run[end]!.term !== run[start]!.term) {
              choice(origLeft.slice(start, end), run.slice(start, end));
              start = end;
            }
          }
        } else choice(origLeft, run);
        origLeft = [];
      }
    }
    // Consecutive pieces of one term occurrence become one term element.
    const out: Child[] = [];
    for (let index = 0; index < pieces.length;) {
      const piece = pieces[index]!;
      let end = index + 1;
      if (piece.term !== undefined) while (end < pieces.length && pieces[end]!.term === piece.term) end++;
      const nodes = merge(pieces.slice(index, end).flatMap((each) => each.nodes));
      out.push(...(piece.term !== undefined ? [x('term', { ref: `#${termId(piece.termId!)}` }, nodes)] : nodes));
      index = end;
    }
    return merge(out);
  }
}

/** Adjacent strings as one. */
function merge(nodes: Child[]): Child[] {
  const out: Child[] = [];
  for (const node of nodes) {
    if (typeof node === 'string' && typeof out.at(-1) === 'string') out[out.length - 1] += node;
    else if (node !== '') out.push(node);
  }
  return out;
}

/** Tokens grouped by the glossary term occurrence they belong to. */
function byTerm(list: Token[]): { termId?: string; tokens: Token[] }[] {
  const groups: { term?: number; termId?: string; tokens: Token[] }[] = [];
  for (const token of list) {
    const last = groups.at(-1);
    if (last && last.term === token.term) last.tokens.push(token);
    else groups.push({ term: token.term, termId: token.termId, tokens: [token] });
  }
  return groups;
}

const parseBlock = (block: TeiBlock): HastElement => {
  const element = fromHtml(block.html, { fragment: true }).children.find((child): child is HastElement => child.type === 'element');
  if (!element) throw new Error(`TEI export: block ${block.id} has no element`);
  return element;
};

const childByClass = (element: HastElement, name: string) => element.children.find((child): child is HastElement => child.type === 'element' && hasClass(child, name));

/** The paragraphs of an editorial block's reading, as printed, joined by line breaks. */
function blockParagraphs(builder: TextBuilder, reading: HastElement): Child[] {
  const paragraphs = reading.children.filter((child): child is HastElement => child.type === 'element' && child.tagName === 'p');
  return merge(paragraphs.flatMap((paragraph, index) => [...(index ? [x('lb')] : []), ...builder.printedOnly(paragraph.children)]));
}

/** One block of the Chinese text as TEI: a heading's content, a paragraph, or an editorial block. */
function chineseBlock(builder: TextBuilder, block: TeiBlock, element: HastElement): { heading?: Child[]; element?: Element } {
  const normalized = childByClass(element, readingClass.normalized);
  const printed = childByClass(element, readingClass.printed);
  if (/^h[1-6]$/.test(element.tagName)) return { heading: builder.aligned(printed?.children ?? [], normalized?.children ?? []) };
  if (element.tagName === 'p') {
    const punct = element.properties.dataEdPunct === undefined ? [] : [builder.note(builder.entry(Number(element.properties.dataEdPunct)))];
    return { element: x('p', { 'xml:id': block.id }, [...builder.aligned(printed?.children ?? [], normalized?.children ?? []), ...punct]) };
  }
  const entry = builder.entry(dataEd(element)!);
  const attributes = { cert: cert(entry.cert), resp: `#${editorsId}` };
  if (hasClass(element, readingClass.shownBlock)) {
    // A whole block restored to its place (a byline): its normalized text, where it was printed is the ::moved block.
    const paragraph = normalized?.children.find((child): child is HastElement => child.type === 'element' && child.tagName === 'p');
    return { element: x('ab', { 'xml:id': block.id, type: 'restored' }, paragraph ? builder.normalizedOnly(paragraph.children) : []) };
  }
  const text = printed ? blockParagraphs(builder, printed) : [];
  if (entry.kind === 'moved') {
    const href = normalized && childByClass(normalized, 'ed-block-summary')?.properties.href;
    const target = typeof href === 'string' ? href : undefined;
    return {
      element: x('ab', { 'xml:id': block.id, type: 'moved', ...(target ? { corresp: target } : {}) }, [
        x('surplus', { reason: 'transposed', ...attributes }, text),
        builder.note(entry),
      ]),
    };
  }
  // Removed chrome: page furniture (masthead, web page chrome, publication metadata) is fw; anything else removed is surplus.
  if (['masthead', 'chrome', 'metadata'].includes(entry.why))
    return { element: x('fw', { 'xml:id': block.id, type: reasonToken(entry.why), ...attributes }, [...text, builder.note(entry)]) };
  return { element: x('ab', { 'xml:id': block.id, type: 'removed' }, [x('surplus', { reason: reasonToken(entry.why), ...attributes }, text), builder.note(entry)]) };
}

interface Section {
  depth: number;
  div: Element;
}

/** Sections nested by heading depth, the title's (s0) outermost. */
function sections(anchors: Anchor[], blocks: TeiBlock[], make: (block: TeiBlock, element: HastElement) => { heading?: Child[]; element?: Element }, prefix = ''): Element {
  const depth = new Map(anchors.filter((anchor) => anchor.kind === 'section').map((anchor) => [anchor.id, anchor.depth ?? 1]));
  const body = x('body');
  const stack: Section[] = [];
  for (const block of blocks) {
    const element = parseBlock(block);
    const made = make(block, element);
    if (made.heading) {
      const level = depth.get(block.id) ?? 1;
      while (stack.length && stack.at(-1)!.depth >= level) stack.pop();
      const div = x('div', { 'xml:id': `${prefix}${block.id}`, type: block.id === 's0' ? 'document' : 'section', ...(prefix ? { corresp: `#${block.id}` } : {}) }, [
        x('head', made.heading),
      ]);
      (stack.at(-1)?.div ?? body).children.push(div);
      stack.push({ depth: level, div });
    } else if (made.element) (stack.at(-1)?.div ?? body).children.push(made.element);
  }
  return body;
}

/** The English translation: one p per paragraph, pointing at its Chinese. */
function englishBlock(block: TeiBlock, element: HastElement): { heading?: Child[]; element?: Element } {
  const convert = (nodes: HastContent[]): Child[] =>
    merge(
      nodes.flatMap((node): Child[] => {
        if (node.type === 'text') return [node.value];
        if (node.type !== 'element' || hasClass(node, readingClass.permalink)) return [];
        if (hasClass(node, 'term') && typeof node.properties.dataTerm === 'string') return [x('term', { ref: `#${termId(node.properties.dataTerm)}` }, convert(node.children))];
        if (node.tagName === 'em') return [x('hi', { rend: 'italic' }, convert(node.children))];
        if (node.tagName === 'strong') return [x('hi', { rend: 'bold' }, convert(node.children))];
        if (node.tagName === 'br') return [x('lb')];
        return convert(node.children);
      }),
    );
  if (/^h[1-6]$/.test(element.tagName) || block.id === 's0') return { heading: convert(element.children) };
  return { element: x('p', { 'xml:id': `en-${block.id}`, corresp: `#${block.id}` }, convert(element.children)) };
}

/* ---------------------------------------------------------------- the header */

/**
 * The editorial declarations of the method page (凡例), in brief; the page itself is linked. In the text,
 * {name} is an element's name (TEI gi), @name an attribute's (att), {name type="x"} an element with its
 * attribute value (tag).
 */
const declarations = {
  correction:
    'Every change to the source is marked. A misreading corrected is a {choice} of {sic} and {corr}; text the source lost and the editors supply (final punctuation lost at a column break) is {supplied}. @cert is high for a repair proved from the bytes (encoding damage), medium for one inferred from sense or layout; @resp points to the editors. Destroyed characters that cannot be recovered are a {gap} with @reason and @quantity in characters, never guessed; the normalized reading prints one □ for each. Unreadable text is kept in both readings as {unclear}.',
  normalization:
    'The normalized reading is mainland simplified Chinese: the Wenyan text is converted from Traditional characters by OpenCC, never by hand. Where the printed and the normalized readings differ without an editorial mark (script, punctuation), the text is a {choice} of {orig} and {reg}, character for character where the two have the same length. Wenyan’s printed pinyin is kept as TEI {ruby} ({rb} the character, {rt} its pinyin; in TEI P5 since 4.2.0), the Guidelines’ element for glosses of pronunciation set beside the base text, rather than @pronunciation on a {w}, which would make the editors segment words the source does not; a printed reading that is wrong for its word is kept, with a {note type="pinyin"} giving the right one.',
  punctuation:
    'Half-width commas, colons, semicolons, parentheses, exclamation and question marks standing in Chinese text become full-width in the normalized reading; marks between digits or Latin letters are left alone. The changes are {orig} and {reg} pairs, counted per paragraph in a {note type="editorial"}.',
  quotation: 'Straight quotation marks become curly (“ ” ‘ ’) in the normalized reading; the printed reading keeps them as printed.',
  hyphenation:
    'Chinese text has no hyphenation. A paragraph split by a column break and joined again is marked {lb break="no"} where the print broke it; a heading the source ran in with its paragraph is set apart and marked {milestone unit="paragraph"}.',
  segmentation:
    'One {div} per section with the xml:id of its anchor (s0 the title and lead, s1, s2, …), one {p} per paragraph (s2-p3), one {ab} or {fw} per removed, moved or restored block (s2-x1). Text that is not part of the document is removed from the normalized reading and kept as printed: page furniture (masthead, web page chrome, publication metadata) as {fw}, the forme work of a printed page, other removed text (image placeholders, fragments of a neighbouring headline) as {surplus}; {del} is not used, since it records a deletion made in the source itself. A fragment the newspaper’s OCR read in the wrong place is {supplied reason="transposed"} where the edition restores it, with @source pointing to the {ab type="moved"} that holds it as printed, which points back with @corresp.',
  interpretation:
    'To read the printed reading: take {sic}, {orig}, {surplus}, {fw} and {ab type="moved"}, skip {corr}, {reg}, {supplied} and {note}; {lb} is a line break; {ruby} reads as its {rb} followed by its {rt} in parentheses. To read the normalized reading: take {corr}, {reg} and {supplied}, skip {sic}, {orig}, {surplus}, {fw} and {note}; a {gap} is one □ for each character of its @quantity. Glossary terms are {term} with @ref to a {category} of the {taxonomy} in {classDecl}.',
} as const;

/** A declaration as a TEI paragraph: element and attribute names marked up (see declarations). */
function declaration(text: string): Element {
  const children: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)( [^}]+)?\}|@(\w+)/g)) {
    children.push(text.slice(last, match.index));
    if (match[3]) children.push(x('att', match[3]));
    else if (match[2]) children.push(x('tag', `${match[1]}${match[2]}`));
    else children.push(x('gi', match[1]!));
    last = match.index + match[0].length;
  }
  children.push(text.slice(last));
  return x('p', { 'xml:lang': 'en' }, merge(children));
}

function place(meta: TeiReport['meta']): Element {
  const named = (type: string, name: { zh: string; en: string }, inner?: Element) =>
    x('place', { type }, [x('placeName', { 'xml:lang': 'zh' }, name.zh), x('placeName', { 'xml:lang': 'en' }, name.en), ...(inner ? [inner] : [])]);
  const town = x('place', { type: meta.level === '镇' ? 'town' : 'subdistrict' }, [
    x('placeName', { 'xml:lang': 'zh' }, meta.town.zh),
    x('placeName', { 'xml:lang': 'zh-Latn-pinyin' }, meta.town.pinyin),
    x('placeName', { 'xml:lang': 'en' }, meta.town.en),
  ]);
  return named('province', meta.province, named('city', meta.city, named('district', meta.district, town)));
}

function taxonomy(terms: Term[], used: string[]): Element {
  const wanted = new Set(used);
  return x(
    'taxonomy',
    { 'xml:id': 'glossary' },
    terms
      .filter((term) => wanted.has(term.id))
      .map((term) =>
        x('category', { 'xml:id': termId(term.id) }, [
          x('catDesc', { 'xml:lang': 'zh' }, [x('term', term.zh), ` (${term.pinyin}): ${term.explanationZh}`]),
          x('catDesc', { 'xml:lang': 'en' }, [x('term', term.en), `: ${term.explanationEn}`]),
        ]),
      ),
  );
}

const p = (text: string, lang = 'en') => x('p', { 'xml:lang': lang }, text);

function header(report: TeiReport): Element {
  const { meta, edition, urls, translation } = report;
  const date = meta.published
    ? x('date', { when: meta.published }, meta.published)
    : meta.dateSupplied
      ? x(
          'date',
          { when: String(meta.dateSupplied.year), cert: 'medium', resp: `#${editorsId}` },
          `[${meta.dateSupplied.year}] (not stated; supplied by the editors: ${meta.dateSupplied.evidence})`,
        )
      : undefined;
  const creators = meta.creators.map((creator) =>
    x(creator.role === 'editor' ? 'editor' : 'author', { role: creator.role }, [
      x('persName', { 'xml:lang': 'zh' }, creator.name),
      x('persName', { 'xml:lang': 'zh-Latn-pinyin' }, creator.pinyin),
      x('roleName', { 'xml:lang': 'en' }, creator.roleEn),
      x('note', { type: 'printed', 'xml:lang': 'zh' }, creator.printed),
    ]),
  );
  const body = (tag: string, value: { zh: string; en: string; supplied?: string }) =>
    x(tag, [
      x('orgName', { 'xml:lang': 'zh' }, value.zh),
      x('orgName', { 'xml:lang': 'en' }, value.en),
      ...(value.supplied ? [x('note', { resp: `#${editorsId}` }, `supplied by the editors: ${value.supplied}`)] : []),
    ]);
  return x('teiHeader', [
    x('fileDesc', [
      x('titleStmt', [
        x('title', { type: 'main', 'xml:lang': 'zh' }, meta.title.zh),
        x('title', { type: 'main', 'xml:lang': 'en' }, meta.title.en),
        x('title', { type: 'sub', 'xml:lang': 'en' }, `${edition.name.en}: ${edition.subtitle.en}`),
        x('title', { type: 'sub', 'xml:lang': 'zh' }, `${edition.name.zh}：${edition.subtitle.zh}`),
        x('respStmt', { 'xml:id': editorsId }, [
          x('resp', 'conversion, editorial marks and notes, glossary'),
          x('orgName', { 'xml:lang': 'zh' }, edition.editors.zh),
          x('orgName', { 'xml:lang': 'en' }, edition.editors.en),
        ]),
        ...(translation
          ? [
              x('respStmt', { 'xml:id': translatorsId }, [
                x('resp', `English translation (${translation.translated})`),
                x('orgName', { 'xml:lang': 'en' }, translation.translatedBy),
                x('orgName', { 'xml:lang': 'zh' }, edition.translators.zh),
              ]),
            ]
          : []),
      ]),
      x('editionStmt', [x('edition', { n: edition.version }, [`${edition.name.en} ${edition.version}, released `, x('date', { when: edition.released }, edition.released)])]),
      x('publicationStmt', [
        x('publisher', [x('orgName', { 'xml:lang': 'en' }, edition.editors.en)]),
        x('date', { when: edition.released }, edition.released),
        x('idno', { type: 'URI' }, urls.zh),
        x('idno', { type: 'URI', subtype: 'en' }, urls.en),
        x('availability', [
          x(
            'licence',
            { target: edition.license.apparatus.url },
            `${edition.license.apparatus.name} (${edition.license.apparatus.id}): the editors’ work (conversion, editorial marks and notes, translation, glossary, abstract).`,
          ),
          x('p', { 'xml:lang': 'en' }, edition.license.sources.en),
          x('p', { 'xml:lang': 'zh' }, edition.license.sources.zh),
        ]),
      ]),
      x('sourceDesc', [
        x('bibl', { type: meta.kind }, [
          x('title', { 'xml:lang': 'zh', type: meta.title.supplied ? 'supplied' : 'main' }, meta.title.zh),
          ...creators,
          ...(meta.corporateAuthor ? [body('author', meta.corporateAuthor)] : []),
          ...(meta.publisher ? [body('publisher', meta.publisher)] : []),
          ...(meta.container ? [x('title', { level: meta.container.type === 'newspaper' ? 'j' : 'm', 'xml:lang': 'zh' }, meta.container.zh)] : []),
          ...(date ? [date] : []),
          ...(meta.documentNumber ? [x('idno', { type: 'index-number' }, meta.documentNumber)] : []),
          x('idno', { type: 'filename' }, meta.source.file),
          x('idno', { type: 'SHA-256' }, meta.source.sha256),
          x('ref', { target: urls.source }, 'the source as received, byte for byte'),
          x('note', { type: 'script', 'xml:lang': 'en' }, meta.script === 'Hant' ? 'Printed in Traditional characters (zh-Hant).' : 'Printed in simplified characters (zh-Hans).'),
          ...meta.notes.map((note) => x('note', { type: 'editorial', resp: `#${editorsId}`, 'xml:lang': 'en' }, note)),
        ]),
      ]),
    ]),
    x('encodingDesc', [
      x('projectDesc', [p(`${edition.name.en}: ${edition.subtitle.en}. The edition’s method and conventions (凡例): ${urls.method.en} (Chinese: ${urls.method.zh}).`)]),
      x('editorialDecl', [
        x('correction', [declaration(declarations.correction)]),
        x('normalization', [declaration(declarations.normalization)]),
        x('quotation', [declaration(declarations.quotation)]),
        x('hyphenation', [declaration(declarations.hyphenation)]),
        x('segmentation', [declaration(declarations.segmentation)]),
        x('interpretation', [declaration(declarations.interpretation)]),
        x('punctuation', [declaration(declarations.punctuation)]),
      ]),
      x('classDecl', [taxonomy(report.terms, report.glossaryTerms)]),
    ]),
    x('profileDesc', [
      x('abstract', { 'xml:lang': 'zh' }, [p(meta.abstract.zh, 'zh')]),
      x('abstract', { 'xml:lang': 'en' }, [p(meta.abstract.en)]),
      x('langUsage', [
        x('language', { ident: 'zh-Hans' }, 'Chinese, simplified characters (the normalized reading)'),
        ...(meta.script === 'Hant' ? [x('language', { ident: 'zh-Hant' }, 'Chinese, Traditional characters (the printed reading)')] : []),
        ...(meta.script === 'Hant' ? [x('language', { ident: 'zh-Latn-pinyin' }, 'Hanyu pinyin printed after characters')] : []),
        ...(translation ? [x('language', { ident: 'en' }, 'English (the translation)')] : []),
      ]),
      x('settingDesc', [x('listPlace', [place(meta)])]),
    ]),
    ...(translation?.revisions.length
      ? [
          x(
            'revisionDesc',
            translation.revisions.map((revision) => x('change', { when: revision.date, n: String(revision.revision), who: `#${translatorsId}` }, revision.changes.join(' '))),
          ),
        ]
      : []),
  ]);
}

/** A report as a TEI document (xast). */
export function teiTree(report: TeiReport): Element {
  const builder = new TextBuilder(report.editorial, report.meta.script === 'Hant' ? 'zh-Hant' : 'zh-Hans');
  const elements = report.blocks.map((block) => ({ block, element: parseBlock(block) }));
  // Where each restored fragment was printed: the ::moved block that links to it.
  for (const { block, element } of elements) {
    const summary = childByClass(element, readingClass.normalized);
    const href = summary && childByClass(summary, 'ed-block-summary')?.properties.href;
    if (typeof href === 'string' && href.startsWith('#')) builder.printedAt.set(href.slice(1), block.id);
  }
  const chinese = x('text', { 'xml:lang': 'zh-Hans', type: 'source' }, [sections(report.anchors, report.blocks, (block, element) => chineseBlock(builder, block, element))]);
  const english = report.translation
    ? [x('text', { 'xml:lang': 'en', type: 'translation', corresp: '#zh' }, [sections(report.anchors, report.translation.blocks, englishBlock, 'en-')])]
    : [];
  chinese.attributes['xml:id'] = 'zh';
  if (english[0]) english[0].attributes['xml:id'] = 'en';
  return x('TEI', { xmlns: teiNamespace, 'xml:lang': 'zh-Hans', n: report.slug }, [header(report), x('text', [x('group', [chinese, ...english])])]);
}

const prolog = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Elements that hold only elements: indented, one child a line. Text and the elements inside it are left as they are. */
const structural = new Set(
  'TEI teiCorpus teiHeader fileDesc titleStmt editionStmt publicationStmt availability sourceDesc bibl encodingDesc projectDesc editorialDecl correction normalization quotation hyphenation segmentation interpretation punctuation classDecl taxonomy category profileDesc abstract langUsage settingDesc listPlace place revisionDesc text group body div respStmt'.split(
    ' ',
  ),
);

function indent(element: Element, depth = 0): Element {
  if (!structural.has(element.name) || element.children.some((child) => child.type === 'text')) return element;
  const pad = (level: number) => ({ type: 'text' as const, value: `\n${'  '.repeat(level)}` });
  element.children = [...element.children.flatMap((child) => [pad(depth + 1), child.type === 'element' ? indent(child, depth + 1) : child]), pad(depth)];
  return element;
}

/** Characters XML 1.0 cannot hold, not even as a character reference. */
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** A report's TEI file; a character that XML cannot hold stops it with the report and anchor where it stands. */
export function teiXml(report: TeiReport): string {
  for (const block of [...report.blocks, ...(report.translation?.blocks ?? [])]) {
    const found = notXml.exec(block.html);
    if (found) {
      const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(`${report.slug} ${block.id}: U+${code} cannot stand in XML 1.0, so the TEI export cannot hold it; remove it from the text or mark it (:corr, :del)`);
    }
  }
  return `${prolog}${toXml(indent(teiTree(report)), { closeEmptyElements: true })}\n`;
}

/* ---------------------------------------------------------------- the corpus */

const idAttribute = /(\sxml:id=")([^"]*)"/g;
const pointerAttribute = /(\s(?:corresp|ref|resp|target|source|who)=")([^"]*)"/g;

/**
 * A report's TEI file as a member of the corpus: ids are unique in a document, so every xml:id and every
 * pointer to one (#s2-p3) is prefixed with the report's slug (wenyan.s2-p3). Only tags are rewritten:
 * the text cannot hold a "<" unescaped.
 */
export function corpusMember(xml: string, slug: string): string {
  return xml
    .replace(/^<\?xml[^>]*\?>\s*/, '')
    .replace(/<[^>]+>/g, (tag) =>
      tag
        .replace(idAttribute, (_, head: string, id: string) => `${head}${slug}.${id}"`)
        .replace(pointerAttribute, (_, head: string, value: string) => `${head}${value.replace(/(^|\s)#/g, `$1#${slug}.`)}"`),
    )
    .trimEnd();
}

/** The corpus file around its members: what comes before the first TEI and after the last. */
export function teiCorpusFrame(edition: Edition, urls: { corpus: string; method: string }): { head: string; tail: string } {
  const placeholder = '@reports@';
  const tree = x('teiCorpus', { xmlns: teiNamespace, 'xml:lang': 'zh-Hans' }, [
    x('teiHeader', [
      x('fileDesc', [
        x('titleStmt', [
          x('title', { type: 'main', 'xml:lang': 'zh' }, `${edition.name.zh}：${edition.subtitle.zh}`),
          x('title', { type: 'main', 'xml:lang': 'en' }, `${edition.name.en}: ${edition.subtitle.en}`),
          x('respStmt', [x('resp', 'edited and translated by'), x('orgName', { 'xml:lang': 'zh' }, edition.editors.zh), x('orgName', { 'xml:lang': 'en' }, edition.editors.en)]),
        ]),
        x('editionStmt', [x('edition', { n: edition.version }, [`${edition.name.en} ${edition.version}, released `, x('date', { when: edition.released }, edition.released)])]),
        x('publicationStmt', [
          x('publisher', [x('orgName', { 'xml:lang': 'en' }, edition.editors.en)]),
          x('date', { when: edition.released }, edition.released),
          x('idno', { type: 'URI' }, urls.corpus),
          x('availability', [
            x('licence', { target: edition.license.apparatus.url }, `${edition.license.apparatus.name} (${edition.license.apparatus.id}): the editors’ work.`),
            p(edition.license.sources.en),
          ]),
        ]),
        x('sourceDesc', [
          p(
            `Each report's own header describes its source. Method and conventions: ${urls.method}. In this file every xml:id and pointer is prefixed with the report's slug (wenyan.s2-p3); in each report's own file (data/reports/<slug>.tei.xml) the ids are the anchors themselves.`,
          ),
        ]),
      ]),
    ]),
    placeholder,
  ]);
  const [head, tail = ''] = toXml(indent(tree), { closeEmptyElements: true }).split(placeholder) as [string, string?];
  return { head: `${prolog}${head}\n`, tail: `\n${tail}\n` };
}
