/**
 * Citations: one paragraph in all six formats, compared with expected files
 * (UPDATE_FIXTURES=1 rewrites them); locators; the alias map.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { anchorReference, citationFormats, cslRecord, formatCitations, locatorOf } from '../../src/lib/citation.ts';
import { cslAssets } from '../../src/lib/csl-assets.ts';
import { resolveAnchor } from '../../src/lib/anchors.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';

const assets = cslAssets();
const gutang = (await loadCorpus()).find((entry) => entry.slug === 'gutang')!;
const report = { ...(gutang.data as never as Parameters<typeof cslRecord>[0]), slug: 'gutang' };

for (const lang of ['zh', 'en'] as const) {
  const record = cslRecord(report, { url: `https://example.org/${lang}/reports/gutang/#s2-p1`, anchor: 's2-p1', accessed: new Date('2026-11-23'), lang });
  const output = formatCitations(record, 's2-p1', assets);
  for (const format of citationFormats) {
    test(`gutang #s2-p1 (${lang}) in ${format} matches the expected file`, () => {
      const file = `tests/fixtures/citations/gutang-s2-p1.${lang}.${format}.txt`;
      if (process.env.UPDATE_FIXTURES || !existsSync(file)) writeFileSync(file, `${output[format]}\n`);
      assert.equal(`${output[format]}\n`, readFileSync(file, 'utf8'));
    });
  }
}

test('every format names the report, the paragraph and the access date', () => {
  const record = cslRecord(report, { url: 'https://example.org/en/reports/gutang/#s2-p1', anchor: 's2-p1', accessed: new Date('2026-11-23'), lang: 'en' });
  const output = formatCitations(record, 's2-p1', assets);
  assert.match(output.gbt7714, /古塘街道2022年工作安排\[R\/OL\].*\[2026-11-23\].*#s2-p1/);
  assert.doesNotMatch(output.gbt7714, /Work Plan/, 'GB/T 7714 gives the Chinese title alone');
  assert.match(output.chicago, /古塘街道2022年工作安排 \[Gutang Subdistrict: Work Plan for 2022\].*sec\. 2 ¶ 1/);
  assert.match(output.apa, /\(古塘街道, 2022, Section 2 ¶ 1\)/);
  assert.match(output.bibtex, /^@techreport\{gutang2022s2p1,/);
  assert.match(output.bibtex, /url = \{https:\/\/example\.org\/en\/reports\/gutang\/#s2-p1\}/);
  assert.match(output.ris, /^TY {2}- RPRT/m);
  assert.match(output.ris, /^Y2 {2}- 2026\/11\/23\//m);
  assert.deepEqual(JSON.parse(output['csl-json'])[0].accessed, { 'date-parts': [[2026, 11, 23]] });
});

test('locators: sections, paragraphs, the lead', () => {
  assert.deepEqual(locatorOf('s3'), { label: 'section', locator: '3' });
  assert.deepEqual(locatorOf('s3-p2'), { label: 'section', locator: '3 ¶ 2' });
  assert.deepEqual(locatorOf('s0-p2'), { label: 'paragraph', locator: '2' });
  assert.equal(locatorOf(undefined), undefined);
});

test('the alias map resolves old ids, follows chains and refuses cycles', () => {
  const aliases = { gutang: { 's9-p1': 's2-p1', 's8': 's9-p1', 'a': 'b', 'b': 'a' } };
  assert.equal(resolveAnchor(aliases, 'gutang', 's9-p1'), 's2-p1');
  assert.equal(resolveAnchor(aliases, 'gutang', 's8'), 's2-p1');
  assert.equal(resolveAnchor(aliases, 'gutang', 's2-p1'), undefined);
  assert.equal(resolveAnchor(aliases, 'gutang', 'a'), undefined);
});

test('the cite page’s cheap GB/T 7714 reference of a paragraph is exactly what citation-js gives for it', () => {
  for (const lang of ['zh', 'en'] as const) {
    const url = `https://example.org/${lang}/reports/gutang/`;
    const whole = formatCitations(cslRecord(report, { url, accessed: new Date('2026-11-23'), lang }), undefined, assets).gbt7714;
    for (const anchor of ['s1', 's2-p1', 's5-p2']) {
      const direct = formatCitations(cslRecord(report, { url: `${url}#${anchor}`, anchor, accessed: new Date('2026-11-23'), lang }), anchor, assets).gbt7714;
      assert.equal(anchorReference(whole, url, anchor), direct, `${lang} #${anchor}`);
    }
  }
});
