/**
 * The place a citation points at inside a report, from its anchor id:
 * s2 is section 2, s2-p3 paragraph 3 of section 2, s0-p1 paragraph 1 before
 * the first section. Styles print it in their own convention (Chicago and APA
 * "sec. 2, para. 3"; GB/T 7714 "第2节第3段").
 */
import { parseAnchor, titleId } from '../edition/anchors.ts';

export interface Locator {
  section?: number;
  paragraph?: number;
}

export function locatorOf(anchor: string | undefined): Locator | undefined {
  const parsed = parseAnchor(anchor);
  if (!parsed || parsed.kind === 'block' || anchor === titleId) return undefined;
  return { section: parsed.section || undefined, paragraph: parsed.index };
}

/** The locator as words, for the formats that have no locator field (BibLaTeX note, RIS N1). */
export function locatorText(locator: Locator, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return `${locator.section ? `第${locator.section}节` : ''}${locator.paragraph ? `第${locator.paragraph}段` : ''}`;
  return [locator.section && `sec. ${locator.section}`, locator.paragraph && `para. ${locator.paragraph}`].filter(Boolean).join(', ');
}
