/**
 * Every figure of the reports as data: each Arabic number of the normalized
 * reading is either a figure (a value with its unit, what it measures, its
 * qualifiers, period and English rendering) or skipped for a recorded reason
 * (a year, a date, an ordinal, a name in quotation marks, a designation, or an
 * exception reviewed in content/figures.yaml). Published as /data/figures.json
 * (figuresSchema) and /data/figures.csv; shown on the figures page.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Anchor } from '../edition/types.ts';
import { close, englishNumbers } from './numbers.ts';
import { csvCell } from './exports.ts';

/** Topics of the figures page, in its order. */
export const topics = ['economy', 'investment', 'social', 'environment', 'governance'] as const;
export type Topic = (typeof topics)[number];

/**
 * The reviewed keyword classification of a figure's measure: the first topic with a keyword in the measure
 * wins, then the first with a keyword in the clause around the figure, then in the paragraph; economy otherwise.
 */
export const topicKeywords: Record<Topic, string[]> = {
  investment: ['投资', '资金', '外资', '内资', '注资', '基金', '招商', '招引', '浙商回归'],
  environment: ['垃圾', '污水', '河', '水质', '水体', '绿色', '绿化', '环境', '生态', '耕地', '淤泥', '漂浮物', '节水', '光伏', '低散乱', '低小散污', '林道', '违法用地', '复垦'],
  social: [
    '养老',
    '老年',
    '幼儿园',
    '托位',
    '托育',
    '学',
    '教育',
    '医',
    '卫生',
    '文化',
    '体育',
    '健身',
    '篮球',
    '食堂',
    '助餐',
    '书房',
    '疫苗',
    '保险',
    '参保',
    '就业',
    '活动',
    '护理',
    '床位',
    '自行车',
    '电瓶车',
    '退役军人',
    '人次',
    '安置房',
    '社区',
    '文明',
    '服务圈',
    '公益',
    '需求',
    '驿站',
    '民生',
    '初中',
    '重高',
  ],
  governance: [
    '网格',
    '事件',
    '执法',
    '案卷',
    '处罚',
    '立案',
    '结案',
    '调解',
    '建议',
    '满意率',
    '问题',
    '党群',
    '数据',
    '检测',
    '隐患',
    '整治',
    '综合查',
    '行动',
    '赋权',
    '应诉',
    '社会组织',
    '村社',
    '巡河',
    '流调',
    '转运',
    '境外',
  ],
  economy: ['产值', '增加值', '收入', '企业', '零售', '经济', '产业', '工业', '人才', '工程师', '粮食', '用地', '厂房', '农田', '基地', '项目', '冠军', '小巨人', '营业'],
};

export function classify(measure: string, clause: string, paragraph: string): Topic {
  for (const text of [measure, clause, paragraph]) {
    const topic = (Object.keys(topicKeywords) as Topic[]).find((name) => topicKeywords[name].some((word) => text.includes(word)));
    if (topic) return topic;
  }
  return 'economy';
}

/** Why an Arabic number of a paragraph is not a figure. */
export const skipReasons = {
  year: 'a year (2022年, 2021 as a heading)',
  date: 'a date or month (2月28日, 12月底, 1-6月)',
  ordinal: 'an ordinal or anniversary (第2, 20周年)',
  name: 'part of a name, slogan or programme title in quotation marks (“1+21+X”, “12619”)',
  designation: 'a designation, grade or code (PM2.5, 4A级, 03省道, 7号线)',
  exception: 'reviewed in content/figures.yaml, with its reason',
} as const;
export type SkipReason = keyof typeof skipReasons;

/**
 * Qualifiers of a figure, as the text words them: the bound, the approximation, the accumulation and the
 * kind of change. Their English on the Data page.
 */
export const qualifierWords = ['以上', '余', '多', '超过', '超', '近', '约', '累计', '同比', '可比价', '月均', '增长', '提高'] as const;
export type Qualifier = (typeof qualifierWords)[number];

