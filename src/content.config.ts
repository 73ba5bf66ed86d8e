/**
 * Content collections: the Chinese reports (content/reports/zh), their
 * English translations (content/reports/en) and the prose pages. Frontmatter
 * is validated against the schemas in src/lib/schema.ts; a malformed report
 * stops the build with its file and field.
 */
import { defineCollection } from 'astro:content';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { reportSchema, translationSchema } from './lib/schema.ts';
// Tests point CONTENT_DIR at fixtures (bad content must fail the build), the benchmark at a generated corpus.
import { contentDir } from './config.ts';
import { markdownFiles } from './build/report-loader.ts';
import { partitionReports } from './build/partition.ts';
import { summarySchema } from './build/rendering.ts';
import { readContentMarkdown } from './lib/text-file.ts';
import { unicodeProblem } from './edition/unicode.ts';

/**
 * Astro's glob loader, after checking each file as the edition reads content (src/lib/text-file.ts):
 * strict UTF-8, not empty, with frontmatter; and since Astro renders these files as written, in NFC and
 * without zero-width characters, or stopped with the file, line and column.
 */
function readAsContent(loader: Loader, base: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      for (const name of readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'))) {
        const path = relative(process.cwd(), join(base, name));
        const [change] = readContentMarkdown(path).changes;
        if (change) throw new Error(`${path}:${change.line}:${change.column}: ${unicodeProblem(change)}`);
      }
      return loader.load(context);
    },
  };
}

// The loader adds a summary of each file's rendering (src/build/rendering.ts); a file's frontmatter has none.
const rendered = { summary: summarySchema.optional() };

// A partition of a partitioned build (PARTITION) loads only its own reports; every other build loads them all.
const only = partitionReports();

export const collections = {
  reports: defineCollection({
    loader: markdownFiles(`${contentDir}/reports/zh`, { countTerms: true, only }),
    schema: reportSchema.extend(rendered),
  }),
  translations: defineCollection({
    loader: markdownFiles(`${contentDir}/reports/en`, { only }),
    schema: translationSchema.extend(rendered),
  }),
  pages: defineCollection({
    loader: readAsContent(glob({ pattern: '**/*.md', base: './content/pages' }), './content/pages'),
    schema: z.object({ title: z.string(), lang: z.enum(['zh', 'en']) }),
  }),
};
