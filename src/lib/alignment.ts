/**
 * Alignment of a translation with its Chinese report: both must yield the same
 * section and paragraph ids (#s2-p3 names the same paragraph in both). The one
 * check, used by the build (src/build/reports.ts) and by scripts and tests
 * (scripts/lib/parity.ts).
 */
interface TextAnchor {
  id: string;
  kind: string;
  text: string;
}

/** Sections and paragraphs: the anchors a translation must share (editorial blocks have no translation). */
export const alignedIds = (anchors: TextAnchor[]): string[] => anchors.filter((anchor) => anchor.kind !== 'block').map((anchor) => anchor.id);

/** Each id missing from or extra in the translation, with its text and file; none when they align. */
export function alignmentProblems(chinesePath: string, englishPath: string, chinese: TextAnchor[], english: TextAnchor[]): string[] {
  const text = (anchors: TextAnchor[]) => new Map(anchors.map((anchor) => [anchor.id, anchor.text]));
  const chineseText = text(chinese);
  const englishText = text(english);
  const chineseIds = alignedIds(chinese);
  const englishIds = alignedIds(english);
  const inEnglish = new Set(englishIds);
  const inChinese = new Set(chineseIds);
  return [
    ...chineseIds.filter((id) => !inEnglish.has(id)).map((id) => `${englishPath}: missing #${id} (Chinese: “${chineseText.get(id)?.slice(0, 24)}…”)`),
    ...englishIds.filter((id) => !inChinese.has(id)).map((id) => `${englishPath}: extra #${id} (“${englishText.get(id)?.slice(0, 40)}…”), not in ${chinesePath}`),
  ];
}