/** Units, longest first (a unit is a measure word or a unit of measurement; % is one too). */
const units = [
  '平方公里',
  '平方米',
  '立方米',
  '美元',
  '人次',
  '场次',
  '公里',
  '元',
  '家',
  '个',
  '名',
  '项',
  '件',
  '条',
  '处',
  '次',
  '场',
  '人',
  '辆',
  '方',
  '亩',
  '斤',
  '张',
  '宗',
  '份',
  '只',
  '针',
  '幢',
  '户',
  '座',
  '所',
  '吨',
  '%',
];
/** Units whose base unit is another (none yet beyond the magnitude words). */
const magnitudes = { 万: 1e4, 亿: 1e8 } as const;

/** Reviewed per-report facts and exceptions (content/figures.yaml). */
export const figureRulesSchema = z
  .object({
    reports: z.record(
      z.string(),
      z
        .object({
          /** Periods by section: the first section of each stretch (s0 if omitted), its period and whether its figures report or plan. */
          periods: z.array(z.object({ from: z.string().regex(/^s\d+$/), period: z.string().regex(/^\d{4}(-H[12])?$/), status: z.enum(['reported', 'target']) }).strict()).min(1),
        })
        .strict(),
    ),
    /** Numbers that no general rule explains, each with its reason. */
    exceptions: z.array(z.object({ report: z.string(), anchor: z.string(), number: z.string(), reason: z.string().min(10) }).strict()).default([]),
    /**
     * Measures (and topics) the heuristic gets wrong, reviewed: the figure (report, anchor, raw), its measure,
     * its English (the plots' labels) and, if the keywords misread it, its topic; `nth` picks the second 15% of a paragraph.
     */
    measures: z
      .array(
        z
          .object({
            report: z.string(),
            anchor: z.string(),
            raw: z.string(),
            nth: z.number().int().min(1).default(1),
            measure: z.string().min(1),
            en: z.string().min(1).optional(),
            topic: z.enum(topics).optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type FigureRules = z.infer<typeof figureRulesSchema>;

/** The rules of content/figures.yaml, validated; errors name the file and the field. */
export function parseFigureRules(text: string, file = 'content/figures.yaml'): FigureRules {
  const parsed = figureRulesSchema.safeParse(parse(text) ?? { reports: {} });
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

export interface Figure {
  report: string;
  town: string;
  townEn: string;
  anchor: string;
  /** Exactly as it stands in the normalized reading, e.g. 15.3亿元. */
  raw: string;
  /** The number as written (the lower bound of a range). */
  value: number;
  /** The upper bound of a range (2-3个), else null. */
  upper: number | null;
  magnitude: '万' | '亿' | null;
  /** The unit after the number and magnitude word ('' if none: 1000万 of a fund). */
  unit: string;
  /** The value in base units: 15.3亿元 is 1530000000 元. */
  normalized: number;
  /** What it counts or measures: the noun phrase of the Chinese clause. */
  measure: string;
  /** The measure in English, where reviewed (content/figures.yaml; every plotted figure has one), else null. */
  measureEn: string | null;
  qualifiers: Qualifier[];
  topic: Topic;
  /** The year (or half year, 2022-H1) the figure belongs to. */
  period: string;
  /** Reported results, or targets and plans. */
  status: 'reported' | 'target';
  /** The figure in the aligned English paragraph (1.53 billion yuan), or null if not found. */
  en: string | null;
  /** The English clause around it. */
  enContext: string | null;
  urlZh: string;
  urlEn: string;
}

export interface SkippedNumber {
  report: string;
  anchor: string;
  number: string;
  reason: SkipReason;
  /** The reviewed reason of an exception. */
  note: string | null;
}

export interface FigureParagraph {
  report: string;
  town: { zh: string; en: string };
  anchor: string;
  zh: string;
  en: string;
}

export interface ParagraphFigures {
  figures: Figure[];
  skipped: SkippedNumber[];
  /** Numbers that are neither part of a figure nor skipped by a rule (the coverage test wants none). */
  unexplained: string[];
}

export interface FigureOptions {
  rules: FigureRules;
  /** The report's years (frontmatter yearsCovered): the period when the rules have none for the report. */
  years: number[];
  /** Paragraph links, from src/lib/routes.ts. */
  url: (lang: 'zh' | 'en', slug: string, anchor: string) => string;
}

const delimiters = /[。；，、：！？…（）()《》\s]/;
const leadingWords = ['预计全年实现', '全年实现', '全年力争', '全年', '力争', '确保', '争取', '实现', '完成', '累计', '已', '共', '目前', '对'];
const trailingWords = ['同比增长', '同比提高', '分别达', '保持在', '稳定在', '达到', '可比价', '增长', '提高', '超过', '达', '为', '超', '近', '约', '在', '有', '的', '和'];

/** The clause around position [start, end) of text: from the previous delimiter to the next. */
function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && !delimiters.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !delimiters.test(text[to]!)) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

function trimWords(text: string): string {
  let out = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const word of leadingWords)
      if (out.startsWith(word) && out.length > word.length) {
        out = out.slice(word.length);
        changed = true;
      }
    for (const word of trailingWords)
      if (out.endsWith(word)) {
        out = out.slice(0, -word.length);
        changed = true;
      }
  }
  return out;
}

const han = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** Is position index of text inside “…”? */
function quoted(text: string, index: number): boolean {
  return text.lastIndexOf('“', index) > text.lastIndexOf('”', index);
}

const numberPattern = /\d+(?:\.\d+)?/g;
const rangeTail = /^[-~～至到](\d+(?:\.\d+)?)/;

/** Why a number (text.slice(index, end)) is not a figure, by the general rules; undefined if it may be one. */
export function skipReason(text: string, index: number, end: number): SkipReason | undefined {
  const before = text.slice(Math.max(0, index - 2), index);
  const after = text.slice(end, end + 4);
  const number = text.slice(index, end);
  if (quoted(text, index)) return 'name';
  if (/第$/.test(before) || /^周年/.test(after)) return 'ordinal';
  if (/^(?:[-~～至到]\d+)?月/.test(after) || (/^日/.test(after) && /月$/.test(before))) return 'date';
  if (/^(?:19|20)\d{2}$/.test(number) && !/^[\d.%万亿]/.test(after) && !units.some((unit) => after.startsWith(unit))) return 'year';
  if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(after) || /^(?:号线|省道|号|系统|版)/.test(after)) return 'designation';
  return undefined;
}

/** The figures and the skipped numbers of one paragraph. */
export function paragraphFigures(paragraph: FigureParagraph, options: FigureOptions, period: { period: string; status: 'reported' | 'target' }): ParagraphFigures {
  const { zh: text } = paragraph;
  const figures: Figure[] = [];
  const skipped: SkippedNumber[] = [];
  const unexplained: string[] = [];
  // Digits only: a number word (“two of them”) is seldom a figure's rendering.
  const english = englishNumbers(paragraph.en).filter((number) => number.kind === 'figure');
  const usedEnglish = new Set<number>();
  let consumedTo = 0;
  for (const match of text.matchAll(numberPattern)) {
    const index = match.index;
    if (index < consumedTo) continue; // the upper bound of a range already read
    const number = match[0];
    const skip = (reason: SkipReason, note: string | null = null) => {
      skipped.push({ report: paragraph.report, anchor: paragraph.anchor, number, reason, note });
      // The English of a skipped number (Provincial Highway 03) is not a figure's rendering.
      // Not for dates: the English names the month (2月 = February), and a day number is no figure's value.
      const same = reason === 'date' ? -1 : english.findIndex((entry, position) => !usedEnglish.has(position) && entry.text === number);
      if (same >= 0) usedEnglish.add(same);
    };
    const exception = options.rules.exceptions.find((entry) => entry.report === paragraph.report && entry.anchor === paragraph.anchor && entry.number === number);
    if (exception) {
      skip('exception', exception.reason);
      continue;
    }
    const reason = skipReason(text, index, index + number.length);
    if (reason) {
      skip(reason);
      const range = rangeTail.exec(text.slice(index + number.length));
      if (range && (reason === 'date' || reason === 'year')) {
        // 1-6月: the month that opens the range is a date too.
        skipped.push({ report: paragraph.report, anchor: paragraph.anchor, number: range[1]!, reason, note: null });
        consumedTo = index + number.length + range[0].length;
      }
      continue;
    }
    // The figure: number, range, 余/多, 万/亿, unit, 余/多.
    let end = index + number.length;
    let upper: number | null = null;
    const range = rangeTail.exec(text.slice(end));
    if (range) {
      upper = Number(range[1]);
      end += range[0].length;
    }
    const qualifiers = new Set<Qualifier>();
    const take = (pattern: RegExp) => {
      const found = pattern.exec(text.slice(end));
      if (found) end += found[0].length;
      return found?.[0];
    };
    const more = take(/^[余多]/) as '余' | '多' | undefined;
    if (more) qualifiers.add(more);
    const magnitude = (take(/^[万亿]/) as '万' | '亿' | undefined) ?? null;
    const unit = units.find((candidate) => text.startsWith(candidate, end)) ?? '';
    end += unit.length;
    const moreAfter = take(/^[余多](?![\p{Script=Han}])/u) as '余' | '多' | undefined;
    if (moreAfter) qualifiers.add(moreAfter);
    if (!unit && !magnitude) {
      // A bare number that no rule explains: neither figure nor skipped, so the coverage test names it.
      unexplained.push(number);
      continue;
    }
    consumedTo = end;
    const raw = text.slice(index, end);
    if (text.startsWith('以上', end)) qualifiers.add('以上');
    const prefix = text.slice(Math.max(0, index - 2), index);
    for (const word of ['超过', '超', '近', '约'] as const) {
      if (prefix.endsWith(word)) {
        qualifiers.add(word);
        break;
      }
    }
    const { before, after } = clauseAround(text, index, end);
    for (const word of ['累计', '同比', '可比价', '月均'] as const) if (before.includes(word)) qualifiers.add(word);
    const stem = before.replace(/(?:超过|超|近|约)$/, '');
    if (/增长$/.test(stem)) qualifiers.add('增长');
    if (/提高$/.test(stem)) qualifiers.add('提高');
    // What comes before the figure in its clause, after any earlier figure of the clause; else what follows it.
    let measure = trimWords(stem.replace(/^.*\d[^\p{Script=Han}]*[万亿]?(?:[^\p{Script=Han}]|\p{Script=Han}(?=[的和]))?/u, ''));
    const following = trimWords(after.replace(/^以上/, ''));
    if (han(measure) <= 3 && han(following) >= 3) measure = following;
    else if (han(measure) < 2 && (qualifiers.has('增长') || qualifiers.has('提高'))) measure = figures.at(-1)?.measure ?? measure;
    const nth = figures.filter((figure) => figure.raw === raw).length + 1;
    const override = options.rules.measures.find(
      (entry) => entry.report === paragraph.report && entry.anchor === paragraph.anchor && entry.raw === raw && (entry.nth ?? 1) === nth,
    );
    if (override) measure = override.measure;
    const factor = magnitude ? magnitudes[magnitude] : 1;
    const value = Number(number);
    // The English: the first unused number of the aligned paragraph with the value as written or in base units.
    const candidates = english.filter((entry, position) => !usedEnglish.has(position) && (close(entry.value, value) || close(entry.value, value * factor)));
    const found = candidates[0];
    let en: string | null = null;
    let enContext: string | null = null;
    if (found) {
      usedEnglish.add(english.indexOf(found));
      const tail = /^(?:\s*(?:%|per cent|percent)|[\s-](?:yuan|US dollars|mu|jin|square (?:metres?|kilometres?)|cubic metres?|kilometres?|km)\b)?/i.exec(
        paragraph.en.slice(found.index + found.text.length),
      )![0];
      en = found.text + tail;
      const start = Math.max(...['; ', ', ', '. ', ': '].map((stop) => paragraph.en.lastIndexOf(stop, found.index)).map((position) => (position < 0 ? 0 : position + 2)));
      const stops = ['; ', '. ', ', ', ': '].map((stop) => paragraph.en.indexOf(stop, found.index + found.text.length)).filter((position) => position >= 0);
      enContext = paragraph.en.slice(start, stops.length ? Math.min(...stops) : undefined).trim() || null;
    }
    figures.push({
      report: paragraph.report,
      town: paragraph.town.zh,
      townEn: paragraph.town.en,
      anchor: paragraph.anchor,
      raw,
      value,
      upper,
      magnitude,
      unit,
      normalized: Number((value * factor).toPrecision(12)),
      measure,
      measureEn: override?.en ?? null,
      qualifiers: qualifierWords.filter((word) => qualifiers.has(word)),
      topic: override?.topic ?? classify(measure, before + raw + after, text),
      period: period.period,
      status: period.status,
      en,
      enContext,
      urlZh: options.url('zh', paragraph.report, paragraph.anchor),
      urlEn: options.url('en', paragraph.report, paragraph.anchor),
    });
  }
  return { figures, skipped, unexplained };
}

const sectionNumber = (anchor: string) => Number(/^s(\d+)/.exec(anchor)?.[1] ?? 0);

/** The figures of a report's paragraphs (and section headings), in text order. */
export function reportFigures(paragraphs: FigureParagraph[], options: FigureOptions): ParagraphFigures {
  const figures: Figure[] = [];
  const skipped: SkippedNumber[] = [];
  const unexplained: string[] = [];
  for (const paragraph of paragraphs) {
    const periods = options.rules.reports[paragraph.report]?.periods ?? [{ from: 's0', period: String(options.years[0] ?? ''), status: 'reported' as const }];
    const period = periods.filter((entry) => sectionNumber(entry.from) <= sectionNumber(paragraph.anchor)).at(-1) ?? periods[0]!;
    const result = paragraphFigures(paragraph, options, period);
    figures.push(...result.figures);
    skipped.push(...result.skipped);
    unexplained.push(...result.unexplained.map((number) => `${paragraph.report}#${paragraph.anchor}: ${number}`));
  }
  return { figures, skipped, unexplained };
}

/** A report as the figures read it: its town and years, the Chinese anchors and the aligned English ones. */
export interface FigureReport {
  slug: string;
  town: { zh: string; en: string };
  years: number[];
  anchors: Anchor[];
  english: Anchor[];
}

/** The figures of one report: its sections and paragraphs (removed blocks are not the text), in text order. */
export function figuresOfReport(report: FigureReport, rules: FigureRules, url: FigureOptions['url']): ParagraphFigures {
  const english = new Map(report.english.map((anchor) => [anchor.id, anchor.text]));
  const paragraphs = report.anchors
    .filter((anchor) => anchor.kind !== 'block')
    .map((anchor) => ({ report: report.slug, town: report.town, anchor: anchor.id, zh: anchor.text, en: english.get(anchor.id) ?? '' }));
  return reportFigures(paragraphs, { rules, years: report.years, url });
}

/** The Arabic numbers of a text, as the figures read them. */
export const arabicNumbers = (text: string) => text.match(numberPattern) ?? [];

export const figureColumns = [
  'report',
  'town',
  'townEn',
  'anchor',
  'raw',
  'value',
  'upper',
  'magnitude',
  'unit',
  'normalized',
  'measure',
  'measureEn',
  'qualifiers',
  'topic',
  'period',
  'status',
  'en',
  'enContext',
  'urlZh',
  'urlEn',
] as const satisfies readonly (keyof Figure)[];

/** The head of figures.csv: a BOM (spreadsheets read Chinese) and the column names. */
export const figuresCsvHead = (columns: readonly (keyof Figure)[] = figureColumns) => `\uFEFF${columns.join(',')}\r\n`;

/** Figures as CSV rows without the head: CRLF lines, qualifiers joined by "|", cells as csvCell writes them. */
export function figuresCsvRows(figures: Figure[], columns: readonly (keyof Figure)[] = figureColumns): string {
  const cell = (value: Figure[keyof Figure]) => (value === null ? '' : Array.isArray(value) ? value.join('|') : String(value));
  return figures.map((figure) => `${columns.map((column) => csvCell(cell(figure[column]))).join(',')}\r\n`).join('');
}

/** Figures as CSV: UTF-8 with a BOM, the head, then a row per figure. */
export const figuresCsv = (figures: Figure[], columns: readonly (keyof Figure)[] = figureColumns): string => figuresCsvHead(columns) + figuresCsvRows(figures, columns);

/** JSON Schema (draft 2020-12) of /data/figures.json, published at /data/figures.schema.json. */
export const figuresSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'town-reports/figures.schema.json',
  title: 'Town Reports: every figure of the reports',
  description: 'The corpus file /data/figures.json, and each report’s /data/figures/reports/<slug>.json (the same for one report).',
  type: 'object',
  required: ['edition', 'version', 'counts', 'figures', 'skipped'],
  additionalProperties: false,
  properties: {
    edition: { const: 'Town Reports' },
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
    counts: {
      description: 'Per report: the figures and the numbers skipped (with their reasons).',
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['figures', 'skipped'],
        additionalProperties: false,
        properties: { figures: { type: 'integer' }, skipped: { type: 'integer' } },
      },
    },
    figures: {
      type: 'array',
      items: {
        type: 'object',
        required: [...figureColumns],
        additionalProperties: false,
        properties: {
          report: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          town: { type: 'string', minLength: 1 },
          townEn: { type: 'string', minLength: 1 },
          anchor: { type: 'string', pattern: '^s\\d+(-[px]\\d+)?$' },
          raw: { type: 'string', minLength: 1, description: 'The figure exactly as it stands in the normalized reading, e.g. 15.3亿元.' },
          value: { type: 'number', description: 'The number as written (the lower bound of a range).' },
          upper: { type: ['number', 'null'], description: 'The upper bound of a range (2-3个).' },
          magnitude: { enum: ['万', '亿', null] },
          unit: { type: 'string', description: 'Measure word or unit after the number ("" if none); % for percentages.' },
          normalized: { type: 'number', description: 'The value in base units: 万 × 10⁴, 亿 × 10⁸.' },
          measure: { type: 'string', description: 'What it counts or measures: the noun phrase of the Chinese clause.' },
          measureEn: { type: ['string', 'null'], description: 'The measure in English, where reviewed.' },
          qualifiers: { type: 'array', items: { enum: [...qualifierWords] } },
          topic: { enum: [...topics] },
          period: { type: 'string', pattern: '^\\d{4}(-H[12])?$' },
          status: { enum: ['reported', 'target'] },
          en: { type: ['string', 'null'], description: 'The figure as the aligned English paragraph gives it.' },
          enContext: { type: ['string', 'null'], description: 'The English clause around it.' },
          urlZh: { type: 'string' },
          urlEn: { type: 'string' },
        },
      },
    },
    skipped: {
      type: 'array',
      items: {
        type: 'object',
        required: ['report', 'anchor', 'number', 'reason', 'note'],
        additionalProperties: false,
        properties: {
          report: { type: 'string' },
          anchor: { type: 'string' },
          number: { type: 'string' },
          reason: { enum: Object.keys(skipReasons) },
          note: { type: ['string', 'null'] },
        },
      },
    },
  },
} as const;

