/**
 * What the build publishes for reuse: reference-manager metadata on every
 * report page (read as Zotero's embedded-metadata translator reads it), the
 * downloads (validated against the published schema and compared with the
 * content), the sitemap, and citation and alias behaviour in the browser.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { expect, slugs, test, ui } from './fixtures.ts';
import { renderedCorpus } from '../support/corpus.ts';
import { siteUrl } from '../../src/config.ts';
import { dataUrl } from '../../src/lib/routes.ts';
import { elementsById, parseXml, readTei } from '../support/tei.ts';

const corpus = await renderedCorpus();

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

/** What Zotero's Embedded Metadata translator needs to see for each report (checked against translation-server). */
const expectedItems = {
  jingjiang: { type: 'newspaperArticle', authors: { zh: ['金, 盛翔'], en: ['Jin, Shengxiang'] }, date: '2022/02/10', container: { zh: '[萧山日报]', en: '[Xiaoshan Daily]' } },
  wenyan: { type: 'document', authors: { zh: [], en: [] }, date: '[2022]', container: undefined },
  suoqian: { type: 'webpage', authors: { zh: ['萧山所前'], en: ['Xiaoshan Suoqian,'] }, date: '2023/02/01', container: { zh: '所前网', en: 'Suoqian Net' } },
  taoyan: { type: 'report', authors: { zh: [], en: [] }, date: '[2022]', container: undefined },
  gutang: { type: 'report', authors: { zh: [], en: [] }, date: '2022/03/01', container: undefined },
} as const;

for (const lang of ['zh', 'en'] as const) {
  test(`every ${lang} report page carries the metadata that makes Zotero save the right item`, () => {
    for (const entry of corpus) {
      const { meta, jsonLd } = embeddedMetadata(`dist/${lang}/reports/${entry.slug}/index.html`);
      const data = entry.data as { title: { zh: string; en: string; supplied: boolean }; abstract: { zh: string; en: string }; publisher?: { zh: string; en: string } };
      const expected = expectedItems[entry.slug as keyof typeof expectedItems];
      const one = (key: string) => {
        const values = meta.get(key);
        assert.ok(values?.length === 1 && values[0], `${entry.slug}: one ${key}`);
        return values[0]!;
      };
      const title = data.title.supplied ? `[${data.title[lang]}]` : data.title[lang];
      assert.equal(one('citation_title'), title, `${entry.slug}: the page's own title, not "zh [en]"`);
      assert.equal(one('citation_language'), lang);
      assert.deepEqual(meta.get('citation_author') ?? [], expected.authors[lang], `${entry.slug}: one tag per author, none invented`);
      assert.equal(one('citation_publication_date'), expected.date);
      assert.equal(one('citation_abstract'), data.abstract[lang], `${entry.slug}: the report's own abstract`);
      assert.equal(one('description'), data.abstract[lang]);
      // The item type: an institution makes a report; otherwise DC.type decides, and og:type must not say "website".
      if (meta.has('citation_technical_report_institution')) assert.equal(expected.type, 'report');
      else assert.equal(one('DC.type'), expected.type);
      assert.ok(!meta.has('citation_journal_title'), 'never a journal article');
      assert.equal(one('og:type'), 'article');
      // DC.source becomes the newspaper or website: never a URL.
      assert.equal(meta.get('DC.source')?.[0], expected.container?.[lang]);
      assert.ok(!(meta.get('DC.source')?.[0] ?? '').includes('://'));
      if (data.publisher) assert.equal(one('citation_publisher'), data.publisher[lang]);
      else assert.ok(!meta.has('citation_publisher'), `${entry.slug}: no publisher the source does not state`);
      assert.match(one('citation_public_url'), new RegExp(`/${lang}/reports/${entry.slug}/$`));
      if (lang === 'en')
        assert.equal(
          one('z:extra'),
          `original-title: ${data.title.zh}\ntranslator: Town Reports editorial team`,
          'the translation keeps its original title and credits its translators',
        );
      assert.equal(jsonLd.length, 1);
      assert.equal(jsonLd[0]!.inLanguage, lang === 'en' ? 'en' : 'zh-Hans');
      assert.equal(jsonLd[0]!.name, title);
      assert.equal(jsonLd[0]!.description, data.abstract[lang]);
    }
  });
}

test('a citation page saves as its report, not as an untitled web page', () => {
  for (const lang of ['zh', 'en'] as const) {
    const { meta } = embeddedMetadata(`dist/${lang}/reports/wenyan/cite/index.html`);
    assert.equal(meta.get('citation_public_url')?.[0]?.replace(/.*(\/[a-z]{2}\/reports\/wenyan\/)$/, '$1'), `/${lang}/reports/wenyan/`);
    assert.equal(meta.get('DC.type')?.[0], 'document');
    assert.equal(meta.get('og:type')?.[0], 'article');
  }
});

