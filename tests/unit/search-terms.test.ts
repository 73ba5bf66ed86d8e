/**
 * The term index (src/lib/search-terms.ts): which pages a shard lists for each
 * term of the vocabulary, how its files are laid out, and how the page reads
 * a report's paragraphs back from a Pagefind fragment.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync, gunzipSync } from 'node:zlib';
import {
  bucketFile,
  englishKey,
  englishVocabulary,
  termMatcher,
  inlinePostings,
  paragraphsOf,
  parseFragment,
  placeNames,
  restFile,
  termBuckets,
  termFiles,
  termHash,
  termVocabulary,
  type TermBucket,
  type Posting,
} from '../../src/lib/search-terms.ts';
import { searchManifest, manifestProblems } from '../../src/lib/search-records.ts';

test('place names are listed with and without their administrative suffix', () => {
  assert.deepEqual(placeNames(['平田街道', '富阳区', '杭州市', '泰桥镇', '东乡', '', '平田街道']), [
    '东乡',
    '富阳',
    '富阳区',
    '平田',
    '平田街道',
    '杭州',
    '杭州市',
    '泰桥',
    '泰桥镇',
  ]);
});

test('the vocabulary keeps runs of Han characters only, once each', () => {
  assert.deepEqual(termVocabulary(['垃圾分类', 'PM2.5', '共富', '垃圾分类'], ['泰桥', '泰桥镇']), ['共富', '垃圾分类', '泰桥', '泰桥镇']);
});

test('a term hashes to the same bucket every time, within the bucket count', () => {
  assert.equal(termHash('泰桥'), termHash('泰桥'));
  assert.notEqual(termHash('泰桥'), termHash('桥泰'));
  const bucket = Number(/terms\/(\d+)\.json$/.exec(bucketFile('泰桥'))![1]);
  assert.ok(bucket >= 0 && bucket < termBuckets);
  assert.match(restFile('泰桥'), /^terms\/rest\/[0-9a-f]{8}\.json$/);
});

const pages = [
  { fragment: 'zh_a', text: '泰桥镇推进垃圾分类。\n泰桥村、泰桥社区' },
  { fragment: 'zh_b', text: '泰山大桥\n垃圾分类' },
  { fragment: 'zh_c', text: '垃圾分类，垃圾分类' },
];
const vocabulary = ['泰桥', '垃圾分类', '共同富裕'];

test('each term lists exactly the pages that contain it whole, where it is densest first', () => {
  const files = termFiles(pages, vocabulary);
  const entry = (term: string) => (files.get(bucketFile(term)) as TermBucket)[term]!;
  // 泰 and 桥 apart (泰山大桥) do not make a page of 泰桥; three times in 19 characters: 157.89 a thousand.
  assert.deepEqual(entry('泰桥'), { n: 1, p: [['zh_a', 157.89]] });
  // Twice in 9 characters, once in 9, once in 19.
  assert.deepEqual(entry('垃圾分类'), {
    n: 3,
    p: [
      ['zh_c', 222.22],
      ['zh_b', 111.11],
      ['zh_a', 52.63],
    ],
  });
  // A term of the vocabulary that no page has is listed with none: the page then knows the answer is empty.
  assert.deepEqual(entry('共同富裕'), { n: 0, p: [] });
  assert.equal(files.size >= termBuckets, true, 'every bucket file is written');
});

test('a term on many pages lists its best pages in the bucket and the rest in a file of their own', () => {
  const many = Array.from({ length: inlinePostings + 7 }, (_, k) => ({ fragment: `zh_${String(k).padStart(3, '0')}`, text: '垃圾分类'.repeat(1 + (k % 4)) }));
  const files = termFiles(many, ['垃圾分类']);
  const entry = (files.get(bucketFile('垃圾分类')) as TermBucket)['垃圾分类']!;
  assert.equal(entry.n, inlinePostings + 7);
  assert.equal(entry.p.length, inlinePostings);
  assert.equal(entry.rest, restFile('垃圾分类'));
  const rest = (files.get(entry.rest!) as Record<string, Posting[]>)['垃圾分类']!;
  assert.equal(rest.length, 7);
  const all = [...entry.p, ...rest];
  assert.deepEqual(new Set(all.map(([fragment]) => fragment)), new Set(many.map((page) => page.fragment)));
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]![1] >= all[i]![1], 'best first');
});

test("a fragment's paragraphs are read back from Pagefind's words and anchors", () => {
  // As Pagefind 1.6 writes a segmented Chinese page: words separated by zero-width spaces, an anchor at the number of the word after it.
  const content = '一、​总体​情况 ​泰​桥​镇​推进​垃圾​分类​。 ​PM2.5​下降​。';
  const anchors = [
    { element: 'span', id: 's1', location: 0 },
    { element: 'span', id: 's1-p1', location: 3 },
    { element: 'span', id: 's1-p2', location: 10 },
  ];
  assert.deepEqual(paragraphsOf({ content, anchors }), [
    { anchor: 's1', text: '一、总体情况' },
    { anchor: 's1-p1', text: '泰桥镇推进垃圾分类。' },
    { anchor: 's1-p2', text: 'PM2.5下降。' },
  ]);
});

test('a Pagefind fragment file is recognized by its signature once un-gzipped', () => {
  const file = gzipSync(Buffer.from('pagefind_dcd{"url":"/zh/reports/a/","content":"x","meta":{},"anchors":[]}'));
  assert.deepEqual(parseFragment(gunzipSync(file)), { url: '/zh/reports/a/', content: 'x', meta: {}, anchors: [] });
  assert.equal(parseFragment(Buffer.from('{"url":"/"}')), undefined);
});

test('the manifest carries the place names, and a manifest with a malformed list is refused', () => {
  const manifest = searchManifest(['a', 'b'], 20, ['泰桥', '泰桥镇']);
  assert.deepEqual(manifest.places, ['泰桥', '泰桥镇']);
  assert.deepEqual(manifestProblems(manifest, ['a', 'b']), []);
  assert.match(manifestProblems({ ...manifest, places: [1] }, ['a', 'b']).join('\n'), /places is not a list of names/);
});

test('an English glossary phrase is a key in lower case, and is found whole, in any case, with regular inflections', () => {
  assert.equal(englishKey(' "Future  Community" '), 'future community');
  assert.deepEqual(englishVocabulary(['Future community', 'future communities', 'Xiaoshan']), ['future communities', 'future community']);
  const count = termMatcher('future community');
  assert.equal(count('two future communities and a future-community pilot; the future community.'), 3);
  assert.equal(count('a future of community'), 0);
  assert.equal(count('futurecommunity'), 0);
  assert.equal(termMatcher('elderly care')('careers for the elderly, elderly careers'), 0, 'never "care" inside "career"');
  assert.equal(termMatcher('river chief')('river chiefs'), 1);
  assert.equal(termMatcher('clean governance')('clean governances'), 1);
  assert.equal(termMatcher('holistic smart governance')('holistic smart governance'), 1);
  assert.equal(termMatcher('泰桥')('泰桥镇，泰桥村'), 2);
});

test('English pages are listed under the phrases they contain, with inflections', () => {
  const files = termFiles(
    [
      { fragment: 'en_a', text: 'Future Communities were built.\nOne future community more.' },
      { fragment: 'en_b', text: 'The future of the community.' },
    ],
    ['future community'],
  );
  const entry = (files.get(bucketFile('future community')) as TermBucket)['future community']!;
  assert.deepEqual(
    entry.p.map(([fragment]) => fragment),
    ['en_a'],
  );
});
