/**
 * Open Graph cards: a 1200×630 PNG per report (town and title in Chinese and
 * English, place, years, the edition's name) and one for the edition, laid
 * out with satori (HTML/CSS-like boxes → SVG) and rasterized with resvg.
 *
 * The face is Noto Serif SC (SIL Open Font License 1.1) from the npm package
 * @expo-google-fonts/noto-serif-sc: complete static TTFs, so the build needs
 * neither the network nor a system font, and every character of a generated
 * town name has its glyph. Two weights are read once per build process.
 * The colours are those of src/styles/global.css (light scheme).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const cardWidth = 1200;
export const cardHeight = 630;
export const edition = 'Town Reports · 乡镇报告';

const colours = { paper: '#fbf9f4', ink: '#1f1d1a', muted: '#5f5a52', rule: '#ddd6c8', accent: '#8a1c1c' };
const family = 'Noto Serif SC';

let fonts: SatoriOptions['fonts'] | undefined;
/** The same array every time: satori keeps the parsed fonts for it. */
function loadFonts(): SatoriOptions['fonts'] {
  if (fonts) return fonts;
  // Resolved from the project (the working directory of every build), not from the bundled chunk in dist/.
  const require = createRequire(join(process.cwd(), 'package.json'));
  let dir: string;
  try {
    dir = dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  } catch {
    throw new Error('The Open Graph cards need the font package @expo-google-fonts/noto-serif-sc: run npm install.');
  }
  const face = (weight: 400 | 600, file: string) => ({ name: family, weight, style: 'normal' as const, data: readFileSync(join(dir, file)) });
  fonts = [face(400, '400Regular/NotoSerifSC_400Regular.ttf'), face(600, '600SemiBold/NotoSerifSC_600SemiBold.ttf')];
  return fonts;
}

type Style = Record<string, string | number>;
interface CardNode {
  type: string;
  props: { style?: Style; lang?: string; children?: CardNode | string | (CardNode | string)[] };
}
const box = (style: Style, children: CardNode['props']['children'], lang?: string): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children, ...(lang ? { lang } : {}) },
});
/** A paragraph: block layout, where satori applies lineClamp (with an ellipsis) and textWrap. */
const paragraph = (style: Style, text: string, lang: string): CardNode => box({ ...style, display: 'block' }, text, lang);

/** Han characters, kana and full-width forms count as one; Latin letters as about half a Han character. */
export function visualLength(text: string): number {
  let length = 0;
  for (const char of text) length += /[\p{Script=Han}\u3000-\u30ff\uff00-\uffef“”‘’]/u.test(char) ? 1 : 0.55;
  return length;
}

/** The largest size at which the text fits the lines (at most max, at least min), and whether it fits at all. */
function fitSize(text: string, width: number, lines: number, max: number, min: number, perEm = 1): { size: number; fits: boolean } {
  const ems = visualLength(text) * perEm;
  for (let size = max; size >= min; size -= 2) if (Math.ceil((ems * size) / width) <= lines) return { size, fits: true };
  return { size: min, fits: false };
}

/**
 * Chinese headlines often set two phrases apart with a space ("坚持……融合 构筑……格局"):
 * the phrases are kept whole on their lines when each fits one, and no line ends with a lone character.
 */
export function headlineLines(title: string, perLine: number): string[] | undefined {
  const parts = title.split(/[ \u3000]+/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || visualLength(title) <= perLine) return undefined;
  return parts.every((part) => visualLength(part) <= perLine) ? parts : undefined;
}

export interface ReportCard {
  town: { zh: string; en: string };
  title: { zh: string; en: string };
  /** e.g. 杭州市萧山区 */
  placeZh: string;
  /** e.g. Xiaoshan District, Hangzhou */
  placeEn: string;
  /** e.g. 2022 or 2022–2023 */
  years: string;
  /** The kind of document in both languages, e.g. 工作报告 · Work report */
  kind: string;
}

const padX = 80;
const inner = cardWidth - 2 * padX;

function frame(children: CardNode[]): CardNode {
  return box({ width: cardWidth, height: cardHeight, backgroundColor: colours.paper, color: colours.ink, fontFamily: family, flexDirection: 'row' }, [
    // A narrow band of the accent colour down the left edge, like the spine of a volume.
    box({ width: 16, flexShrink: 0, backgroundColor: colours.accent }, []),
    box({ flexDirection: 'column', flexGrow: 1, padding: `56px ${padX}px 44px ${padX - 16}px` }, children),
  ]);
}

