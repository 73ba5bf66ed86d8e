/**
 * Alignment of a translation with its Chinese report, from the files: both
 * must yield the same section and paragraph ids, in the same order. The check
 * itself is src/lib/alignment.ts, the one the build runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import matter from '../../src/lib/frontmatter.ts';
import { renderMarkdown } from '../../src/build/pipeline.ts';
import { alignedIds, alignmentProblems } from '../../src/lib/alignment.ts';

export interface ParityResult {
  ids: string[];
  problems: string[];
}

async function anchorsOf(path: string, kind: 'report' | 'translation') {
  const markdown = readFileSync(path, 'utf8');
  const { data } = matter(markdown);
  return (await renderMarkdown(markdown, path, { kind, script: data.script === 'Hant' ? 'Hant' : 'Hans' })).anchors;
}

export async function checkParity(chinesePath: string, englishPath: string): Promise<ParityResult> {
  if (!existsSync(englishPath)) return { ids: [], problems: [`${englishPath}: missing translation of ${chinesePath}`] };
  const chinese = await anchorsOf(chinesePath, 'report');
  const english = await anchorsOf(englishPath, 'translation');
  return { ids: alignedIds(chinese), problems: alignmentProblems(chinesePath, englishPath, chinese, english) };
}