export interface FiguresExport {
  edition: 'Town Reports';
  version: string;
  counts: Record<string, { figures: number; skipped: number }>;
  figures: Figure[];
  skipped: SkippedNumber[];
}

/** figures.json's content for some figures: counts per report (every report named in `reports` too, even with none). */
export function figuresExport(version: string, figures: Figure[], skipped: SkippedNumber[], reports: string[] = []): FiguresExport {
  const counts: FiguresExport['counts'] = {};
  for (const report of reports) counts[report] = { figures: 0, skipped: 0 };
  for (const figure of figures) (counts[figure.report] ??= { figures: 0, skipped: 0 }).figures++;
  for (const entry of skipped) (counts[entry.report] ??= { figures: 0, skipped: 0 }).skipped++;
  return { edition: 'Town Reports', version, counts, figures, skipped };
}

/** Rows in batches (a report's at a time), from memory or read one report at a time. */
type Batches<Row> = Iterable<Row[]> | AsyncIterable<Row[]>;

/** The rows of a JSON array, one a line, a batch at a time. */
async function* jsonRows<Row>(batches: Batches<Row>): AsyncGenerator<string> {
  let first = true;
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield `${first ? '\n' : ',\n'}${batch.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}`;
    first = false;
  }
  if (!first) yield '\n  ';
}

