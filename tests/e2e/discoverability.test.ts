/**
 * What search engines and link previews find in the built site (dist/, or
 * DIST_DIR): robots.txt naming the sitemap, <lastmod> on every sitemap entry,
 * Open Graph and the Twitter card on every page with a generated 1200×630
 * card, x-default at the bilingual doorway, a description of its own on every
 * page, and report titles that name their town once.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import matter from '../../src/lib/frontmatter.ts';
import { townMentions } from '../../src/lib/titles.ts';
import { slugs, test } from './fixtures.ts';
import { testDistDir } from '../../src/config.ts';

const root = testDistDir;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

interface Head {
  file: string;
  title: string;
  /** name= or property= → every content given */
  meta: Map<string, string[]>;
  /** rel → every link */
  links: { rel: string; href: string; hreflang?: string }[];
}

function head(file: string): Head {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const meta = new Map<string, string[]>();
  const links: Head['links'] = [];
  let title = '';
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'title') title = toText(node);
    if (node.tagName === 'meta') {
      const key = String(node.properties.name ?? node.properties.property ?? '');
      if (key) meta.set(key, [...(meta.get(key) ?? []), String(node.properties.content ?? '')]);
    }
    if (node.tagName === 'link') {
      const rel = [node.properties.rel ?? []].flat().join(' ');
      links.push({ rel, href: String(node.properties.href), hreflang: node.properties.hrefLang === undefined ? undefined : String(node.properties.hrefLang) });
    }
  });
  return { file, title, meta, links };
}

const pages = htmlFiles(root).map(head);
const notFound = join(root, '404.html');
/** Pages without an address of their own: 404 and the offline pages the service worker shows (noindex, no canonical). */
const unindexed = new Set([notFound, join(root, 'zh/offline/index.html'), join(root, 'en/offline/index.html')]);
const doorway = pages.find((page) => page.file === join(root, 'index.html'))!;
/** The configured address of the edition (SITE_URL + BASE_PATH), read from the doorway's canonical link. */
const home = doorway.links.find((link) => link.rel === 'canonical')!.href;

function one(page: Head, key: string): string {
  const values = page.meta.get(key) ?? [];
  assert.equal(values.length, 1, `${page.file}: ${values.length} × ${key}`);
  assert.ok(values[0]!.trim(), `${page.file}: empty ${key}`);
  return values[0]!;
}

/** The file of a URL on this site, or undefined for another host. */
function fileOf(url: string): string | undefined {
  if (!url.startsWith(home)) return undefined;
  const path = join(root, decodeURIComponent(url.slice(home.length)));
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is not a PNG`);
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const reports = slugs.map((slug) => {
  const data = matter(readFileSync(`content/reports/zh/${slug}.md`, 'utf8')).data as {
    town: { zh: string; en: string };
    title: { zh: string; en: string };
    abstract?: { zh: string; en: string };
  };
  return { slug, ...data };
});

test('robots.txt names the sitemap at its absolute address, and every page links it', () => {
  assert.ok(pages.length > 100, `${pages.length} pages`);
  const robots = readFileSync(join(root, 'robots.txt'), 'utf8');
  assert.match(robots, /^User-agent: \*$/m);
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  assert.equal(sitemap, `${home}sitemap-index.xml`);
  assert.ok(existsSync(fileOf(sitemap)!), 'the sitemap robots.txt names exists');
  for (const page of pages) {
    const link = page.links.filter((entry) => entry.rel === 'sitemap');
    assert.equal(link.length, 1, `${page.file}: <link rel="sitemap">`);
    assert.ok(existsSync(join(root, link[0]!.href.replace(new URL(home).pathname, ''))), `${page.file}: ${link[0]!.href}`);
  }
});

test('every sitemap entry has a <lastmod>, reports from their own files, the rest from the edition', () => {
  const index = readFileSync(join(root, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => fileOf(match[1]!)!);
  assert.ok(maps.length > 0);
  const entries = maps.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<url>(.*?)<\/url>/gs)].map((match) => match[1]!));
  assert.ok(entries.length > 100, `${entries.length} sitemap entries`);
  const lastmod = new Map<string, Date>();
  for (const entry of entries) {
    const loc = entry.match(/<loc>([^<]+)<\/loc>/)?.[1];
    const date = entry.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1];
    assert.ok(loc && date, `no lastmod: ${entry.slice(0, 200)}`);
    assert.ok(!Number.isNaN(Date.parse(date)), `${loc}: lastmod ${date}`);
    lastmod.set(loc, new Date(date));
  }
  // The edition's date is the latest; a report's is its own and is no later.
  const edition = lastmod.get(home)!;
  assert.ok(edition, 'the doorway is in the sitemap');
  for (const [loc, date] of lastmod) assert.ok(date <= edition, `${loc} is later than the edition`);
  for (const slug of slugs) {
    const zh = lastmod.get(`${home}zh/reports/${slug}/`);
    assert.ok(zh, `${slug} in the sitemap`);
    assert.equal(lastmod.get(`${home}en/reports/${slug}/`)?.getTime(), zh.getTime(), `${slug}: both languages share a date`);
  }
  // Every page that has a canonical address is in the sitemap.
  for (const page of pages) {
    const canonical = page.links.find((link) => link.rel === 'canonical')?.href;
    if (canonical) assert.ok(lastmod.has(canonical), `${canonical} missing from the sitemap`);
  }
  // …and none that asks not to be indexed (the offline pages).
  for (const loc of lastmod.keys()) assert.ok(!unindexed.has(fileOf(loc)!), `${loc} is noindex, yet in the sitemap`);
});

test('every page has Open Graph tags, a Twitter card and a 1200×630 PNG card that exists', () => {
  const checked = new Set<string>();
  for (const page of pages) {
    for (const key of ['og:title', 'og:type', 'og:description', 'og:site_name', 'og:locale', 'og:locale:alternate', 'og:image', 'og:image:alt']) one(page, key);
    assert.equal(one(page, 'og:image:width'), '1200');
    assert.equal(one(page, 'og:image:height'), '630');
    assert.equal(one(page, 'twitter:card'), 'summary_large_image');
    assert.match(one(page, 'og:type'), /^(website|article)$/);
    assert.ok(!one(page, 'og:title').endsWith(` · ${one(page, 'og:site_name')}`), `${page.file}: og:title without the site's name`);
    const image = one(page, 'og:image');
    assert.ok(image.startsWith(home), `${page.file}: og:image ${image} is absolute on this site`);
    if (!checked.has(image)) {
      const file = fileOf(image)!;
      assert.ok(existsSync(file), `${page.file}: ${image} exists`);
      assert.deepEqual(pngSize(file), { width: 1200, height: 630 }, image);
      checked.add(image);
    }
    const canonical = page.links.find((link) => link.rel === 'canonical')?.href;
    if (unindexed.has(page.file)) assert.equal(page.meta.get('og:url'), undefined, `${page.file} has no og:url`);
    else assert.equal(one(page, 'og:url'), canonical, `${page.file}: og:url is the canonical address`);
  }
  // One card per report, and the edition's card.
  assert.equal(checked.size, slugs.length + 1);
});

