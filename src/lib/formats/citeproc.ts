/**
 * citeproc-js with the official CSL styles and locales (src/csl/, copied
 * unmodified from the Citation Style Language repositories). Build time only:
 * the browser receives the formatted strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL, { type Engine } from 'citeproc';
import type { CslItem } from './csl.ts';
import type { Locator } from '../locator.ts';

export const styles = {
  'gbt7714-numeric': { file: 'china-national-standard-gb-t-7714-2015-numeric', name: 'GB/T 7714-2015 (顺序编码制)', note: false },
  'gbt7714-author-date': { file: 'china-national-standard-gb-t-7714-2015-author-date', name: 'GB/T 7714-2015 (著者-出版年制)', note: false },
  chicago: { file: 'chicago-notes-bibliography', name: 'Chicago (18th ed., notes and bibliography)', note: true },
  'chicago-short': { file: 'chicago-shortened-notes-bibliography', name: 'Chicago (18th ed., shortened notes)', note: true },
  apa: { file: 'apa', name: 'APA (7th ed.)', note: false },
} as const;
export type StyleId = keyof typeof styles;

// Read from the project (the build bundles this module elsewhere).
const read = (name: string) => readFileSync(join(process.cwd(), 'src/csl', name), 'utf8');
const locales: Record<string, string> = { 'en-US': read('locales-en-US.xml'), 'zh-CN': read('locales-zh-CN.xml') };

/** The styles and locales as one text: what a stored citation was formatted with. */
export function styleSources(): string {
  return [...Object.values(styles).map((style) => read(`${style.file}.csl`)), ...Object.values(locales)].join('\0');
}

/** GB/T 7714 is a Chinese standard (zh-CN terms, 等, 译); Chicago and APA are English styles on both pages. */
export function styleLang(style: StyleId): 'zh-CN' | 'en-US' {
  return style.startsWith('gbt') ? 'zh-CN' : 'en-US';
}

/**
 * A style as the engine reads it: without its <sort> keys. Every citation and bibliography formatted here
 * holds one item, which no sort can reorder, and a style's sort keys are most of its engine (118 MB for
 * Chicago's bibliography) and of each call. The files in src/csl/ stay as published.
 */
export function unsortedStyle(xml: string): string {
  return xml.replace(/<sort>[\s\S]*?<\/sort>/g, '');
}

/** One engine per style, reused: building one parses the style (most of the cost). */
const engines = new Map<StyleId, { engine: Engine; items: Map<string, CslItem> }>();

function engine(style: StyleId, item: CslItem): Engine {
  let entry = engines.get(style);
  if (!entry) {
    const items = new Map<string, CslItem>();
    const sys = {
      retrieveLocale: (code: string) => locales[code] ?? locales[code.startsWith('zh') ? 'zh-CN' : 'en-US'],
      retrieveItem: (id: string) => items.get(id),
    };
    const created: Engine = new CSL.Engine(sys, unsortedStyle(read(`${styles[style].file}.csl`)), styleLang(style), true);
    created.setOutputFormat('text');
    entry = { engine: created, items };
    engines.set(style, entry);
  }
  entry.items.clear();
  entry.items.set(item.id, item);
  entry.engine.updateItems([item.id]);
  return entry.engine;
}

/**
 * A CSL locator. CSL has one label per locator, so "sec. 2, para. 3"
 * (Chicago 14.55, APA 8.28) is a section locator whose value carries the
 * paragraph. GB/T 7714's numeric and author-date citations print no locator
 * for an unpaged document: its reference carries the paragraph's URL.
 */
export function cslLocator(locator: Locator | undefined): { label?: string; locator?: string } {
  if (!locator) return {};
  if (locator.section && locator.paragraph) return { label: 'section', locator: `${locator.section}, para. ${locator.paragraph}` };
  if (locator.section) return { label: 'section', locator: String(locator.section) };
  return { label: 'paragraph', locator: String(locator.paragraph) };
}

export interface Formatted {
  /** The in-text citation or note (with the locator). */
  citation: string;
  /** The bibliography or reference-list entry. */
  reference: string;
}

/**
 * English styles move a following comma or period inside a closing quotation
 * mark (en-US punctuation-in-quote). A Chinese title that ends in its own ”
 * would then be altered ("高地,”"): put the punctuation back after the title.
 */
export function keepTitlesIntact(text: string, titles: (string | undefined)[]): string {
  let out = text;
  for (const title of titles) {
    if (!title || !/[”」』》）]$/.test(title)) continue;
    const body = title.slice(0, -1);
    const close = title.slice(-1);
    for (const mark of [',', '.', ';', ':']) out = out.replaceAll(`${body}${mark}${close}`, `${title}${mark}`);
  }
  return out;
}

/** The citation and the reference of one item; `only` formats just one of them (the other is empty). */
export function format(style: StyleId, item: CslItem, locator?: Locator, only?: keyof Formatted): Formatted {
  const citeproc = engine(style, item);
  const titles = [item.title, item['original-title'], item['container-title']];
  const citation = only === 'reference' ? '' : keepTitlesIntact(citeproc.makeCitationCluster([{ id: item.id, ...cslLocator(locator) }]).trim(), titles);
  const bibliography = only === 'citation' ? undefined : citeproc.makeBibliography();
  const reference = keepTitlesIntact(bibliography ? bibliography[1].join('').trim() : '', titles);
  return { citation, reference: reference.replace(/^\[1\]\s*/, '') };
}
