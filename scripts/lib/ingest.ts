/**
 * Source text → Markdown draft. Recognizes each source's own conventions
 * (mastheads, breadcrumbs, metadata blocks, heading styles) and marks what is
 * not body text with editorial marks instead of dropping it. The drafts in
 * content/ are then finished by hand (corrections, moved fragments).
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { pinyin } from 'pinyin-pro';
import { stripPinyin } from '../../src/edition/ruby.ts';
import { cleanUnicode, describeChange } from '../../src/edition/unicode.ts';
import { decodeUtf8 } from '../../src/lib/text-file.ts';
import { loadGazetteer } from './gazetteer.ts';

/** What ingest knows of the five towns, to prefill the frontmatter (content/gazetteer.yaml). */
const gazetteer = loadGazetteer();

export interface IngestResult {
  markdown: string;
  frontmatter: Record<string, unknown>;
  /** Things the editor must look at: suspected damage, with line numbers. */
  warnings: string[];
}

type Block = { kind: 'heading'; depth: number; text: string } | { kind: 'paragraph'; text: string } | { kind: 'raw'; text: string };

/** A draft romanization, family name first ("Jin Shengxiang"), for the editors to check. */
function romanized(name: string): string {
  const [family, ...given] = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).map((syllable) => syllable.toLowerCase());
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return `${capital(family ?? '')} ${capital(given.join(''))}`;
}

const masthead = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s+星期.\s+责任编辑[:：](\S+)$/;
const byline = /^文\/(\S+)\s+通讯员\s+(\S+)/;
const breadcrumb = /\S\s+>\s+\S.*\s+>\s+\S/;
const timestamp = /^更新时间[:：](\d{4}-\d{2}-\d{2})\s+[\d:]+\s+内容来源[:：](\S+)/;
const footer = /^作者[:：](\S+)\s+编辑[:：](\S+)$/;
const metadataKey = /^(索引号|发布机构|公开方式|组配分类|主题分类|发布日期|成文日期|公开范围)[:：]$/;
const chineseNumeral = '[一二三四五六七八九十]+';
const numberedSection = new RegExp(`^[(（]${chineseNumeral}[)）]`);
const enumeratedSection = new RegExp(`^${chineseNumeral}、`);
const resultHeading = new RegExp(`^实效${chineseNumeral}`);
const focusHeading = /^——聚焦/;
const yearHeading = /^20\d\d\s+\S/;
const sentencePunctuation = /[。；;，,！!？?]/;
/** Encoding damage of the GBK-shifted kind: ASCII ? next to Han characters. */
const damage = /\?[!?]?|[\u3040-\u30ff]|[∵]/g;

/**
 * A source line as Markdown text that reads back as itself: punctuation Markdown would act on is
 * escaped (emphasis, code, links, HTML, headings, tables, directives, character references), and so is
 * what would make the line a block the edition does not render: a list item (- + * 1. 1)), a quote (>),
 * a fence (~~~) or a thematic break (---). The paragraph keeps its text; recovery reads it back unescaped.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_`[\]<>#|:&])/g, '\\$1')
    .replace(/^([-+~])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** 牢固树立….  — short run-in lead phrases that open a topic in work reports. */
