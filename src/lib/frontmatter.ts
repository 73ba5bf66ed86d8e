/**
 * Splits a Markdown file into its YAML frontmatter and body, keeping the line
 * offset so messages about the body can name the line in the file.
 */
import { parse } from 'yaml';

export interface Split {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body starts (frontmatter and its fences). */
  bodyLineOffset: number;
}

export default function matter(markdown: string): Split {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
  if (!match) return { data: {}, body: markdown, bodyLineOffset: 0 };
  const data = (parse(match[1]!) ?? {}) as Record<string, unknown>;
  return { data, body: markdown.slice(match[0].length), bodyLineOffset: match[0].split('\n').length - 1 };
}