test('report exports validate against the published schema and match the content', () => {
  const schema = JSON.parse(readFileSync('dist/data/schema.json', 'utf8'));
  // Strict: a schema that leaves a field untyped does not compile; its $id is where it is published.
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  assert.equal(schema.$id, new URL('data/schema.json', siteUrl).href);
  for (const entry of corpus) {
    const exported = JSON.parse(readFileSync(`dist/data/reports/${entry.slug}.json`, 'utf8')) as {
      blocks: { id: string; kind: string; english: string | null }[];
      metadata: { source: { sha256: string } };
    };
    assert.ok(validate(exported), `${entry.slug}.json: ${JSON.stringify(validate.errors)}`);
    assert.deepEqual(
      exported.blocks.map((block: { id: string }) => block.id),
      entry.rendered.anchors.map((anchor) => anchor.id),
    );
    const paragraphs = exported.blocks.filter((block: { kind: string }) => block.kind === 'paragraph');
    assert.ok(
      paragraphs.every((block: { english: string | null }) => !entry.translation || block.english),
      `${entry.slug}: every paragraph has its English`,
    );
    assert.equal(exported.metadata.source.sha256, (entry.data.source as { sha256: string }).sha256);
  }
  const corpusJson = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8'));
  assert.equal(corpusJson.reports.length, slugs.length);
  for (const report of corpusJson.reports) assert.ok(validate(report));
});

test('each JSON export carries its translation’s revision history as the frontmatter records it, and the schema checks its form', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('dist/data/schema.json', 'utf8')));
  for (const entry of corpus) {
    const exported = JSON.parse(readFileSync(`dist/data/reports/${entry.slug}.json`, 'utf8'));
    const revisions = entry.translation!.data.revisions as { revision: number; date: string; changes: string[] }[];
    assert.deepEqual(exported.translation.revisions, revisions, `${entry.slug}: every revision, its ISO date and each change`);
    assert.equal(exported.translation.translated, revisions.at(-1)!.date, `${entry.slug}: the translation is dated by its latest revision`);
    const undated = structuredClone(exported);
    undated.translation.revisions[0].date = '23 November 2026';
    assert.ok(!validate(undated), `${entry.slug}: a revision date that is not an ISO date is refused`);
    const empty = structuredClone(exported);
    empty.translation.revisions.at(-1).changes = [];
    assert.ok(!validate(empty), `${entry.slug}: a revision that lists no change is refused`);
  }
});

test('CSV downloads start with a BOM and read back, as a spreadsheet parses them, as their JSON: one row per block, no formula', () => {
  const corpusRows: string[][] = [];
  for (const entry of corpus) {
    const csv = readFileSync(`dist/data/reports/${entry.slug}.csv`, 'utf8');
    assert.ok(csv.startsWith('\uFEFFreport,id,kind,printed,normalized,english,marks,version\r\n'));
    const rows = (parse(csv, { bom: true }) as string[][]).slice(1);
    assert.equal(rows.length, entry.rendered.anchors.length, `${entry.slug}.csv rows`);
    const { blocks } = JSON.parse(readFileSync(`dist/data/reports/${entry.slug}.json`, 'utf8')) as {
      blocks: { id: string; printed: string; normalized: string; english: string | null }[];
    };
    // A cell that begins with = + - @, a tab or CR has a ' before it (src/lib/exports.ts csvCell); the others are the JSON's.
    const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    assert.deepEqual(
      rows.map((row) => [row[1], row[3], row[4], row[5]]),
      blocks.map((block) => [block.id, asText(block.printed), asText(block.normalized), asText(block.english ?? '')]),
    );
    assert.deepEqual(
      rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell)),
      [],
    );
    corpusRows.push(...rows);
  }
  // The corpus file: the same rows, in the edition's order.
  const sorted = (rows: string[][]) => rows.map((row) => JSON.stringify(row)).sort();
  assert.deepEqual(sorted((parse(readFileSync('dist/data/corpus.csv', 'utf8'), { bom: true }) as string[][]).slice(1)), sorted(corpusRows));
});