function footer(right: string): CardNode {
  return box({ borderTop: `2px solid ${colours.rule}`, paddingTop: 22, justifyContent: 'space-between', alignItems: 'baseline', fontSize: 26, color: colours.muted }, [
    box({ color: colours.ink, fontWeight: 600, letterSpacing: 1 }, edition, 'zh-CN'),
    box({}, right, 'zh-CN'),
  ]);
}

/** The card of one report, both languages on one card. */
export function reportCardTree(card: ReportCard): CardNode {
  // Balanced lines, so that no line ends with a lone character; a title too long for three lines
  // fills them and ends in an ellipsis instead (satori's balancing and clamping do not combine).
  const zh = fitSize(card.title.zh, inner, 3, 64, 42, 1.05);
  const en = fitSize(card.title.en, inner, 3, 34, 24, 1.1);
  const phrases = zh.fits ? headlineLines(card.title.zh, Math.floor(inner / zh.size)) : undefined;
  const titleZh = phrases
    ? box(
        { flexDirection: 'column', fontSize: zh.size, fontWeight: 600, lineHeight: 1.45 },
        phrases.map((phrase) => box({}, phrase, 'zh-CN')),
        'zh-CN',
      )
    : paragraph({ fontSize: zh.size, fontWeight: 600, lineHeight: 1.45, ...(zh.fits ? { textWrap: 'balance' } : { lineClamp: 3 }) }, card.title.zh, 'zh-CN');
  return frame([
    box({ justifyContent: 'space-between', alignItems: 'baseline', gap: 24 }, [
      box({ alignItems: 'baseline', gap: 18 }, [
        box({ fontSize: 36, fontWeight: 600, color: colours.accent, letterSpacing: 4 }, card.town.zh, 'zh-CN'),
        box({ fontSize: 28, color: colours.accent, fontFeatureSettings: '"pwid" 1' }, card.town.en, 'en'),
      ]),
      box({ fontSize: 26, color: colours.muted, fontFeatureSettings: '"pwid" 1' }, card.years, 'en'),
    ]),
    box({ fontSize: 22, color: colours.muted, marginTop: 4, gap: 12, fontFeatureSettings: '"pwid" 1' }, [
      box({}, card.placeZh, 'zh-CN'),
      box({}, '·'),
      box({}, card.placeEn, 'en'),
    ]),
    box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center', padding: '24px 0 28px' }, [
      titleZh,
      paragraph(
        { fontSize: en.size, lineHeight: 1.4, color: colours.muted, marginTop: 18, textWrap: en.fits ? 'pretty' : 'wrap', lineClamp: 3, fontFeatureSettings: '"pwid" 1' },
        card.title.en,
        'en',
      ),
    ]),
    footer(card.kind),
  ]);
}

export interface EditionCard {
  subtitle: { zh: string; en: string };
  /** e.g. 5 reports · 2022–2023 */
  note: string;
}

/** The card of the edition, for every page that is not a report. */
export function editionCardTree(card: EditionCard): CardNode {
  return frame([
    box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }, [
      box({ fontSize: 104, fontWeight: 600, letterSpacing: 12, lineHeight: 1.3 }, '乡镇报告', 'zh-CN'),
      box({ fontSize: 64, lineHeight: 1.3, color: colours.accent, fontFeatureSettings: '"pwid" 1' }, 'Town Reports', 'en'),
      box({ width: 120, height: 2, backgroundColor: colours.rule, marginTop: 36, marginBottom: 30 }, []),
      paragraph({ fontSize: 32, lineHeight: 1.6, textWrap: 'balance' }, card.subtitle.zh, 'zh-CN'),
      paragraph({ fontSize: 28, lineHeight: 1.5, color: colours.muted, textWrap: 'balance', fontFeatureSettings: '"pwid" 1' }, card.subtitle.en, 'en'),
    ]),
    footer(card.note),
  ]);
}

/** Lays out and rasterizes a card: a 1200×630 PNG. */
export async function renderCard(tree: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: cardWidth, height: cardHeight, fonts: loadFonts() });
  const png = new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());
  // resvg's pixel buffers (3 MB a card) are freed by finalizers that run between tasks: give them a turn,
  // so that thousands of cards rendered back to back do not pile up.
  await new Promise((resolve) => setImmediate(resolve));
  return png;
}
