/**
 * Content collections: the Chinese reports (content/reports/zh). Each file's
 * frontmatter is validated against reportSchema (src/lib/schema.ts); a
 * malformed report stops the build with its file and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './lib/schema.ts';

/** Tests point this at fixtures to check that bad content fails the build. */
const reportsDir = process.env.REPORTS_DIR ?? './content/reports/zh';

export const collections = {
  reports: defineCollection({
    loader: glob({ pattern: '*.md', base: reportsDir }),
    schema: reportSchema,
  }),
};
