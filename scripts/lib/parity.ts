/**
 * Alignment of a translation with its Chinese report, from the files: both
 * must yield the same section and paragraph ids, in the same order (the check
 * itself is src/lib/alignment.ts, the one the build runs); and, once they do,
 * the English under each id must carry over its Chinese's numbers, glossary
 * terms and length (scripts/lib/alignment-content.ts), so that two swapped
 * paragraphs do not pass for aligned ones.
 */
import { existsSync } from 'node:fs';
import matter from '../../src/lib/frontmatter.ts';
import { readContentMarkdown } from '../../src/lib/text-file.ts';
import { renderMarkdown, renderOptions } from '../../src/build/pipeline.ts';
import { alignedIds, alignmentProblems } from '../../src/lib/alignment.ts';
import { loadGlossary, type Term } from '../../src/lib/glossary.ts';
import { termExceptionSchema } from '../../src/lib/schema.ts';
import { checkAlignmentContent, type ContentProblem } from './alignment-content.ts';

export interface ParityResult {
  ids: string[];
  problems: string[];
  /** The pairs whose English does not match its Chinese (their messages are in `problems` too). */
  content: ContentProblem[];
}

async function anchorsOf(path: string, collection: 'reports' | 'translations') {
  const markdown = readContentMarkdown(path).text;
  const { data } = matter(markdown);
  return { data, anchors: (await renderMarkdown(markdown, path, renderOptions(collection, data))).anchors };
}

let glossary: Term[] | undefined;

/** `terms`: the glossary whose terms the English must carry (by default GLOSSARY_FILE's). */
export async function checkParity(chinesePath: string, englishPath: string, terms?: Term[]): Promise<ParityResult> {
  if (!existsSync(englishPath)) return { ids: [], problems: [`${englishPath}: missing translation of ${chinesePath}`], content: [] };
  const chinese = (await anchorsOf(chinesePath, 'reports')).anchors;
  const english = await anchorsOf(englishPath, 'translations');
  const problems = alignmentProblems(chinesePath, englishPath, chinese, english.anchors);
  // Ids first: with a paragraph missing, every later pair would compare the wrong texts.
  const exceptions = Array.isArray(english.data.termExceptions) ? english.data.termExceptions : [];
  const content = problems.length
    ? []
    : checkAlignmentContent(
        {
          file: englishPath,
          zh: chinese,
          en: english.anchors,
          // Malformed exceptions are check:terms' to report; the well-formed ones count here as there.
          termExceptions: exceptions.flatMap((entry: unknown) => termExceptionSchema.safeParse(entry).data ?? []),
        },
        terms ?? (glossary ??= loadGlossary()),
      );
  return { ids: alignedIds(chinese), problems: [...problems, ...content.map((problem) => problem.message)], content };
}
