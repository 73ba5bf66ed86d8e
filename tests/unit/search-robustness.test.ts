/**
 * Search under careless and hostile input, the pure half (the browser half:
 * tests/e2e/search-robustness.test.ts): a long report is indexed in parts of
 * bounded size, so opening a result costs bounded work; a report's hits come
 * in reading order; filters a URL gives without a checkbox are searched;
 * invisible direction overrides never reach the query; a malformed fragment
 * never throws; a message can echo an outside value in an element of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/lib/query.ts';
import { combineFilters, filtersFromUrl, planSearch, readingOrder, resultSteps, urlFilterLimits } from '../../src/lib/search-plan.ts';
import { searchPages, searchPartLimits, searchParts } from '../../src/lib/search-records.ts';
import { decodeOrKeep, readFragment } from '../../src/lib/fragment.ts';
import { fillMessage, messageParts } from '../../src/i18n/template.ts';
import type { ReportExport } from '../../src/lib/exports.ts';

/** A report export with `paragraphs` paragraphs of `text` in one section, translated. */
function longReport(paragraphs: number, text = '推进垃圾分类工作。'): ReportExport {
  return {
    slug: 'bigmany',
    metadata: {
      title: { zh: '大报告', en: 'A long report' },
      town: { zh: '大镇', en: 'Big Town' },
      city: { zh: '宁波市', en: 'Ningbo' },
      district: { zh: '慈溪市', en: 'Cixi' },
      yearsCovered: [2022],
      kind: 'work-report',
    },
    translation: { slug: 'bigmany' },
    blocks: [
      { id: 's1', kind: 'section', normalized: '一、工作', english: 'I. Work' },
      ...Array.from({ length: paragraphs }, (_, p) => ({ id: `s1-p${p + 1}`, kind: 'paragraph', normalized: text, english: 'Waste sorting.' })),
    ],
  } as never;
}

