/**
 * One source of truth for what a report is, bibliographically, and how each
 * format says it. Every output (CSL-JSON, BibLaTeX, RIS, schema.org JSON-LD,
 * Highwire and Dublin Core tags for Zotero) is derived from `describe()`,
 * which reads the frontmatter and never invents: a value the source does not
 * state is absent, or supplied by the editors with evidence and shown in
 * brackets ("[2022]", "[萧山日报]").
 *
 * The Chinese page cites the source as the edition presents it; the English
 * page cites the edition's translation (English title, original title kept,
 * the edition's translators credited).
 */
import { pinyin } from 'pinyin-pro';
import type { ReportMeta, TranslationMeta } from './schema.ts';
import type { Edition } from './edition-info.ts';
import { toIsoDate } from './format.ts';

export type Lang = 'zh' | 'en';

/** What kind of publication a report is, for citation purposes. */
export type BibliographicType = 'newspaper-article' | 'web-article' | 'report' | 'document';

/**
 * The type of each bibliographic kind in every format, in one table, so a
 * document is never a newspaper article in one format and a journal article
 * in another. `zotero` is the item type Zotero's Embedded Metadata translator
 * produces from the page's tags (checked against translation-server).
 */
export const formatTypes = {
  'newspaper-article': { csl: 'article-newspaper', biblatex: 'article', biblatexSubtype: 'newspaper', ris: 'NEWS', schemaOrg: 'NewsArticle', zotero: 'newspaperArticle' },
  'web-article': { csl: 'webpage', biblatex: 'online', biblatexSubtype: undefined, ris: 'ELEC', schemaOrg: 'Article', zotero: 'webpage' },
  report: { csl: 'report', biblatex: 'report', biblatexSubtype: undefined, ris: 'RPRT', schemaOrg: 'Report', zotero: 'report' },
  document: { csl: 'document', biblatex: 'misc', biblatexSubtype: undefined, ris: 'GEN', schemaOrg: 'Article', zotero: 'document' },
} as const satisfies Record<BibliographicType, Record<string, string | undefined>>;

export function bibliographicType(meta: Pick<ReportMeta, 'kind' | 'container'>): BibliographicType {
  if (meta.kind === 'work-report' || meta.kind === 'work-plan') return 'report';
  if (meta.container?.type === 'newspaper') return 'newspaper-article';
  if (meta.container?.type === 'website') return 'web-article';
  // A feature whose newspaper is not known: a document, not a newspaper article without a newspaper.
  return 'document';
}

export interface Person {
  /** As the cited text writes the name: 金盛翔, or Jin Shengxiang on the English page. */
  name: string;
  family: string;
  given: string;
  /** Written in Chinese characters, family name first with no space. */
  han: boolean;
  role: 'author' | 'contributor' | 'editor';
}

/** A name, title or place with the editors' evidence when the source does not state it. */
export interface Statement {
  value: string;
  /** Evidence, when the editors supplied the value. */
  supplied?: string;
  probable?: boolean;
}

export interface Described {
  slug: string;
  lang: Lang;
  type: BibliographicType;
  /** The title in the cited language; supplied titles in brackets. */
  title: string;
  titleSupplied: boolean;
  /** On the English page: the Chinese title. */
  originalTitle?: string;
  /** On the Chinese page: the English title, for the English-language styles' bracketed translation. */
  translatedTitle?: string;
  persons: Person[];
  corporateAuthor?: string;
  container?: Statement;
  publisher?: Statement;
  place?: Statement;
  /** [year, month?, day?] as printed, or the editors' year. */
  date?: { parts: number[]; supplied?: string };
  /** 工作报告, Work plan: the kind of report, for report types. */
  genre?: string;
  number?: string;
  abstract: string;
  /** Language of the cited text: the Chinese source, or the English translation. */
  language: 'zh-CN' | 'en';
  /** The translation's credit, on the English page. */
  translators?: string;
  translated?: string;
  url: string;
  edition: { name: string; editors: string; version: string; released: string; url: string; credit: Record<Lang, string> };
  keywords: string[];
}