function boldRunInLeads(text: string): string {
  // The 。 stays outside the ** so that CommonMark sees a closing delimiter before Han text.
  return text.replace(/(^|。)([^。，,；;：:“”"]{4,10})。/g, (_, before: string, lead: string) => `${before}**${lead}**。`);
}

/**
 * Reads a source file's bytes as text, refusing what cannot be read faithfully:
 * an empty file, or bytes that are not UTF-8 (named with their line and byte
 * offset, by the decoder the content is read with, src/lib/text-file.ts). A
 * byte-order mark and CRLF line ends are accepted and reported; the text keeps
 * its mark (ingest() drops it, and hashes the file as it is).
 */
export function decodeSource(bytes: Uint8Array, fileName: string): { text: string; notes: string[] } {
  if (bytes.length === 0) throw new Error(`${fileName}: the file is empty; there is nothing to ingest`);
  const decoded = decodeUtf8(bytes, fileName);
  const notes: string[] = [];
  if (decoded.bom) notes.push(`${fileName}: starts with a UTF-8 byte-order mark`);
  if (decoded.text.includes('\r\n')) notes.push(`${fileName}: uses CRLF line ends`);
  if (!decoded.text.trim()) throw new Error(`${fileName}: the file holds only whitespace; there is nothing to ingest`);
  return { text: decoded.bom ? `\uFEFF${decoded.text}` : decoded.text, notes };
}

export function ingest(source: string, fileName: string): IngestResult {
  const warnings: string[] = [];
  // A byte-order mark is not text; CRLF ends are line breaks like LF. The draft is in NFC without zero-width
  // characters, as the build reads content; what that changed is recorded (source.unicode) for the recovery.
  const cleaned = cleanUnicode(source.replace(/^\uFEFF/, ''));
  for (const change of cleaned.changes) warnings.push(`${fileName}:${change.line}:${change.column}: ${describeChange(change)} in the draft (recorded in source.unicode)`);
  const lines = cleaned.text.split(/\r?\n/);
  // A town is named by any of its spellings (simplified or Traditional), preferably near the top.
  const named = (text: string) => gazetteer.find((entry) => entry.keys.some((key) => text.includes(key)));
  const town = named(cleaned.text.slice(0, 400)) ?? named(cleaned.text);
  const frontmatter: Record<string, unknown> = {
    slug: town?.slug ?? 'unknown',
    town: { zh: town?.zh ?? '', pinyin: town?.pinyin ?? '', en: town?.en ?? '' },
    level: town?.level ?? '街道',
    district: town?.district ?? { zh: '', en: '' },
    city: town?.city ?? { zh: '', en: '' },
    province: { zh: '浙江省', en: 'Zhejiang' },
    kind: 'newspaper-feature',
    title: { zh: '', en: '' },
    script: /[聞區機發現]/.test(cleaned.text) ? 'Hant' : 'Hans',
    source: { file: fileName, sha256: createHash('sha256').update(source).digest('hex'), ...(cleaned.changes.length ? { unicode: cleaned.changes } : {}) },
  };
  const blocks: Block[] = [];
  const meta: Record<string, string> = {};
  let pendingMetadata: string[] | undefined;
  let workDocument = false;
  let yearSections = false;

  const nonEmpty = lines.map((line, index) => ({ text: line.trim(), line: index + 1 })).filter((entry) => entry.text !== '');
  for (let i = 0; i < nonEmpty.length; i++) {
    const { text, line } = nonEmpty[i]!;
    const next = nonEmpty[i + 1]?.text ?? '';

    if (metadataKey.test(text)) {
      pendingMetadata ??= [];
      pendingMetadata.push(text, next);
      meta[text.replace(/[:：]$/, '')] = next;
      i++;
      continue;
    }
    if (pendingMetadata) {
      blocks.push({ kind: 'raw', text: `:::del{why="metadata"}\n${pendingMetadata.map(escapeMarkdown).join('\n\n')}\n:::` });
      pendingMetadata = undefined;
    }

    const creators = (frontmatter.creators ??= []) as Record<string, string>[];
    const person = (name: string, role: string, printed: string, roleEn: string) => creators.push({ name, pinyin: romanized(name), role, printed, roleEn });
    let match: RegExpExecArray | null;
    if ((match = masthead.exec(text))) {
      frontmatter.published = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
      person(match[4]!, 'editor', `责任编辑:${match[4]}`, 'responsible editor');
      blocks.push({ kind: 'raw', text: `::del[${escapeMarkdown(text)}]{why="masthead"}` });
      continue;
    }
    if ((match = byline.exec(text))) {
      person(match[1]!, 'author', `文/${match[1]}`, 'text');
      person(match[2]!, 'contributor', `通讯员 ${match[2]}`, 'correspondent');
      blocks.push({ kind: 'raw', text: `::del[${escapeMarkdown(text)}]{why="byline"}` });
      continue;
    }
    if ((match = timestamp.exec(text))) {
      frontmatter.published = match[1];
      // 内容来源: the body the text comes from, named as author again in the footer.
      frontmatter.corporateAuthor = { zh: match[2], en: '' };
      frontmatter.kind = 'news-article';
      blocks.push({ kind: 'raw', text: `::del[${escapeMarkdown(text)}]{why="chrome"}` });
      continue;
    }
    if ((match = footer.exec(text))) {
      frontmatter.corporateAuthor = { zh: match[1], en: '' };
      person(match[2]!, 'editor', `编辑:${match[2]}`, 'editor');
      blocks.push({ kind: 'raw', text: `::del[${escapeMarkdown(text)}]{why="chrome"}` });
      continue;
    }
    if (breadcrumb.test(text)) {
      blocks.push({ kind: 'raw', text: `::del[${escapeMarkdown(text)}]{why="chrome"}` });
      continue;
    }
    if (text === '图片') {
      blocks.push({ kind: 'raw', text: '::del[图片]{why="image"}' });
      continue;
    }

    for (const found of text.matchAll(damage)) warnings.push(`${fileName}:${line}: suspected encoding damage "${text.slice(Math.max(0, found.index - 4), found.index + 6)}"`);

    const bare = stripPinyin(text);
    const short = bare.length <= 40 && !sentencePunctuation.test(bare.replace(/[:：].*$/, ''));
    if (numberedSection.test(text)) {
      workDocument = true;
      frontmatter.kind = 'work-report';
      blocks.push({ kind: 'heading', depth: 2, text });
    } else if (enumeratedSection.test(text)) {
      workDocument = true;
      frontmatter.kind = 'work-plan';
      const end = text.indexOf('。') + 1 || text.length;
      blocks.push({ kind: 'heading', depth: 2, text: text.slice(0, end) });
      if (end < text.length) blocks.push({ kind: 'paragraph', text: text.slice(end) });
    } else if (resultHeading.test(text) || focusHeading.test(text)) {
      blocks.push({ kind: 'heading', depth: 3, text });
    } else if (yearHeading.test(text) && short) {
      yearSections = true;
      blocks.push({ kind: 'heading', depth: 2, text });
    } else if (short && text.length <= 6 && next.length <= 20 && !sentencePunctuation.test(next)) {
      // A display heading printed on two lines: 稳中求进 / 不断开创各项事业发展新局面
      blocks.push({ kind: 'heading', depth: 2, text: `${text}:join{why="display"}${next}` });
      i++;
    } else if (short && !blocks.some((block) => block.kind === 'heading' && block.depth === 1)) {
      frontmatter.title = { zh: stripPinyin(text).replace(/\s+/g, ' '), en: '' };
      blocks.push({ kind: 'heading', depth: 1, text });
    } else if (short && bare.length <= 28) {
      // Under a newspaper's year banner (2021 …, 2022 …) display headings are subsections.
      blocks.push({ kind: 'heading', depth: yearSections ? 3 : 2, text });
    } else {
      blocks.push({ kind: 'paragraph', text });
    }
  }

  if (!(frontmatter.creators as unknown[] | undefined)?.length) delete frontmatter.creators;
  if (meta['发布机构']) frontmatter.publisher = { zh: meta['发布机构'], en: '' };
  if (meta['发布日期']) frontmatter.published = meta['发布日期'];
  if (meta['索引号']) frontmatter.documentNumber = meta['索引号'];
  // The year a report covers is the one it names most often.
  const years = [...cleaned.text.matchAll(/(20\d\d)年/g)].map((match) => Number(match[1]));
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const [mostNamed] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [];
  if (mostNamed) frontmatter.yearsCovered = [mostNamed];

  const markdown = blocks
    .map((block) => {
      if (block.kind === 'raw') return block.text;
      const body = block.text.includes(':join{') ? block.text : escapeMarkdown(block.text);
      if (block.kind === 'heading') return `${'#'.repeat(block.depth)} ${body}`;
      return workDocument ? boldRunInLeads(body) : body;
    })
    .join('\n\n');
  return { markdown: `---\n${stringify(frontmatter)}---\n\n${markdown}\n`, frontmatter, warnings };
}
