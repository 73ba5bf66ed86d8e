/**
 * The content files as scripts and tests read them (outside Astro): each
 * Chinese report with its frontmatter, Markdown and rendering, and its
 * translation if there is one. Each file is read as the content loader reads
 * it (src/lib/text-file.ts: strict UTF-8, NFC, no zero-width characters), so
 * `markdown` is the text the build renders.
 */
import { existsSync, readdirSync } from 'node:fs';
import matter from '../../src/lib/frontmatter.ts';
import { readContentMarkdown } from '../../src/lib/text-file.ts';
import { renderMarkdown, renderOptions, type Rendered } from '../../src/build/pipeline.ts';

export interface CorpusEntry {
  slug: string;
  path: string;
  markdown: string;
  data: Record<string, unknown>;
  rendered: Rendered;
  translation?: { path: string; data: Record<string, unknown>; rendered: Rendered };
}

export async function loadCorpus(contentDir = 'content'): Promise<CorpusEntry[]> {
  const dir = `${contentDir}/reports/zh`;
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const path = `${dir}/${name}`;
      const markdown = readContentMarkdown(path).text;
      const { data } = matter(markdown);
      const slug = name.slice(0, -3);
      const enPath = `${contentDir}/reports/en/${name}`;
      let translation: CorpusEntry['translation'];
      if (existsSync(enPath)) {
        const english = readContentMarkdown(enPath).text;
        const en = matter(english);
        translation = { path: enPath, data: en.data, rendered: await renderMarkdown(english, enPath, renderOptions('translations', en.data)) };
      }
      return { slug, path, markdown, data, rendered: await renderMarkdown(markdown, path, renderOptions('reports', data)), translation };
    }),
  );
}
