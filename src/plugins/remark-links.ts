/**
 * remark-links: what a link or an image in content may point to. Allowed: a
 * relative address (the edition's own pages and files), the edition's own
 * site, and, for links only, an https: or mailto: address on a host the
 * edition lists (`externalLinks` in content/edition.yaml), rendered with
 * rel="noopener noreferrer". Everything else stops the build with the file,
 * line and what is allowed: `javascript:`, `vbscript:`, `data:` and any other
 * scheme, a link to a host not listed, an image from another host.
 *
 * Every way Markdown makes an address is checked: inline links and images,
 * autolinks, and reference definitions (which references and unused
 * definitions alike carry). The address is read as a browser reads it (the
 * WHATWG URL parser: entities are already decoded, tabs and newlines inside
 * the scheme dropped, a backslash after https: taken as a slash), so what is
 * checked is what the reader's browser would follow.
 *
 * The rules come in as options (src/build/pipeline.ts, src/build/prose.ts);
 * the plugin reads no files.
 */
import type { Definition, Image, Link, LinkReference, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { origin } from '../edition/marks.ts';

export interface LinkRules {
  /** The edition's own address (SITE_URL): a link to it is a link to the edition. */
  site: string;
  /** Hosts a link may lead to besides the edition ("creativecommons.org"): exactly these, no subdomains. */
  external: readonly string[];
}

/** Where a relative address would go: a host no address in content can name. */
const here = 'https://relative.invalid/edition/page/';

export type Verdict = { allowed: true; external: boolean } | { allowed: false; reason: string };

/** Whether content may link to (or show an image from) `url`, and whether it leaves the edition. */
export function judgeUrl(url: string, as: 'link' | 'image', rules: LinkRules): Verdict {
  let parsed: URL;
  try {
    parsed = new URL(url, here);
  } catch {
    return { allowed: false, reason: `"${url}" is not a valid address` };
  }
  const listed = rules.external.join(', ') || 'none';
  const allowed =
    as === 'image'
      ? 'an image must be one of the edition’s own files (a relative address)'
      : `allowed: relative addresses, the edition’s own site, and https: or mailto: to a host listed in content/edition.yaml externalLinks (${listed})`;
  const { protocol } = parsed;
  if (parsed.origin === new URL(here).origin) return { allowed: true, external: false };
  if (protocol === 'https:' && parsed.origin === new URL(rules.site).origin) return { allowed: true, external: false };
  if (as === 'image') {
    const from = protocol === 'https:' || protocol === 'http:' ? `from "${parsed.host}"` : `with a "${protocol}" address`;
    return { allowed: false, reason: `an image ${from} is not allowed; ${allowed}` };
  }
  if (protocol === 'https:' || protocol === 'mailto:') {
    const host = protocol === 'mailto:' ? parsed.pathname.slice(parsed.pathname.lastIndexOf('@') + 1).toLowerCase() : parsed.hostname;
    if (rules.external.includes(host)) return { allowed: true, external: true };
    return { allowed: false, reason: `a link to "${host}", a host the edition does not list, is not allowed; ${allowed}` };
  }
  return { allowed: false, reason: `a "${protocol}" link is not allowed; ${allowed}` };
}

export default function remarkLinks(rules: LinkRules) {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    const externalDefinitions = new Set<string>();
    const check = (node: Link | Image | Definition, as: 'link' | 'image') => {
      const verdict = judgeUrl(node.url, as, rules);
      if (!verdict.allowed) file.fail(verdict.reason, node, origin('link'));
      return verdict.external;
    };
    const leaveSafely = (node: Link | LinkReference) => {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: ['noopener', 'noreferrer'] } };
    };
    // A definition is checked as a link, and again as an image where an image reference uses it.
    visit(tree, 'definition', (node) => {
      definitions.set(node.identifier, node);
      if (check(node, 'link')) externalDefinitions.add(node.identifier);
    });
    visit(tree, (node) => {
      if (node.type === 'link' && check(node, 'link')) leaveSafely(node);
      if (node.type === 'image') check(node, 'image');
      if (node.type === 'linkReference' && externalDefinitions.has(node.identifier)) leaveSafely(node);
      if (node.type === 'imageReference') {
        const definition = definitions.get(node.identifier);
        if (definition) {
          const verdict = judgeUrl(definition.url, 'image', rules);
          if (!verdict.allowed) file.fail(verdict.reason, node, origin('link'));
        }
      }
    });
  };
}
