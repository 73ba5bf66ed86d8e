/**
 * Alignment of a translation with its Chinese report, from the files: both
 * must yield the same section and paragraph ids, in the same order. The check
 * itself is src/lib/alignment.ts, the one the build runs.
 */
import { existsSync } from 'node:fs';
import matter from '../../src/lib/frontmatter.ts';
import { readContentMarkdown } from '../../src/lib/text-file.ts';
import { renderMarkdown, renderOptions } from '../../src/build/pipeline.ts';
import { alignedIds, alignmentProblems } from '../../src/lib/alignment.ts';

export interface ParityResult {
  ids: string[];
  problems: string[];
}

async function anchorsOf(path: string, collection: 'reports' | 'translations') {
  const markdown = readContentMarkdown(path).text;
  const { data } = matter(markdown);
  return (await renderMarkdown(markdown, path, renderOptions(collection, data))).anchors;
}

export async function checkParity(chinesePath: string, englishPath: string): Promise<ParityResult> {
  if (!existsSync(englishPath)) return { ids: [], problems: [`${englishPath}: missing translation of ${chinesePath}`] };
  const chinese = await anchorsOf(chinesePath, 'reports');
  const english = await anchorsOf(englishPath, 'translations');
  return { ids: alignedIds(chinese), problems: alignmentProblems(chinesePath, englishPath, chinese, english) };
}
