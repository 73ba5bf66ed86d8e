/**
 * The edition as a publication: its name, editors and translators, licences,
 * and its version (package.json) with the release date (CHANGELOG.md).
 * Citations, exports and the About page credit the edition from here.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const licence = z.object({ id: z.string().min(1), name: z.string().min(1), url: z.url() }).strict();

const editionSchema = z
  .object({
    name: bilingual,
    subtitle: bilingual,
    editors: bilingual,
    translators: bilingual,
    license: z.object({ apparatus: licence, code: licence, sources: bilingual }).strict(),
    /** The other sites the edition may link to, by host: content (src/plugins/remark-links.ts) and pages alike. */
    externalLinks: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a host name, as "creativecommons.org"')),
  })
  .strict()
  .superRefine((value, context) => {
    for (const [key, { url }] of [
      ['apparatus', value.license.apparatus],
      ['code', value.license.code],
    ] as const) {
      const { hostname } = new URL(url);
      if (!value.externalLinks.includes(hostname)) context.addIssue({ code: 'custom', path: ['license', key, 'url'], message: `${hostname} is not listed in externalLinks` });
    }
  });

export type Edition = z.infer<typeof editionSchema> & { version: string; released: string };

/** The newest release in the changelog: "## 1.0.0 — 2026-11-30". */
export function latestRelease(changelog: string): { version: string; released: string } {
  const match = /^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})$/m.exec(changelog);
  if (!match) throw new Error('CHANGELOG.md: no release heading "## <version> — <YYYY-MM-DD>"');
  return { version: match[1]!, released: match[2]! };
}

let cached: Edition | undefined;

export function edition(root = '.'): Edition {
  if (cached) return cached;
  const file = `${root}/content/edition.yaml`;
  const parsed = editionSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
  const release = latestRelease(readFileSync(`${root}/CHANGELOG.md`, 'utf8'));
  if (release.version !== version) throw new Error(`CHANGELOG.md: the newest release is ${release.version}, package.json says ${version}`);
  cached = { ...parsed.data, version, released: release.released };
  return cached;
}
