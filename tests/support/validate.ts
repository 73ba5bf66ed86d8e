/**
 * Checks a content file without Astro and says what is wrong with it in one
 * line per problem, naming the file, the line and the field.
 */
import { parse, YAMLParseError } from 'yaml';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { reportSchema, translationSchema } from '../../src/lib/schema.ts';
import { readContentMarkdown } from '../../src/lib/text-file.ts';

export function checkFrontmatter(path: string, kind: 'report' | 'translation' = 'report'): string[] {
  // Read as the build reads it: bad bytes, an empty file, a missing frontmatter each get their own message.
  let text: string;
  try {
    text = readContentMarkdown(path).text;
  } catch (error) {
    return [(error as Error).message];
  }
  // As Astro finds it; the text starts with the line break after the opening ---, so its line n is the file's.
  const yaml = extractFrontmatter(text);
  if (yaml === undefined) return [`${path}:1: missing frontmatter (expected a block between --- lines at the top)`];
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line ?? 1;
      return [`${path}:${line}: malformed frontmatter: ${error.message.split('\n')[0]}`];
    }
    throw error;
  }
  const result = (kind === 'report' ? reportSchema : translationSchema).safeParse(data ?? {});
  if (result.success) return [];
  const yamlLines = yaml.split(/\r?\n/);
  const lineOf = (field: string) => {
    const index = yamlLines.findIndex((line) => line.startsWith(`${field}:`));
    return index >= 0 ? index + 1 : 1;
  };
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(frontmatter)';
    return `${path}:${lineOf(String(issue.path[0] ?? ''))}: frontmatter field "${field}": ${issue.message}`;
  });
}
