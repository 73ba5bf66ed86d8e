/**
 * What the build publishes for reuse: reference-manager metadata on every
 * report page (read as Zotero's embedded-metadata translator reads it), the
 * downloads (validated against the published schema and compared with the
 * content), the sitemap, and citation and alias behaviour in the site.browser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { slugs, useSite } from './harness.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';

const corpus = await loadCorpus();

/** Meta tags and JSON-LD, the way an embedded-metadata translator collects them. */
function embeddedMetadata(file: string) {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const meta = new Map<string, string[]>();
  const jsonLd: Record<string, unknown>[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'meta') {
      const key = String(node.properties.name ?? node.properties.property ?? '');
      if (key) meta.set(key, [...(meta.get(key) ?? []), String(node.properties.content ?? '')]);
    }
    if (node.tagName === 'script' && node.properties.type === 'application/ld+json') {
      jsonLd.push(JSON.parse((node.children[0] as { value: string }).value));
    }
  });
  return { meta, jsonLd };
}

for (const lang of ['zh', 'en'] as const) {
  test(`every ${lang} report page carries complete citation metadata`, () => {
    for (const entry of corpus) {
      const { meta, jsonLd } = embeddedMetadata(`dist/${lang}/reports/${entry.slug}/index.html`);
      const data = entry.data as { title: { zh: string; en: string }; published?: Date; yearsCovered: number[] };
      const one = (key: string) => {
        const values = meta.get(key);
        assert.ok(values?.length === 1 && values[0], `${entry.slug}: ${key}`);
        return values[0]!;
      };
      assert.ok(one('citation_title').startsWith(data.title.zh));
      if (lang === 'en') assert.ok(one('citation_title').includes(data.title.en));
      assert.ok(one('citation_author'));
      assert.match(one('citation_publication_date'), /^\d{4}(\/\d{2}\/\d{2})?$/);
      if (data.published) assert.equal(one('citation_publication_date'), new Date(data.published).toISOString().slice(0, 10).replace(/-/g, '/'));
      assert.equal(one('citation_language'), 'zh');
      assert.match(one('citation_fulltext_html_url'), new RegExp(`/${lang}/reports/${entry.slug}/$`));
      assert.equal(one('DC.title'), data.title.zh);
      assert.ok(one('og:title') && one('og:url'));
      assert.equal(jsonLd.length, 1);
      assert.equal(jsonLd[0]!['@context'], 'https://schema.org');
      assert.equal(jsonLd[0]!.name, data.title.zh);
    }
  });
}

test('report exports validate against the published schema and match the content', () => {
  const schema = JSON.parse(readFileSync('dist/data/schema.json', 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  for (const entry of corpus) {
    const exported = JSON.parse(readFileSync(`dist/data/reports/${entry.slug}.json`, 'utf8')) as { blocks: { id: string; kind: string; english: string | null }[]; metadata: { source: { sha256: string } } };
    assert.ok(validate(exported), `${entry.slug}.json: ${JSON.stringify(validate.errors)}`);
    assert.deepEqual(exported.blocks.map((block: { id: string }) => block.id), entry.rendered.anchors.map((anchor) => anchor.id));
    const paragraphs = exported.blocks.filter((block: { kind: string }) => block.kind === 'paragraph');
    assert.ok(paragraphs.every((block: { english: string | null }) => !entry.translation || block.english), `${entry.slug}: every paragraph has its English`);
    assert.equal(exported.metadata.source.sha256, (entry.data.source as { sha256: string }).sha256);
  }
  const corpusJson = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8'));
  assert.equal(corpusJson.reports.length, slugs.length);
  for (const report of corpusJson.reports) assert.ok(validate(report));
});

test('CSV downloads start with a BOM and have one row per block', () => {
  for (const entry of corpus) {
    const csv = readFileSync(`dist/data/reports/${entry.slug}.csv`, 'utf8');
    assert.ok(csv.startsWith('\uFEFFreport,id,kind,printed,normalized,english,marks\r\n'));
    const rows = csv.trim().split(/\r\n(?=[a-z]+,s\d)/).length - 1;
    assert.equal(rows, entry.rendered.anchors.length, `${entry.slug}.csv rows`);
  }
});

test('the Markdown and source downloads are the files themselves; anchors.json lists every id', () => {
  for (const entry of corpus) {
    assert.equal(readFileSync(`dist/data/reports/${entry.slug}.zh.md`, 'utf8'), entry.markdown);
    const file = (entry.data.source as { file: string }).file;
    assert.ok(readFileSync(`dist/sources/${file}`).equals(readFileSync(`sources/${file}`)));
  }
  const anchors = JSON.parse(readFileSync('dist/data/anchors.json', 'utf8'));
  for (const entry of corpus) for (const anchor of entry.rendered.anchors) assert.ok(anchors.ids[entry.slug].includes(anchor.id));
});

test('sitemap and canonical URLs use the configured site', () => {
  assert.ok(existsSync('dist/sitemap-index.xml'), 'sitemap index');
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  for (const slug of slugs) assert.ok(sitemap.includes(`/zh/reports/${slug}/`) && sitemap.includes(`/en/reports/${slug}/`));
  const { meta } = embeddedMetadata('dist/zh/reports/gutang/index.html');
  assert.ok(meta.get('citation_public_url')![0]!.startsWith(process.env.SITE_URL ?? 'https://town-reports.example.org'));
});

const site = useSite();

test('a reader cites a paragraph in two clicks and the citation is on the clipboard', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/reports/taoyan/`);
  await page.locator('#s3-p2 .cite-link').focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('#cite-dialog');
  await dialog.locator('.cite-format').first().waitFor({ timeout: 20000 });
  assert.equal(await dialog.locator('.cite-format').count(), 6);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('cite-copy')), true, 'focus moves into the dialog');
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /陶堰街道办事处2022年工作报告\[R\/OL\]/);
  assert.match(copied, /#s3-p2\.$/);
  assert.match(copied, new RegExp(`\\[${new Date().toISOString().slice(0, 10)}\\]`), 'today as the access date');
  assert.match(await dialog.locator('.cite-copy').first().innerText(), /已复制/);
  await page.keyboard.press('Escape');
  assert.ok(!(await dialog.isVisible()));
  await context.close();
});

test('without JavaScript the cite link leads to plain-text citations of that paragraph', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.base}/en/reports/wenyan/`);
  await page.locator('#s2-p1 .cite-link').click();
  await page.waitForURL(/\/en\/reports\/wenyan\/cite\/#cite-s2-p1$/);
  const entry = page.locator('#cite-s2-p1');
  assert.match(await entry.innerText(), /GB\/T 7714-2015/);
  assert.match(await entry.locator('pre').first().innerText(), /#s2-p1/);
  await context.close();
});

test('an old id that has an alias lands on its new place', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route('**/data/anchors.json', (route) => route.fulfill({ json: { ids: {}, aliases: { gutang: { 's9-p9': 's3-p1' } } } }));
  await page.goto(`${site.base}/zh/reports/gutang/#s9-p9`);
  await page.waitForURL(/#s3-p1$/);
  await page.waitForFunction(() => {
    const box = document.getElementById('s3-p1')?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.top < innerHeight;
  });
  await page.close();
});
