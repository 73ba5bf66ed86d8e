/**
 * The anchor grammar, defined once. Ids are positional, never derived from
 * wording: the title is s0, sections s1, s2, …; paragraphs s2-p3 (the text
 * before the first section: s0-p1, s0-p2, …); removed or moved blocks s2-x1.
 * The plugins make ids with these functions, the citations read locators from
 * them, the exports' schema and the search check them with `anchorPattern`,
 * and an old id reaches its new place through the alias map.
 */
export type AnchorKind = 'section' | 'paragraph' | 'block';

/** Any anchor id: s2, s2-p3, s2-x1. */
export const anchorPattern = /^s(\d+)(?:-([px])(\d+))?$/;

/** The same grammar as a JSON Schema / string pattern. */
export const anchorPatternSource = '^s\\d+(-[px]\\d+)?$';

export const titleId = 's0';
export const sectionId = (section: number) => `s${section}`;
export const paragraphId = (section: string | number, paragraph: number) => `${typeof section === 'number' ? sectionId(section) : section}-p${paragraph}`;
export const blockId = (section: string | number, block: number) => `${typeof section === 'number' ? sectionId(section) : section}-x${block}`;

export interface ParsedAnchor {
  kind: AnchorKind;
  /** 0 for the title and the text before the first section. */
  section: number;
  /** The paragraph's or block's number within its section. */
  index?: number;
}

export function parseAnchor(id: string | undefined): ParsedAnchor | undefined {
  const match = id ? anchorPattern.exec(id) : null;
  if (!match) return undefined;
  const section = Number(match[1]);
  if (!match[2]) return { kind: 'section', section };
  return { kind: match[2] === 'p' ? 'paragraph' : 'block', section, index: Number(match[3]) };
}

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