test('the TEI downloads: each report’s file gives back both readings of every anchor and the site’s addresses; the corpus file holds every report, its ids prefixed with the slug', () => {
  for (const entry of corpus) {
    const xml = readFileSync(`dist/data/reports/${entry.slug}.tei.xml`, 'utf8');
    const byId = elementsById(parseXml(xml));
    for (const anchor of entry.rendered.anchors) {
      const element = byId.get(anchor.id);
      assert.ok(element, `${entry.slug}.tei.xml: no ${anchor.id}`);
      assert.equal(readTei(element, 'normalized'), anchor.text, `${entry.slug}.tei.xml ${anchor.id}, normalized`);
      if (anchor.printed !== undefined) assert.equal(readTei(element, 'printed'), anchor.printed, `${entry.slug}.tei.xml ${anchor.id}, printed`);
      if (entry.translation && anchor.kind === 'paragraph')
        assert.equal(byId.get(`en-${anchor.id}`)?.attributes.corresp, `#${anchor.id}`, `${entry.slug}.tei.xml: en-${anchor.id}`);
    }
    assert.ok(xml.includes(`<idno type="URI">${siteUrl.replace(/\/$/, '')}/zh/reports/${entry.slug}/</idno>`), `${entry.slug}.tei.xml: the report's address`);
  }
  const teiCorpus = parseXml(readFileSync('dist/data/corpus.tei.xml', 'utf8'));
  assert.equal(teiCorpus.name, 'teiCorpus');
  const members = teiCorpus.children.filter((child) => typeof child !== 'string' && child.name === 'TEI');
  assert.deepEqual(
    members.map((member) => typeof member !== 'string' && member.attributes.n),
    // The edition's order: by source file (reportOrder).
    [...corpus].sort((a, b) => (a.data.source as { file: string }).file.localeCompare((b.data.source as { file: string }).file)).map((entry) => entry.slug),
  );
  const byId = elementsById(teiCorpus);
  for (const entry of corpus) for (const anchor of entry.rendered.anchors) assert.ok(byId.has(`${entry.slug}.${anchor.id}`), `corpus.tei.xml: ${entry.slug}.${anchor.id}`);
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

test('the Data page offers every corpus and figures download to save, and the schemas to read', () => {
  for (const lang of ['zh', 'en']) {
    const saved = new Map<string, boolean[]>();
    visit(fromHtml(readFileSync(`dist/${lang}/data/index.html`, 'utf8')), 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = String(node.properties.href);
      saved.set(href, [...(saved.get(href) ?? []), node.properties.download !== undefined && node.properties.download !== false]);
    });
    const linked = (file: string) => {
      assert.ok(saved.has(dataUrl(file)) && existsSync(`dist/data/${file}`), `${lang}: ${file} is linked and published`);
      return saved.get(dataUrl(file))!;
    };
    for (const file of ['corpus.json', 'corpus.csv', 'corpus.tei.xml', 'figures.csv', 'figures.json']) assert.ok(linked(file).includes(true), `${lang}: ${file} can be saved`);
    for (const file of ['schema.json', 'figures.schema.json']) assert.ok(!linked(file).includes(true), `${lang}: ${file} opens in the browser`);
  }
});

test('sitemap and canonical URLs use the configured site', () => {
  assert.ok(existsSync('dist/sitemap-index.xml'), 'sitemap index');
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  for (const slug of slugs) assert.ok(sitemap.includes(`/zh/reports/${slug}/`) && sitemap.includes(`/en/reports/${slug}/`));
  const { meta } = embeddedMetadata('dist/zh/reports/gutang/index.html');
  assert.ok(meta.get('citation_public_url')![0]!.startsWith(siteUrl));
});

// In the browser.

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a reader cites a paragraph in two clicks and the citation is on the clipboard', async ({ page }) => {
    await page.goto('/zh/reports/taoyan/');
    await page.locator('#s3-p2 .cite-link').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.cite-format')).toHaveCount(7);
    const copy = dialog.getByRole('button', { name: ui('zh', 'cite.copy') }).first();
    await expect(copy, 'focus moves into the dialog').toBeFocused();
    await page.keyboard.press('Enter');
    await expect(copy).toContainText(ui('zh', 'cite.copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^\[陶堰街道办事处2022年工作报告\]\[R\/OL\]/);
    expect(copied).toMatch(/#s3-p2\.$/);
    expect(copied, 'today as the access date').toMatch(new RegExp(`\\[${new Date().toISOString().slice(0, 10)}\\]`));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the cite link leads to plain-text citations of that paragraph', async ({ page }) => {
    await page.goto('/en/reports/wenyan/');
    await page.locator('#s2-p1 .cite-link').click();
    await expect(page).toHaveURL(/\/en\/reports\/wenyan\/cite\/#cite-s2-p1$/);
    const entry = page.locator('#cite-s2-p1');
    await expect(entry).toContainText('GB/T 7714-2015');
    await expect(entry.locator('pre').first()).toContainText('#s2-p1');
  });
});

test('an old id that has an alias lands on its new place', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.route('**/data/anchors.json', (route) => route.fulfill({ json: { ids: {}, aliases: { gutang: { 's9-p9': 's3-p1' } } } }));
  await page.goto('/zh/reports/gutang/#s9-p9');
  await expect(page).toHaveURL(/#s3-p1$/);
  const startsInView = () => page.locator('#s3-p1').evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < innerHeight);
  await expect.poll(startsInView, 'the paragraph starts in the viewport').toBe(true);
});
