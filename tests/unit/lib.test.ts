/** Small pure functions: punctuation, ruby, interface messages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { newPunctuationState, normalizePunctuation } from '../../src/edition/punctuation.ts';
import { splitRuby, stripPinyin } from '../../src/edition/ruby.ts';
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };

test('punctuation: full-width in Chinese, untouched between digits or Latin', () => {
  const state = newPunctuationState();
  assert.equal(normalizePunctuation('更新时间:2023-02-01 15:48:43,来源(萧山)', state), '更新时间：2023-02-01 15:48:43，来源（萧山）');
  assert.equal(normalizePunctuation('推动PM2.5和臭氧(PM2.5)', newPunctuationState()), '推动PM2.5和臭氧(PM2.5)');
  assert.equal(state.changes, 4);
});

test('punctuation: quote parity carries across text nodes of a paragraph', () => {
  const state = newPunctuationState();
  assert.equal(normalizePunctuation('开展"清零行', state) + normalizePunctuation('动";推进"\'迎亚运\'整治"', state), '开展“清零行动”；推进“‘迎亚运’整治”');
});

test('ruby: pinyin after a Han character becomes an annotation, and can be stripped', () => {
  assert.deepEqual(splitRuby('抓機(jī)遇'), ['抓', { base: '機', annotation: 'jī' }, '遇']);
  assert.equal(stripPinyin('現(xiàn)代社區(qū)(濱江)'), '現代社區(濱江)');
});

test('every interface message exists in both languages', () => {
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  for (const [key, value] of Object.entries({ ...zh, ...en })) assert.ok(value.trim(), `empty message ${key}`);
});

test('a Han character outside the OpenCC key bitmap converts to itself, so skipping the dictionaries changes nothing', async () => {
  const { hanKeysBitmap } = await import('../../src/build/han-keys-bitmap.ts');
  const { hanKeysStart, hanKeysEnd, mayConvert } = await import('../../src/lib/han-keys.ts');
  const { toSimplified } = await import('../../src/edition/simplify.ts');
  const bitmap = hanKeysBitmap();
  let unmarked = 0;
  for (let code = hanKeysStart; code <= hanKeysEnd; code++) {
    const char = String.fromCodePoint(code);
    if (mayConvert(char, bitmap)) continue;
    unmarked++;
    assert.equal(toSimplified(char), char, `U+${code.toString(16)} ${char}`);
  }
  assert.ok(unmarked > 20_000, `most characters need no dictionary (${unmarked})`);
  assert.equal(mayConvert('垃圾分类 未来社区', bitmap), false, 'a simplified query loads nothing');
  assert.equal(mayConvert('未來社區', bitmap), true);
  assert.equal(mayConvert('亞運', bitmap), true);
});

test('an English word searches the translation only; a code such as EPC or PM2.5 also searches the Chinese text', async () => {
  const { latinCodes, parseQuery } = await import('../../src/lib/query.ts');
  assert.deepEqual(latinCodes(parseQuery('village Asian Games').latin), []);
  assert.deepEqual(latinCodes(parseQuery('ＥＰＣ PM2.5 5G village').latin), ['EPC', 'PM2.5', '5G']);
});

test('a report becomes one search page per language: every paragraph an anchored sub-result, text escaped, metadata intact', async () => {
  const { searchPages } = await import('../../src/lib/search-records.ts');
  const report = {
    slug: 'gutang',
    metadata: {
      title: { zh: '古塘街道2022年工作安排', en: 'Work Plan' },
      town: { zh: '古塘街道', en: 'Gutang Subdistrict' },
      city: { zh: '宁波市', en: 'Ningbo' },
      district: { zh: '慈溪市', en: 'Cixi' },
      yearsCovered: [2022],
      kind: 'work-plan',
    },
    translation: { slug: 'gutang' },
    blocks: [
      { id: 's1', kind: 'section', normalized: '一、实施转型升级', english: 'I. Upgrading' },
      { id: 's1-p1', kind: 'paragraph', normalized: '推进<script>alert(1)</script>垃圾分类', english: 'Waste sorting, "Cixi, Ningbo"' },
      { id: 's1-x1', kind: 'block', normalized: '', english: null },
    ],
  } as never;
  const [zh, en] = searchPages(report);
  assert.equal(zh!.url, '/zh/reports/gutang/');
  // What Pagefind's HTML parser reads: the paragraph's text as written, after its anchor, and no script element.
  const page = fromHtml(zh!.html);
  const paragraph = select('span#s1-p1[data-pagefind-title="s1-p1"] + p', page);
  assert.equal(paragraph && toText(paragraph), '推进<script>alert(1)</script>垃圾分类');
  assert.equal(select('script', page), undefined, 'text is escaped, never markup');
  assert.doesNotMatch(zh!.html, /s1-x1/, 'removed blocks are not indexed');
  assert.match(en!.html, /data-pagefind-meta="place\[content\]" content="Cixi, Ningbo"/, 'a comma stays inside the value');
  assert.match(en!.html, /data-pagefind-filter="year\[content\]" content="2022"/);
  assert.equal(toText(select('span#s1-p1 + p', fromHtml(en!.html))!), 'Waste sorting, "Cixi, Ningbo"');
});
