/** The edition's towns and their spellings (content/gazetteer.yaml), for ingest and the corpus generator. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const town = z
  .object({
    /** Every spelling by which a source names the town (simplified and Traditional). */
    keys: z.array(z.string().min(1)).min(1),
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
    zh: z.string().min(1),
    pinyin: z.string().min(1),
    en: z.string().min(1),
    level: z.enum(['街道', '镇', '乡']),
    district: bilingual,
    city: bilingual,
  })
  .strict();

export type Town = z.infer<typeof town>;

const defaultFile = new URL('../../content/gazetteer.yaml', import.meta.url);

export function loadGazetteer(file: URL | string = defaultFile): Town[] {
  const parsed = z.array(town).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${String(file)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}