/**
 * figures.json as text, written as it goes: the edition and version, the counts per report, then each
 * figure and each skipped number on a line of its own. A report's file (data/figures/reports/<slug>.json) is
 * this text for one report; the corpus file (src/build/figures-files.ts) is written with it report by report,
 * the rows read back from the reports' files, so no more than one report's figures are held.
 */
export async function* figuresJson(version: string, counts: FiguresExport['counts'], figures: Batches<Figure>, skipped: Batches<SkippedNumber>): AsyncGenerator<string> {
  const entries = Object.entries(counts).map(([report, count]) => `    ${JSON.stringify(report)}: ${JSON.stringify(count)}`);
  yield `{\n  "edition": "Town Reports",\n  "version": ${JSON.stringify(version)},\n  "counts": {${entries.length ? `\n${entries.join(',\n')}\n  ` : ''}},\n  "figures": [`;
  yield* jsonRows(figures);
  yield '],\n  "skipped": [';
  yield* jsonRows(skipped);
  yield ']\n}\n';
}

/** A report's figures.json (data/figures/reports/<slug>.json): its counts, figures and skipped numbers. */
export async function reportFiguresJson(version: string, slug: string, figures: Figure[], skipped: SkippedNumber[]): Promise<string> {
  const { counts } = figuresExport(version, figures, skipped, [slug]);
  let text = '';
  for await (const chunk of figuresJson(version, counts, [figures], [skipped])) text += chunk;
  return text;
}

/** The figures page lists and plots at most this many figures (the edition has about 150); beyond, it points to the data. */
export const pageLimit = 5000;

/** The plots of the figures page: which figures each shows. */
export const plots = {
  /** Amounts of money invested, raised or attracted, by town. */
  investment: (figure: Figure) => figure.topic === 'investment' && (figure.unit === '元' || (figure.unit === '' && figure.magnitude !== null)),
  /** Growth rates reported or targeted (percentages with 增长/提高). */
  growth: (figure: Figure) => figure.unit === '%' && (figure.qualifiers.includes('增长') || figure.qualifiers.includes('提高')),
} as const;
/** Amounts of investment in another currency than yuan (300万美元): named in the investment plot's description, not drawn. */
export const otherCurrency = (figure: Figure) => figure.topic === 'investment' && figure.unit === '美元';
export type PlotName = keyof typeof plots;
