/**
 * The glossary (content/glossary/terms.yaml): policy vocabulary of the
 * reports, validated with zod. One source of truth for a term's forms,
 * pinyin and English; the annotation plugin, the glossary and concordance
 * pages and the tests all read it through here.
 */
import { statSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { glossaryFile } from '../config.ts';
import { readContentFile } from './text-file.ts';

/**
 * `usage` holds common words the translations render one fixed way (以上 “or more”, 市级 “municipal”,
 * 创建 “won the title of”): the termbase check enforces them, but their English forms are ordinary
 * words, so the translations do not mark them as terms (remark-glossary).
 */
export const termCategories = ['programme', 'slogan', 'institution', 'unit', 'indicator', 'event', 'usage'] as const;

export const termSchema = z
  .object({
    /** ASCII id, the entry's anchor on the glossary page. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The simplified form as the normalized text has it. */
    zh: z.string().min(1),
    /** Other simplified forms that occur and mean the same. */
    variants: z.array(z.string().min(1)).default([]),
    /** The Traditional form. */
    traditional: z.string().min(1),
    /** Hanyu pinyin with tone marks, checked by hand for polyphones. */
    pinyin: z.string().regex(/^[a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'’ ·-]+$/),
    /** The English: official where one exists, else the translations' rendering. */
    en: z.string().min(1),
    /** Whether `en` is an established official English rendering. */
    official: z.boolean(),
    /**
     * Where the English comes from: "official: <body or document, year>" for an official rendering,
     * "edition: <why this rendering>" for the edition's own choice.
     */
    enSource: z.string().regex(/^(official|edition): \S/, 'begins “official: ” (the body or document and year) or “edition: ” (why this rendering)'),
    /**
     * The English forms under which the term appears in the translations: the termbase (npm run
     * check:terms) requires one of them in the English of every paragraph whose Chinese uses the term.
     */
    enForms: z.array(z.string().min(1)).min(1),
    category: z.enum(termCategories),
    explanationZh: z.string().min(1),
    explanationEn: z.string().min(1),
    /** Ids of related entries. */
    related: z.array(z.string()).default([]),
  })
  .strict()
  .refine((term) => term.official === term.enSource.startsWith('official:'), {
    message: 'an official rendering has an enSource beginning “official: ”, the edition’s own one “edition: ”',
    path: ['enSource'],
  });

export type Term = z.infer<typeof termSchema>;

/** Where a term's English comes from, as its entry shows it: official or the edition's own, and the account. */
export function englishSource(term: Pick<Term, 'enSource'>): { kind: 'official' | 'edition'; account: string } {
  const at = term.enSource.indexOf(': ');
  return { kind: term.enSource.slice(0, at) as 'official' | 'edition', account: term.enSource.slice(at + 2) };
}

export function parseGlossary(text: string, path = 'content/glossary/terms.yaml'): Term[] {
  const raw = parse(text) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${path}: expected a list of terms`);
  const terms = raw.map((entry, index) => {
    const result = termSchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${path}: term ${index + 1} (${(entry as { id?: string })?.id ?? '?'}), field "${issue.path.join('.')}": ${issue.message}`);
    }
    return result.data;
  });
  const ids = new Set<string>();
  for (const term of terms) {
    if (ids.has(term.id)) throw new Error(`${path}: duplicate term id "${term.id}"`);
    ids.add(term.id);
  }
  for (const term of terms) for (const related of term.related) if (!ids.has(related)) throw new Error(`${path}: term "${term.id}" relates to unknown term "${related}"`);
  return terms;
}

const cache = new Map<string, { stamp: string; terms: Term[] }>();
/**
 * The glossary at `path`, parsed once and parsed again only when its file changes (modification time
 * and size), so that `astro dev` shows an edit to it; a build reads it once. Each path has its own entry.
 * The same array comes back while the file is unchanged (src/build/pipeline.ts keys its processors on it).
 */
export function loadGlossary(path = glossaryFile): Term[] {
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs}:${size}`;
  let cached = cache.get(path);
  if (cached?.stamp !== stamp) cache.set(path, (cached = { stamp, terms: parseGlossary(readContentFile(path).text, path) }));
  return cached.terms;
}

// Matching terms in text (no file, no configuration: remark-glossary imports it directly).
export { chineseForms, countTerms, englishForms, formsPattern } from './glossary-forms.ts';
