/**
 * Every report of the real corpus described for citation, in both languages,
 * with the ids a reader can cite (sections and paragraphs): what the citation
 * tests (tests/content/citations.test.ts, tests/integration/) check.
 */
import { readFileSync } from 'node:fs';
import matter from '../../src/lib/frontmatter.ts';
import { reportSchema, translationSchema } from '../../src/lib/schema.ts';
import { describe, type Described } from '../../src/lib/bibliography.ts';
import { edition } from '../../src/lib/edition-info.ts';
import { renderedCorpus } from './corpus.ts';

export interface CitedWork {
  slug: string;
  lang: 'zh' | 'en';
  work: Described;
  /** Section and paragraph ids, in order (not the title, not removed blocks). */
  anchors: string[];
}

/** The corpus's works as published at `site`. */
export async function citationWorks(site: string): Promise<CitedWork[]> {
  return (await renderedCorpus()).flatMap((entry) =>
    (['zh', 'en'] as const).map((lang) => ({
      slug: entry.slug,
      lang,
      anchors: entry.rendered.anchors.filter((anchor) => anchor.kind !== 'block' && anchor.id !== 's0').map((anchor) => anchor.id),
      work: describe({
        slug: entry.slug,
        meta: reportSchema.parse(matter(entry.markdown).data),
        translation: entry.translation && translationSchema.parse(matter(readFileSync(entry.translation.path, 'utf8')).data),
        lang,
        url: `${site}/${lang}/reports/${entry.slug}/`,
        edition: edition(),
        editionUrl: `${site}/${lang}/`,
      }),
    })),
  );
}
