/**
 * Internal links of the built site: every href to a page of this site must
 * reach a file, and every #fragment an element with that id (or a published
 * alias). Used by the link test; pure apart from reading dist/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

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

export function checkLinks(root = 'dist', base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
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
      const href = node.tagName === 'a' || node.tagName === 'link' ? node.properties.href : undefined;
      if (typeof href !== 'string' || (node.properties.rel?.toString().includes('alternate') && !href.startsWith('/'))) return;
      const url = new URL(href, pageUrl);
      if (url.host !== 'site' && !href.startsWith('#')) return; // external (canonical on the configured host) is not ours to check here
      links++;
      const target = targetFile(root, url.pathname.slice(base.length - 1));
      if (!target) return void broken.push({ page: file, href, problem: 'no such page' });
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ page: file, href, problem: `no element #${fragment}` });
    });
  }
  return { pages: pages.length, links, broken };
}
