/**
 * Alignment of a translation with its Chinese report: both must yield the
 * same section and paragraph ids, in the same order.
 */
import { existsSync, readFileSync } from 'node:fs';
import matter from '../../src/lib/frontmatter.ts';
import { renderMarkdown } from '../../src/build/pipeline.ts';

export interface ParityResult {
  ids: string[];
  problems: string[];
}

async function textIds(path: string, kind: 'report' | 'translation'): Promise<{ ids: string[]; text: Map<string, string> }> {
  const markdown = readFileSync(path, 'utf8');
  const { data } = matter(markdown);
  const { anchors } = await renderMarkdown(markdown, path, { kind, script: data.script === 'Hant' ? 'Hant' : 'Hans' });
  const textAnchors = anchors.filter((anchor) => anchor.kind !== 'block');
  return { ids: textAnchors.map((anchor) => anchor.id), text: new Map(textAnchors.map((anchor) => [anchor.id, anchor.text])) };
}

export async function checkParity(chinesePath: string, englishPath: string): Promise<ParityResult> {
  if (!existsSync(englishPath)) return { ids: [], problems: [`${englishPath}: missing translation of ${chinesePath}`] };
  const chinese = await textIds(chinesePath, 'report');
  const english = await textIds(englishPath, 'translation');
  const problems: string[] = [];
  const englishIds = new Set(english.ids);
  const chineseIds = new Set(chinese.ids);
  for (const id of chinese.ids) if (!englishIds.has(id)) problems.push(`${englishPath}: missing #${id} (Chinese: “${chinese.text.get(id)?.slice(0, 24)}…”)`);
  for (const id of english.ids) if (!chineseIds.has(id)) problems.push(`${englishPath}: extra #${id} (“${english.text.get(id)?.slice(0, 40)}…”), not in ${chinesePath}`);
  return { ids: chinese.ids, problems };
}