test('report pages and their citation pages are articles with the report’s card, and the other pages share the edition card', () => {
  for (const page of pages) {
    const report = page.file.match(/(?:zh|en)\/reports\/([a-z0-9-]+)\/(?:cite\/)?index\.html$/)?.[1];
    if (report) {
      assert.equal(one(page, 'og:type'), 'article', page.file);
      assert.equal(one(page, 'og:image'), `${home}og/${report}.png`);
    } else {
      assert.equal(one(page, 'og:type'), 'website', page.file);
      assert.equal(one(page, 'og:image'), `${home}og.png`, page.file);
    }
  }
});

test('hreflang: each language version and x-default (the doorway); the doorway has its own; 404 and the offline pages have none', () => {
  for (const page of pages) {
    const alternates = page.links.filter((link) => link.rel === 'alternate' && link.hreflang);
    const canonical = page.links.filter((link) => link.rel === 'canonical');
    if (unindexed.has(page.file)) {
      assert.deepEqual([canonical.length, alternates.length], [0, 0], `${page.file}: no canonical or hreflang pointing elsewhere`);
      assert.equal(one(page, 'robots'), 'noindex');
      continue;
    }
    assert.equal(canonical.length, 1, `${page.file}: one canonical`);
    const byLang = Object.fromEntries(alternates.map((link) => [link.hreflang, link.href]));
    assert.deepEqual(Object.keys(byLang).sort(), ['en', 'x-default', 'zh-Hans'], page.file);
    assert.equal(byLang['x-default'], home, `${page.file}: x-default is the doorway`);
    assert.ok(Object.values(byLang).includes(canonical[0]!.href) || page === doorway, `${page.file}: lists itself`);
  }
  const doorwayAlternates = Object.fromEntries(doorway.links.filter((link) => link.hreflang).map((link) => [link.hreflang, link.href]));
  assert.deepEqual(doorwayAlternates, { 'zh-Hans': `${home}zh/`, en: `${home}en/`, 'x-default': home });
});

test('every page has a description of its own', () => {
  const pagesOf = new Map<string, string[]>();
  for (const page of pages) {
    const description = one(page, 'description');
    assert.equal(one(page, 'og:description'), description, `${page.file}: og:description`);
    assert.ok(description.length >= 20, `${page.file}: description "${description}"`);
    pagesOf.set(description, [...(pagesOf.get(description) ?? []), page.file]);
  }
  const shared = [...pagesOf].filter(([, files]) => files.length > 1).map(([description, files]) => `${files.join(', ')}: ${description}`);
  assert.deepEqual(shared, []);
  // A report page's description is its abstract, where it has one.
  for (const report of reports)
    for (const lang of ['zh', 'en'] as const) {
      const page = pages.find((entry) => entry.file === join(root, lang, 'reports', report.slug, 'index.html'))!;
      if (report.abstract) assert.equal(one(page, 'description'), report.abstract[lang].trim(), `${report.slug} (${lang}): the abstract`);
    }
});

test('report page titles name the town once', () => {
  for (const report of reports)
    for (const lang of ['zh', 'en'] as const) {
      const page = pages.find((entry) => entry.file === join(root, lang, 'reports', report.slug, 'index.html'))!;
      for (const title of [page.title, one(page, 'og:title')]) {
        assert.equal(townMentions(title, report.town[lang], lang), 1, `${report.slug} (${lang}): "${title}"`);
        assert.ok(title.includes(report.title[lang]), `${report.slug} (${lang}): "${title}" has the report's title`);
      }
    }
});
