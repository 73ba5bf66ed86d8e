/**
 * The reasons an editor may give for an intervention, with their labels in
 * both interface languages. One source of truth: the plugin, the editorial
 * notes and the About page all read from here.
 */
export const reasons = {
  ocr: { zh: 'OCR 误识', en: 'OCR misreading' },
  garbled: { zh: '乱码残文', en: 'garbled text' },
  space: { zh: '多余空格', en: 'stray space' },
  'script-space': { zh: '中西文间空格，由排版处理', en: 'space between Chinese and Latin or digits, left to the typesetting' },
  'lost-punct': { zh: '跨栏处脱去句末标点', en: 'final punctuation lost at a column break' },
  encoding: { zh: '编码损坏', en: 'encoding damage' },
  omission: { zh: '脱字', en: 'lost character' },
  column: { zh: '版面错位', en: 'misplaced column fragment' },
  'column-break': { zh: '跨栏断行', en: 'paragraph split by a column break' },
  display: { zh: '版面分行标题', en: 'heading printed on two lines' },
  'run-in': { zh: '标题原与正文连排', en: 'heading printed run in with its paragraph' },
  image: { zh: '图片占位符', en: 'image placeholder' },
  chrome: { zh: '网页框架文字', en: 'web page chrome' },
  byline: { zh: '署名', en: 'byline' },
  masthead: { zh: '报头', en: 'newspaper masthead' },
  metadata: { zh: '发布信息', en: 'publication metadata' },
  headline: { zh: '相邻标题残文', en: 'fragment of a neighbouring headline' },
  pinyin: { zh: '注音有误', en: 'wrong pinyin' },
} as const;

export type Reason = keyof typeof reasons;

export const certainties = ['certain', 'probable'] as const;
export type Certainty = (typeof certainties)[number];

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(reasons, value);
}
