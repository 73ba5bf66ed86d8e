/**
 * Query planning (src/lib/search-plan.ts) and excerpts (src/lib/query.ts):
 * what the search page asks which Pagefind bundle for a query as readers
 * type it, and which paragraphs of the answer it keeps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt, maxQueryLength, parseQuery } from '../../src/lib/query.ts';
import { keeps, planSearch, warmUpBundle, type IndexFacts, type SearchJob } from '../../src/lib/search-plan.ts';
import { toSimplified } from '../../src/edition/simplify.ts';

const both: IndexFacts = { languages: ['zh', 'en'] };
const zh = (text: string, wholeTerms: string[] = []): SearchJob => ({ language: 'zh', text, wholeTerms });
const en = (text: string): SearchJob => ({ language: 'en', text, wholeTerms: [] });

// [what, typed, query as searched, may need OpenCC, searches]
const cases: [string, string, string, boolean, SearchJob[]][] = [
  ['simplified term', '未来社区', '未来社区', true, [zh('未来社区', ['未来社区'])]],
  ['Traditional term (planned again once converted)', '未來社區', '未來社區', true, [zh('未來社區', ['未來社區'])]],
  ['two terms, each whole, not the pair', '垃圾分类 未来社区', '垃圾分类 未来社区', true, [zh('垃圾分类 未来社区', ['垃圾分类', '未来社区'])]],
  ['a repeated term once', '亚运 亚运', '亚运 亚运', true, [zh('亚运', ['亚运'])]],
  ['English word: the translation only', 'village', 'village', false, [en('village')]],
  ['English words', 'Asian Games', 'Asian Games', false, [en('Asian Games')]],
  ['trailing punctuation of a word', 'villages.', 'villages.', false, [en('villages')]],
  ['quoted English phrase: the words (quotes are not syntax)', '"Asian Games"', '"Asian Games"', false, [en('Asian Games')]],
  ['quoted Chinese phrase: the Han run whole', '“未来社区”', '“未来社区”', true, [zh('未来社区', ['未来社区'])]],
  ['quoted Chinese words: each run whole', '"垃圾 分类"', '"垃圾 分类"', true, [zh('垃圾 分类', ['垃圾', '分类'])]],
  ['code: English and the Chinese text', 'PM2.5', 'PM2.5', false, [en('PM2.5'), zh('PM2.5', ['PM2.5'])]],
  ['full-width code becomes ASCII', 'ＥＰＣ', 'EPC', false, [en('EPC'), zh('EPC', ['EPC'])]],
  [
    'codes among English words: only the codes in Chinese',
    'ＥＰＣ PM2.5 5G village',
    'EPC PM2.5 5G village',
    false,
    [en('EPC PM2.5 5G village'), zh('EPC PM2.5 5G', ['EPC', 'PM2.5', '5G'])],
  ],
  ['mixed: the Chinese search carries the Latin words', '亚运 Asian', '亚运 Asian', true, [zh('亚运 Asian', ['亚运']), en('Asian')]],
  ['mixed with a code: no separate code search', 'EPC总承包', 'EPC总承包', true, [zh('总承包 EPC', ['总承包']), en('EPC')]],
  ['empty', '', '', false, []],
  ['blank', '  \t\n ', '', false, []],
  ['punctuation only', '，。！？……——', '，。！？……——', false, []],
  ['regular-expression characters', '.*+?^${}()|[]\\', '.*+?^${}()|[]\\', false, []],
  ['markup: its words, as words', '<script>alert(1)</script>', '<script>alert(1)</script>', false, [en('script alert 1'), zh('1', ['1'])]],
  ['control characters are spaces', 'Asian\u0000Games\u007f', 'Asian Games', false, [en('Asian Games')]],
];

for (const [what, typed, searched, mayConvert, jobs] of cases)
  test(`plan: ${what}`, () => {
    const plan = planSearch(typed, {}, both);
    assert.equal(plan.query.text, searched);
    assert.equal(plan.mayConvert, mayConvert);
    assert.deepEqual(plan.jobs, jobs);
  });

test('plan: a pasted page is cut to the query length, and says so', () => {
  const plan = planSearch('未'.repeat(10_000), {}, both);
  assert.equal(plan.query.truncated, true);
  assert.equal(plan.query.text.length, maxQueryLength);
  assert.deepEqual(plan.jobs, [zh('未'.repeat(maxQueryLength), ['未'.repeat(maxQueryLength)])]);
  assert.equal(planSearch('未来社区', {}, both).query.truncated, false);
});

test('plan: a Traditional query, converted, plans as the simplified one', () => {
  const typed = planSearch('未來社區', { district: { any: ['Xiaoshan District'] } }, both);
  const converted = planSearch(toSimplified(typed.query.text), typed.filters, both);
  assert.deepEqual(converted, planSearch('未来社区', { district: { any: ['Xiaoshan District'] } }, both));
});

test('plan: the filters go to every search as they are', () => {
  const filters = { district: { any: ['Xiaoshan District'] }, year: { any: ['2022', '2023'] } };
  assert.deepEqual(planSearch('亚运 Asian', filters, both).filters, filters);
  assert.deepEqual(planSearch('', {}, both).filters, {});
});

test('plan: a language without a bundle is not searched', () => {
  const chineseOnly: IndexFacts = { languages: ['zh'] };
  assert.deepEqual(planSearch('village', {}, chineseOnly).jobs, []);
  assert.deepEqual(planSearch('PM2.5', {}, chineseOnly).jobs, [zh('PM2.5', ['PM2.5'])]);
  assert.deepEqual(planSearch('亚运 Asian', {}, chineseOnly).jobs, [zh('亚运 Asian', ['亚运'])]);
});

test('plan: the bundle warmed as the page opens is the page language', () => {
  assert.equal(warmUpBundle('zh', both), 'zh');
  assert.equal(warmUpBundle('en', both), 'en');
  assert.equal(warmUpBundle(undefined, both), 'zh');
  assert.equal(warmUpBundle('en', { languages: ['zh'] }), 'zh', 'a language without a bundle warms the first');
});

test('keeps: a term whole, not its characters; codes in any case; English everything', () => {
  const [term] = planSearch('未来社区', {}, both).jobs;
  assert.ok(keeps(term!, '推进未来社区建设'));
  assert.ok(!keeps(term!, '未来五年，社区治理'), 'the characters, not the term');
  const [pair] = planSearch('垃圾分类 未来社区', {}, both).jobs;
  assert.ok(keeps(pair!, '垃圾分类与未来社区'));
  assert.ok(!keeps(pair!, '垃圾分类'), 'each term must occur');
  const [, code] = planSearch('PM2.5', {}, both).jobs;
  assert.ok(keeps(code!, '推动pm2.5和臭氧协同控制'));
  assert.ok(!keeps(code!, '推动臭氧协同控制'));
  const [english] = planSearch('village', {}, both).jobs;
  assert.ok(keeps(english!, 'anything at all'), 'Pagefind stems English; every paragraph it returns is kept');
});

test('excerpt: text and matches alternate, around the first match, with nothing escaped or lost', () => {
  const content = `${'前'.repeat(80)}推进未来社区建设，未来社区${'后'.repeat(200)}`;
  const pieces = excerpt(content, parseQuery('未来社区'));
  assert.deepEqual(
    pieces.filter((_, place) => place % 2),
    ['未来社区', '未来社区'],
  );
  // 60 characters before the first match (at 82), 120 from its start.
  assert.equal(pieces[0], `…${'前'.repeat(58)}推进`);
  assert.ok(pieces.at(-1)!.endsWith('…'));
  assert.equal(pieces.join('').replace(/…/g, ''), content.slice(22, 82 + 120));
  // English: stems, any case, whole words only from their start.
  assert.deepEqual(excerpt('Villagers and a village; revillage.', parseQuery('villages')), ['', 'Villagers', ' and a ', 'village', '; revillage.']);
  // Markup in the text stays text (the page makes text nodes of it).
  assert.deepEqual(excerpt('<img src=x onerror=alert(1)> 亚运', parseQuery('亚运')), ['<img src=x onerror=alert(1)> ', '亚运', '']);
  assert.deepEqual(excerpt('短文', parseQuery('')), ['短文'], 'no query: the start of the text');
});