test('a long report is indexed in parts within the limits, every paragraph once, in order', () => {
  const report = longReport(2_000);
  const pages = searchPages(report);
  const zh = pages.filter((page) => page.language === 'zh');
  const en = pages.filter((page) => page.language === 'en');
  // 2,001 anchored blocks (the section and its paragraphs), 100 to a page.
  assert.equal(zh.length, Math.ceil(2_001 / searchPartLimits.blocks));
  assert.equal(en.length, zh.length);
  assert.equal(zh[0]!.url, '/zh/reports/bigmany/');
  assert.equal(new Set(pages.map((page) => page.url)).size, pages.length, 'each part has an address of its own');
  const ids = zh.flatMap((page) => [...page.html.matchAll(/data-pagefind-title="([^"]+)"/g)].map((match) => match[1]));
  assert.deepEqual(
    ids,
    report.blocks.map((block) => block.id),
  );
  for (const page of zh) {
    assert.ok((page.html.match(/data-pagefind-title=/g) ?? []).length <= searchPartLimits.blocks);
    // Every part carries the report's metadata and filters: a part found alone is still the report's.
    assert.match(page.html, /data-pagefind-meta="slug\[content\]" content="bigmany"/);
    assert.match(page.html, /data-pagefind-filter="town\[content\]" content="bigmany"/);
  }
});

test('a part holds at most the character limit; a paragraph longer than that is a part of its own', () => {
  const length = (text: string) => text.length;
  const limits = { blocks: 100, characters: 10 };
  assert.deepEqual(searchParts(['aaaa', 'bbbb', 'cc', 'dddddddddddddddd', 'e'], length, limits), [['aaaa', 'bbbb', 'cc'], ['dddddddddddddddd'], ['e']]);
  assert.deepEqual(searchParts([], length, limits), [[]], 'an empty report is still one page');
  assert.deepEqual(searchParts(['a', 'b', 'c'], length, { blocks: 2, characters: 100 }), [['a', 'b'], ['c']]);
  // The edition's own reports (≤ 50 paragraphs, ≤ 6,000 characters) stay one page each.
  assert.equal(searchPages(longReport(48, '推进垃圾分类工作。'.repeat(12))).length, 2);
  assert.ok(searchPartLimits.characters >= 6_000 && searchPartLimits.blocks >= 50);
});

test('a step of the results opens a bounded number of index pages and shows a few paragraphs per report', () => {
  assert.ok(resultSteps.fragments >= resultSteps.reports);
  assert.ok(resultSteps.hitsPerReport <= 5 && resultSteps.morePerReport <= 50);
  // A part holds at most searchPartLimits.blocks paragraphs, so a step draws at most this many hits from Pagefind.
  assert.ok(resultSteps.fragments * searchPartLimits.blocks <= 1_000);
});

test('the hits of a report come in reading order: section by section, the heading first', () => {
  const anchors = ['s2-p1', 's10', 's1-p10', 's1', 's1-p2', 's0', 's2'];
  assert.deepEqual([...anchors].sort(readingOrder), ['s0', 's1', 's1-p2', 's1-p10', 's2', 's2-p1', 's10']);
});

test('filters a URL gives without a checkbox (a town beyond 50) are searched and kept; other parameters are ignored', () => {
  const offered = (facet: string, value: string) => facet === 'town' && value === 'gutang';
  const params = new URLSearchParams('q=亚运&town=gutang&town=town-0051&town=town-0051&year=2022&utm_source=x&__proto__=1&town=');
  assert.deepEqual(filtersFromUrl(params, offered), [
    ['town', 'town-0051'],
    ['year', '2022'],
  ]);
  const filters = combineFilters({ town: { any: ['gutang'] } }, filtersFromUrl(params, offered));
  assert.deepEqual(filters, { town: { any: ['gutang', 'town-0051'] }, year: { any: ['2022'] } });
  assert.deepEqual(planSearch('亚运', filters, { languages: ['zh', 'en'] }).filters, filters);
  // A link cannot make the search unbounded: a few values per facet, each short.
  const many = new URLSearchParams(Array.from({ length: 500 }, (_, k) => ['town', `town-${k}`]));
  many.append('city', 'x'.repeat(10_000));
  const taken = filtersFromUrl(many, () => false);
  assert.equal(taken.length, urlFilterLimits.values);
  assert.ok(taken.every(([facet]) => facet === 'town'));
});

test('invisible direction overrides and zero-width characters never reach the query', () => {
  const query = parseQuery('\u202e亚运\u202c \u2066village\u2069 垃\u200b圾分类');
  assert.equal(query.text, '亚运 village 垃圾分类');
  assert.deepEqual(query.han, ['亚运', '垃圾分类']);
  assert.deepEqual(query.latin, ['village']);
  assert.equal(parseQuery('\u202e\u200f\u061c').text, '');
});

test('a fragment is read without throwing: a malformed escape is kept as written', () => {
  assert.deepEqual(readFragment('#s2-p3'), { id: 's2-p3' });
  assert.deepEqual(readFragment('#%E0%A4%A'), { id: '%E0%A4%A' });
  assert.deepEqual(readFragment('#%E5%9E%83'), { id: '垃' });
  assert.deepEqual(readFragment('#s2-p3:~:text=%E5%9E%83,%'), { id: 's2-p3', directive: '%E5%9E%83,%' });
  assert.deepEqual(readFragment(''), { id: '' });
  assert.equal(decodeOrKeep('%'), '%');
  assert.equal(decodeOrKeep('%ED%A0%80'), '%ED%A0%80', 'a lone surrogate is malformed too');
});

test('a message in pieces joins to what fillMessage gives, with each value apart', () => {
  const template = '“{q}”：{towns} 篇报告中的 {n} 段';
  const parts = messageParts(template, 'search.summary', { q: '\u202e亚运', n: 3, towns: 2 });
  assert.equal(parts.map((part) => part.text).join(''), fillMessage(template, 'search.summary', { q: '\u202e亚运', n: 3, towns: 2 }));
  assert.deepEqual(
    parts.filter((part) => part.name),
    [
      { text: '\u202e亚运', name: 'q', value: '\u202e亚运' },
      { text: '2', name: 'towns', value: 2 },
      { text: '3', name: 'n', value: 3 },
    ],
  );
  assert.deepEqual(messageParts('{missing} stays', 'k'), [{ text: '{missing}' }, { text: ' stays' }]);
});
