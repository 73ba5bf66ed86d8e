/**
 * Links of the built site: every href to a page of this site (relative, or on
 * SITE_URL) must reach a file, and every #fragment an element with that id (or
 * a published alias). Nothing is skipped: an address with any scheme but
 * https:, http: or mailto: (javascript:, vbscript:, data: …) is refused
 * wherever it stands; a link to another host must be to a host listed in
 * content/edition.yaml (externalLinks), over https, with rel="noopener
 * noreferrer"; an image, script, frame or style sheet from another host is
 * refused. Used by the link test; pure apart from reading dist/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { siteUrl } from '../../src/config.ts';
import { edition } from '../../src/lib/edition-info.ts';

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function targetFile(root: string, pathname: string): string | undefined {
  const path = join(root, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

/** The attributes that hold an address, by element (hast property names). */
const addressAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
};

/** The addresses an element holds: one per attribute, or each candidate of a srcset. */
function addressesOf(node: Element): string[] {
  return (addressAttributes[node.tagName] ?? []).flatMap((name) => {
    const value = node.properties[name];
    if (typeof value !== 'string') return [];
    return name === 'srcSet' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
  });
}

export interface LinkRules {
  /** The edition's own site (SITE_URL): an address on it is checked as a page of this build. */
  site?: string;
  /** Hosts a link may leave for (content/edition.yaml externalLinks). */
  external?: readonly string[];
}

export function checkLinks(root = 'dist', base = '/', rules: LinkRules = {}): { pages: number; links: number; broken: BrokenLink[] } {
  const site = new URL(rules.site ?? siteUrl).origin;
  const external = rules.external ?? edition().externalLinks;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const found = new Set<string>();
      visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
        if (node.properties.id) found.add(String(node.properties.id));
      });
      ids.set(file, found);
    }
    return ids.get(file)!;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = htmlFiles(root);
  for (const file of pages) {
    const pageUrl = new URL(`http://site${base}${file.slice(root.length + 1).replace(/index\.html$/, '')}`);
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
      const rel = String(node.properties.rel ?? '').split(/[\s,]+/);
      // <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">: a metadata vocabulary's name, never fetched.
      if (node.tagName === 'link' && rel.some((value) => value.startsWith('schema.'))) return;
      for (const href of addressesOf(node)) {
        links++;
        const problem = (text: string) => void broken.push({ page: file, href, problem: text });
        let url: URL;
        try {
          url = new URL(href, pageUrl);
        } catch {
          problem('not a valid address');
          continue;
        }
        if (!['https:', 'http:', 'mailto:'].includes(url.protocol)) {
          problem(`a "${url.protocol}" address (allowed: https:, mailto:, and the site's own pages)`);
          continue;
        }
        const own = url.host === 'site' || url.origin === site;
        if (!own) {
          const host = url.protocol === 'mailto:' ? url.pathname.slice(url.pathname.lastIndexOf('@') + 1).toLowerCase() : url.hostname;
          const link = node.tagName === 'a' || node.tagName === 'area';
          if (!link) problem(`loads from another host, ${host} (the edition makes only same-origin requests)`);
          else if (!external.includes(host)) problem(`a link to ${host}, which content/edition.yaml externalLinks does not list`);
          else if (url.protocol === 'http:') problem('a link to another host over http: (write https:)');
          else if (!rel.includes('noopener') || !rel.includes('noreferrer')) problem('a link to another host without rel="noopener noreferrer"');
          continue;
        }
        if (url.protocol === 'mailto:') continue;
        if (!url.pathname.startsWith(base)) {
          problem(`outside the edition's base path ${base}`);
          continue;
        }
        const target = targetFile(root, url.pathname.slice(base.length - 1));
        if (!target) {
          problem('no such page');
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) problem(`no element #${fragment}`);
      }
    });
  }
  return { pages: pages.length, links, broken };
}
