/**
 * Content collections: the Chinese reports (content/reports/zh), their
 * English translations (content/reports/en) and the prose pages. Frontmatter
 * is validated against the schemas in src/lib/schema.ts; a malformed report
 * stops the build with its file and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { reportSchema, translationSchema } from './lib/schema.ts';
// Tests point CONTENT_DIR at fixtures (bad content must fail the build), the benchmark at a generated corpus.
import { contentDir } from './config.ts';
import { markdownFiles } from './build/report-loader.ts';
import { summarySchema } from './build/rendering.ts';

// The loader adds a summary of each file's rendering (src/build/rendering.ts); a file's frontmatter has none.
const rendered = { summary: summarySchema.optional() };

export const collections = {
  reports: defineCollection({
    loader: markdownFiles(`${contentDir}/reports/zh`, { countTerms: true }),
    schema: reportSchema.extend(rendered),
  }),
  translations: defineCollection({
    loader: markdownFiles(`${contentDir}/reports/en`),
    schema: translationSchema.extend(rendered),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/pages' }),
    schema: z.object({ title: z.string(), lang: z.enum(['zh', 'en']) }),
  }),
};
