/**
 * The alias map: an old id resolves to its current one, following chains
 * (a → b → c) and refusing cycles.
 */
export function resolveAnchor(aliases: Record<string, Record<string, string>>, slug: string, id: string): string | undefined {
  const map = aliases[slug] ?? {};
  const seen = new Set<string>();
  let current = id;
  while (Object.hasOwn(map, current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = map[current]!;
  }
  return current === id ? undefined : current;
}
