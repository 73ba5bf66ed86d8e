/**
 * The TEI export outside Astro (src/lib/tei.ts on the corpus that loadCorpus renders), and an
 * independent reader of the TEI files: the two readings of every element with an xml:id, read back by
 * the rules the header's <interpretation> states, with sax (no code shared with the writer).
 */
import { readFileSync } from 'node:fs';
import sax from 'sax';
import type { Element as HastElement } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { CorpusEntry } from '../../scripts/lib/corpus.ts';
import { edition } from '../../src/lib/edition-info.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { reportSchema, translationSchema } from '../../src/lib/schema.ts';
import type { TeiBlock, TeiReport } from '../../src/lib/tei.ts';

const iso = (date: Date) => date.toISOString().slice(0, 10);

function blocksOf(html: string): TeiBlock[] {
  return fromHtml(html, { fragment: true })
    .children.filter((node): node is HastElement => node.type === 'element' && Boolean(node.properties.id))
    .map((element) => ({ id: String(element.properties.id), tagName: element.tagName, html: toHtml(element) }));
}

/** What the data endpoint gives src/lib/tei.ts, from a corpus entry. */
export function teiReportOf(entry: CorpusEntry): TeiReport {
  const { published, ...meta } = reportSchema.parse(entry.data);
  const translation = entry.translation && translationSchema.parse(entry.translation.data);
  return {
    slug: entry.slug,
    meta: { ...meta, published: published && iso(published) },
    blocks: blocksOf(entry.rendered.html),
    anchors: entry.rendered.anchors,
    editorial: entry.rendered.editorial,
    glossaryTerms: [...new Set([...entry.rendered.glossaryTerms, ...(entry.translation?.rendered.glossaryTerms ?? [])])],
    translation:
      translation && entry.translation
        ? {
            blocks: blocksOf(entry.translation.rendered.html),
            translatedBy: translation.translatedBy,
            translated: iso(translation.translated),
            revisions: translation.revisions.map((revision) => ({ ...revision, date: iso(revision.date) })),
          }
        : undefined,
    terms: loadGlossary(),
    edition: edition(),
    urls: {
      zh: `https://example.org/zh/reports/${entry.slug}/`,
      en: `https://example.org/en/reports/${entry.slug}/`,
      source: `https://example.org/sources/${String((entry.data.source as { file: string }).file)}`,
      method: { zh: 'https://example.org/zh/about/', en: 'https://example.org/en/about/' },
    },
  };
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

/** An XML file as a tree (sax, strict). */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false });
  const root: XmlElement = { name: '#root', attributes: {}, children: [] };
  const stack = [root];
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void stack.at(-1)!.children.push(text);
  parser.write(xml).close();
  return root.children.find((child): child is XmlElement => typeof child !== 'string')!;
}

const skipped = {
  printed: ['corr', 'reg', 'supplied', 'note'],
  normalized: ['sic', 'orig', 'surplus', 'fw', 'note'],
};

/** An element's text in one reading, by the rules of the header's <interpretation>. */
export function readTei(element: XmlElement, reading: 'printed' | 'normalized'): string {
  const walk = (node: XmlElement | string): string => {
    if (typeof node === 'string') return node;
    if (skipped[reading].includes(node.name)) return '';
    if (node.name === 'lb') return reading === 'printed' ? '\n' : '';
    if (node.name === 'gap') return reading === 'normalized' ? '□'.repeat(Number(node.attributes.quantity)) : '';
    if (node.name === 'rt') return reading === 'printed' ? `(${node.children.map(walk).join('')})` : '';
    if (reading === 'normalized' && node.name === 'ab' && node.attributes.type === 'moved') return '';
    return node.children.map(walk).join('');
  };
  // A section's text is its heading's.
  const target = element.name === 'div' ? (element.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === 'head') ?? element) : element;
  const text = walk(target);
  return reading === 'normalized' ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Every element with an xml:id under `root`, by id. */
export function elementsById(root: XmlElement): Map<string, XmlElement> {
  const found = new Map<string, XmlElement>();
  const walk = (node: XmlElement) => {
    if (node.attributes['xml:id']) found.set(node.attributes['xml:id'], node);
    for (const child of node.children) if (typeof child !== 'string') walk(child);
  };
  walk(root);
  return found;
}

export type { XmlElement };

/** The vendored schema (schemas/tei/). */
export const teiAllRng = () => readFileSync('schemas/tei/tei_all.rng', 'utf8');
