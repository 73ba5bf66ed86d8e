/**
 * The place a citation points at inside a report, from its anchor id:
 * s2 is section 2, s2-p3 paragraph 3 of section 2, s0-p1 paragraph 1 before
 * the first section. Styles print it in their own convention (Chicago and APA
 * "sec. 2, para. 3"; GB/T 7714 "第2节第3段").
 */
export interface Locator {
  section?: number;
  paragraph?: number;
}

export function locatorOf(anchor: string | undefined): Locator | undefined {
  const match = anchor ? /^s(\d+)(?:-p(\d+))?$/.exec(anchor) : null;
  if (!match || anchor === 's0') return undefined;
  const section = Number(match[1]);
  const paragraph = match[2] ? Number(match[2]) : undefined;
  return { section: section === 0 ? undefined : section, paragraph };
}

/** The locator as words, for the formats that have no locator field (BibLaTeX note, RIS N1). */
export function locatorText(locator: Locator, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return `${locator.section ? `第${locator.section}节` : ''}${locator.paragraph ? `第${locator.paragraph}段` : ''}`;
  return [locator.section && `sec. ${locator.section}`, locator.paragraph && `para. ${locator.paragraph}`].filter(Boolean).join(', ');
}