const genres: Record<ReportMeta['kind'], Record<Lang, string>> = {
  'newspaper-feature': { zh: '新闻特稿', en: 'Newspaper feature' },
  'news-article': { zh: '新闻', en: 'News article' },
  'work-report': { zh: '工作报告', en: 'Work report' },
  'work-plan': { zh: '工作安排', en: 'Work plan' },
};

/** Splits a Chinese name by the syllables of its pinyin family name: 欧阳修 / Ouyang Xiu → 欧阳 + 修. */
export function splitChineseName(name: string, romanized: string): { family: string; given: string } {
  const family = romanized.split(' ')[0]!.toLowerCase();
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
  for (let length = 1; length < name.length; length++) if (syllables.slice(0, length).join('') === family) return { family: name.slice(0, length), given: name.slice(length) };
  throw new Error(`${name}: the pinyin "${romanized}" does not start with the family name's reading (${syllables.join(' ')})`);
}

function statement(body: { zh: string; en: string; supplied?: string; cert?: string } | undefined, lang: Lang): Statement | undefined {
  if (!body) return undefined;
  return { value: body.supplied ? `[${body[lang]}]` : body[lang], supplied: body.supplied, probable: body.cert === 'probable' };
}

export interface DescribeInput {
  slug: string;
  meta: ReportMeta;
  translation?: Pick<TranslationMeta, 'translatedBy' | 'translated'>;
  lang: Lang;
  /** The page's absolute URL (without fragment). */
  url: string;
  edition: Edition;
  editionUrl: string;
}

/** The report as the page in `lang` cites it. */
export function describe({ slug, meta, translation, lang, url, edition, editionUrl }: DescribeInput): Described {
  const english = lang === 'en';
  const persons: Person[] = meta.creators.map((creator) => {
    if (english) {
      const [family, given] = creator.pinyin.split(' ') as [string, string];
      return { name: creator.pinyin, family, given, han: false, role: creator.role };
    }
    return { name: creator.name, ...splitChineseName(creator.name, creator.pinyin), han: true, role: creator.role };
  });
  const title = english ? meta.title.en : meta.title.zh;
  const date = meta.published
    ? { parts: [meta.published.getUTCFullYear(), meta.published.getUTCMonth() + 1, meta.published.getUTCDate()] }
    : meta.dateSupplied
      ? { parts: [meta.dateSupplied.year], supplied: meta.dateSupplied.evidence }
      : undefined;
  return {
    slug,
    lang,
    type: bibliographicType(meta),
    title: meta.title.supplied ? `[${title}]` : title,
    titleSupplied: meta.title.supplied,
    originalTitle: english ? meta.title.zh : undefined,
    translatedTitle: english ? undefined : meta.title.en,
    persons,
    corporateAuthor: meta.corporateAuthor?.[lang],
    container: statement(meta.container, lang),
    publisher: statement(meta.publisher, lang),
    place: statement(meta.place, lang),
    date,
    genre: bibliographicType(meta) === 'report' ? genres[meta.kind][lang] : undefined,
    number: meta.documentNumber,
    abstract: meta.abstract[lang],
    language: english ? 'en' : 'zh-CN',
    translators: english ? edition.translators.en : undefined,
    translated: english && translation ? toIsoDate(translation.translated) : undefined,
    url,
    edition: { name: edition.name[lang], editors: edition.editors[lang], version: edition.version, released: edition.released, url: editionUrl, credit: editionCredit(edition) },
    keywords: english ? [meta.town.en, meta.district.en, meta.city.en, 'local government'] : [meta.town.zh, meta.district.zh, meta.city.zh, '地方政府'],
  };
}

/** How every citation credits the edition it was read in: name, editors, version. */
export function editionCredit(edition: Edition): Record<Lang, string> {
  return {
    zh: `${edition.name.zh}（${edition.editors.zh}整理，${edition.version}版）`,
    en: `${edition.name.en}, ed. ${edition.editors.en}, version ${edition.version}`,
  };
}

/** The date as ISO text: 2022-02-10, 2022. */
export function isoDate(parts: number[]): string {
  return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

export function authorsOf(work: Described): Person[] {
  return work.persons.filter((person) => person.role === 'author');
}
