/**
 * Listings from summaries (src/build/rendering.ts, src/lib/concordance.ts) and
 * the corpus files put together from the per-report exports
 * (src/build/corpus-files.ts): the same counts, snippets and bytes as when
 * every rendered report was held at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'hastscript';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { decodeTermCounts, encodeTermCounts, occurrences, snippet, termCounts, termHighlighter, townCounts } from '../../src/lib/concordance.ts';
import { alignmentProblems } from '../../src/lib/alignment.ts';
import { blocksOf, derivedFromRendering, removeRendering, writeRendering } from '../../src/build/rendering.ts';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpusFile } from '../../src/build/corpus-files.ts';
import { edition } from '../../src/lib/edition-info.ts';
import { toCsv, type ReportExport } from '../../src/lib/exports.ts';

const terms = loadGlossary();
const anchors = [
  { id: 's1', kind: 'section', text: '一、乡村振兴' },
  { id: 's1-p1', kind: 'paragraph', text: '全面推进乡村振兴，乡村振兴取得新成效。' },
  { id: 's1-p2', kind: 'paragraph', text: '没有术语的段落。' },
  { id: 's1-p3', kind: 'paragraph', text: '推进鄉村振興。' },
];

test('term counts: per paragraph in text order, headings left out, Traditional forms counted', () => {
  const counts = termCounts(anchors, terms);
  assert.deepEqual(counts['rural-revitalization'], [
    ['s1-p1', 2],
    ['s1-p3', 1],
  ]);
  const found = occurrences(
    [
      { slug: 'a', terms: encodeTermCounts(counts) },
      { slug: 'b', terms: 'rural-revitalization=s2-p1*3' },
    ],
    terms,
  ).get('rural-revitalization')!;
  assert.deepEqual(
    found.map((occurrence) => `${occurrence.slug}#${occurrence.anchor}:${occurrence.count}`),
    ['a#s1-p1:2', 'a#s1-p3:1', 'b#s2-p1:3'],
  );
  assert.deepEqual(decodeTermCounts(encodeTermCounts(counts)), counts);
  assert.deepEqual(decodeTermCounts(''), {});
  assert.deepEqual(
    [...townCounts(found)],
    [
      ['a', 3],
      ['b', 3],
    ],
  );
});

test('snippet: 24 characters either side of the first occurrence', () => {
  const text = `${'甲'.repeat(30)}乡村振兴${'乙'.repeat(30)}`;
  assert.equal(snippet(text, 'rural-revitalization', terms), `…${'甲'.repeat(24)}乡村振兴${'乙'.repeat(24)}…`);
  assert.equal(snippet('推进乡村振兴。', 'rural-revitalization', terms), '推进乡村振兴。');
});

test('highlight: every form the concordance counts, never the same characters inside a longer term', () => {
  const text = '推进共同富裕，建设共富工坊，共富路上不掉队。';
  const parts = termHighlighter(terms, 'common-prosperity')(text);
  assert.equal(parts.map((part) => part.text).join(''), text, 'the parts are the text');
  assert.deepEqual(
    parts.filter((part) => part.hit).map((part) => part.text),
    ['共同富裕', '共富'],
    'the variant 共富 is a hit; the 共富 of 共富工坊 belongs to the workshop',
  );
  assert.equal(termCounts([{ id: 's1-p1', kind: 'paragraph', text }], terms)['common-prosperity']![0]![1], 2, 'as many hits as the concordance counts');
  assert.deepEqual(
    termHighlighter(
      terms,
      'common-prosperity-workshop',
    )(text)
      .filter((part) => part.hit)
      .map((part) => part.text),
    ['共富工坊'],
  );
  assert.deepEqual(termHighlighter(terms, 'common-prosperity')('没有术语的段落。'), [{ text: '没有术语的段落。', hit: false }]);
});

test('highlight in English: whole words in any case, longer terms first', () => {
  const text = 'Common prosperity, a common prosperity workshop and uncommon prosperityish words.';
  const hits = termHighlighter(terms, 'common-prosperity', true)(text).filter((part) => part.hit);
  assert.deepEqual(
    hits.map((part) => part.text),
    ['Common prosperity'],
  );
});

test('blocks: each top-level element with its id, serialized without it; an element without an id is never skipped', () => {
  const tree = h(null, [h('h2#s1', '一、'), { type: 'text', value: '\n' }, h('p#s1-p1', { className: ['x'] }, '正文')]);
  assert.deepEqual(blocksOf(tree), [
    { id: 's1', tagName: 'h2', html: '<h2>一、</h2>' },
    { id: 's1-p1', tagName: 'p', html: '<p class="x">正文</p>' },
  ]);
  assert.throws(() => blocksOf(h(null, [h('p#s1-p1', '正文'), h('p', '无锚')])), /a <p> block without an anchor id would be missing from the page/);
});

test('derived from a rendering: computed once per key, again when the key changes, removed with the rendering', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renderings-'));
  const file = join(dir, 'taoyan-abc.json');
  writeRendering(file, { digest: 'abc', blocks: [], anchors: [], editorial: [], glossaryTerms: [] });
  writeRendering(join(dir, 'taoyan-abd.json'), { digest: 'abd', blocks: [], anchors: [], editorial: [], glossaryTerms: [] });
  const entry = { collection: 'reports' as const, filePath: 'content/reports/zh/taoyan.md', data: { summary: { rendering: file } as never } };
  let computed = 0;
  const cite = (key: string) => derivedFromRendering(entry, 'cite-en', key, () => ({ computed: ++computed }));
  assert.deepEqual(cite('work 1'), { computed: 1 });
  assert.deepEqual(cite('work 1'), { computed: 1 }, 'a second page reads what the first computed');
  assert.deepEqual(cite('work 2'), { computed: 2 }, 'a changed work is formatted again');
  assert.deepEqual(readdirSync(dir).sort(), ['taoyan-abc.cite-en.json', 'taoyan-abc.json', 'taoyan-abd.json']);
  removeRendering(file);
  assert.deepEqual(readdirSync(dir), ['taoyan-abd.json'], 'another rendering of the same report is left alone');
  assert.equal(existsSync(file), false);
});

test('alignment: missing and extra ids of a translation, editorial blocks aside', () => {
  const english = [
    { id: 's1', kind: 'section', text: 'I. Rural revitalization' },
    { id: 's1-p1', kind: 'paragraph', text: 'Advance rural revitalization.' },
    { id: 's1-p4', kind: 'paragraph', text: 'An extra paragraph.' },
  ];
  assert.deepEqual(alignmentProblems('zh/a.md', 'en/a.md', [...anchors, { id: 's1-x1', kind: 'block', text: '' }], english), [
    'en/a.md: missing #s1-p2 (Chinese: “没有术语的段落。…”)',
    'en/a.md: missing #s1-p3 (Chinese: “推进鄉村振興。…”)',
    'en/a.md: extra #s1-p4 (“An extra paragraph.…”), not in zh/a.md',
  ]);
});

test('corpus files: byte for byte what one JSON.stringify and one toCsv of every export give, in source-file order', async () => {
  const exported = (slug: string, file: string): ReportExport => ({
    edition: 'Town Reports',
    version: edition().version,
    slug,
    metadata: { slug, source: { file, sha256: '0'.repeat(64) } },
    translation: null,
    urls: { zh: '', en: '', source: '', markdown: '' },
    blocks: [{ id: 's1-p1', kind: 'paragraph', printed: '甲,"乙"', normalized: '甲，“乙”', english: 'A\nB', marks: [] }],
  });
  const reports = [exported('b', '000.txt'), exported('a', '001.txt')];
  const files: Record<string, string> = {
    'data/search-manifest.json': JSON.stringify({ shards: [{ reports: ['a'] }, { reports: ['b'] }] }),
    ...Object.fromEntries(
      reports.flatMap((report) => [
        [`data/reports/${report.slug}.json`, `${JSON.stringify(report, null, 2)}\n`],
        [`data/reports/${report.slug}.csv`, toCsv([report])],
      ]),
    ),
  };
  const written = async (name: 'data/corpus.json' | 'data/corpus.csv') => {
    let out = '';
    await writeCorpusFile(
      name,
      async (path) => files[path]!,
      (chunk) => void (out += chunk),
    );
    return out;
  };
  assert.equal(await written('data/corpus.json'), `${JSON.stringify({ edition: 'Town Reports', version: edition().version, reports }, null, 2)}\n`);
  assert.equal(await written('data/corpus.csv'), toCsv(reports));
});
