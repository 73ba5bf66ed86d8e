/** Slugs are ids in URLs: one per report, and the file is named after it. */
export function assertSlugs(entries: { filePath?: string; id: string; data: { slug: string } }[]) {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const file = entry.filePath ?? entry.id;
    if (!file.endsWith(`/${entry.data.slug}.md`)) throw new Error(`${file}: frontmatter field "slug" is "${entry.data.slug}", but the file is not named ${entry.data.slug}.md`);
    const other = seen.get(entry.data.slug);
    if (other) throw new Error(`${file}: duplicate slug "${entry.data.slug}", already used by ${other}`);
    seen.set(entry.data.slug, file);
  }
}
