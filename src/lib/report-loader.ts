/**
 * The content loader of the reports and translations: one entry per Markdown
 * file, holding its validated frontmatter and its path, not its rendering.
 * The pages render each file once with the edition's pipeline
 * (src/lib/reports.ts), so the content store stays small: Astro's glob loader
 * would keep every rendered report in it (about 70 kB each), rewrite it while
 * syncing and bundle it into the build, which at 10,000 reports is gigabytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import matter from './frontmatter.ts';

export function markdownFiles(dir: string): Loader {
  return {
    name: 'markdown-files',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')).sort()) {
        // Astro keeps paths relative to the project, wherever CONTENT_DIR points.
        const filePath = relative(process.cwd(), `${dir}/${name}`);
        const raw = readFileSync(filePath, 'utf8');
        let frontmatter: Record<string, unknown>;
        try {
          frontmatter = matter(raw).data;
        } catch (error) {
          throw new Error(`${filePath}: malformed frontmatter: ${(error as Error).message}`);
        }
        const id = name.slice(0, -'.md'.length);
        const data = await parseData({ id, data: frontmatter, filePath });
        store.set({ id, data, filePath, digest: generateDigest(raw) });
      }
    },
  };
}
