/**
 * Splits a Markdown file into its YAML frontmatter and body. The frontmatter
 * is found as Astro finds it (extractFrontmatter) and read with `yaml`, which
 * keeps dates as the strings the schema checks.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';

export interface Split {
  data: Record<string, unknown>;
  body: string;
}

export default function matter(markdown: string): Split {
  const raw = extractFrontmatter(markdown);
  if (raw === undefined) return { data: {}, body: markdown };
  const fenced = `---${raw}---`;
  const end = markdown.indexOf(fenced) + fenced.length;
  return { data: (parse(raw) ?? {}) as Record<string, unknown>, body: markdown.slice(end).replace(/^\r?\n/, '') };
}
