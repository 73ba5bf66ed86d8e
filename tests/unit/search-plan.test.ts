/**
 * Query planning (src/lib/search-plan.ts) and excerpts (src/lib/query.ts):
 * what the search page asks which Pagefind bundle for a query as readers
 * type it, and which paragraphs of the answer it keeps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt, maxQueryLength } from '../../src/lib/query.ts';
import { byRank, highlighter, keeps, planSearch, together, togetherQuery, type IndexFacts, type SearchJob } from '../../src/lib/search-plan.ts';
import { glossaryPhrases } from '../../src/lib/term-match.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { toSimplified } from '../../src/edition/simplify.ts';

const both: IndexFacts = { languages: ['zh', 'en'] };
const zh = (text: string, wholeTerms: string[] = []): SearchJob => ({ language: 'zh', text, wholeTerms, english: [], together: [] });
const en = (text: string, english: string[][], together: string[] = []): SearchJob => ({ language: 'en', text, wholeTerms: [], english, together });

// [what, typed, query as searched, may need OpenCC, searches]
const cases: [string, string, string, boolean, SearchJob[]][] = [
  ['simplified term', '未来社区', '未来社区', true, [zh('未来社区', ['未来社区'])]],
  ['Traditional term (planned again once converted)', '未來社區', '未來社區', true, [zh('未來社區', ['未來社區'])]],
  ['two terms, each whole, not the pair', '垃圾分类 未来社区', '垃圾分类 未来社区', true, [zh('垃圾分类 未来社区', ['垃圾分类', '未来社区'])]],
  ['a repeated term once', '亚运 亚运', '亚运 亚运', true, [zh('亚运', ['亚运'])]],
  ['English word: the translation only', 'village', 'village', false, [en('village', [['village']])]],
  [
    'English words: each whole, side by side ranked first',
    'rural community',
    'rural community',
    false,
    [en('rural community', [['rural'], ['community']], ['rural', 'community'])],
  ],
  ['trailing punctuation of a word', 'villages.', 'villages.', false, [en('villages', [['villages']])]],
  ['quoted English: a phrase', '"Asian Games"', '"Asian Games"', false, [en('Asian Games', [['asian', 'games']])]],
  [
    'curly quotes, and a word beside the phrase',
    '“future community” digital',
    '“future community” digital',
    false,
    [en('future community digital', [['future', 'community'], ['digital']])],
  ],
  ['a hyphenated word: its parts side by side', 'home-based', 'home-based', false, [en('home-based', [['home', 'based']])]],
  ['one quoted word is a word', '"village"', '"village"', false, [en('village', [['village']])]],
  ['quoted Chinese phrase: the Han run whole', '“未来社区”', '“未来社区”', true, [zh('未来社区', ['未来社区'])]],
  ['quoted Chinese words: each run whole', '"垃圾 分类"', '"垃圾 分类"', true, [zh('垃圾 分类', ['垃圾', '分类'])]],
  ['code: English and the Chinese text', 'PM2.5', 'PM2.5', false, [en('PM2.5', [['pm2.5']]), zh('PM2.5', ['PM2.5'])]],
  ['full-width code becomes ASCII', 'ＥＰＣ', 'EPC', false, [en('EPC', [['epc']]), zh('EPC', ['EPC'])]],
  [
    'codes among English words: only the codes in Chinese',
    'ＥＰＣ PM2.5 5G village',
    'EPC PM2.5 5G village',
    false,
    [en('EPC PM2.5 5G village', [['epc'], ['pm2.5'], ['5g'], ['village']], ['epc', 'pm2.5', '5g', 'village']), zh('EPC PM2.5 5G', ['EPC', 'PM2.5', '5G'])],
  ],
  ['mixed: the Chinese search carries the Latin words', '亚运 Asian', '亚运 Asian', true, [zh('亚运 Asian', ['亚运']), en('Asian', [['asian']])]],
  ['a token mixing Han and a code is one Chinese term, no English search', 'EPC总承包', 'EPC总承包', true, [zh('EPC 总承包', ['EPC总承包'])]],
  ['a number with its unit is one Chinese term, no English search', '15.3亿元', '15.3亿元', true, [zh('15.3 亿元', ['15.3亿元'])]],
  ['empty', '', '', false, []],
  ['blank', '  \t\n ', '', false, []],
  ['punctuation only', '，。！？……——', '，。！？……——', false, []],
  ['regular-expression characters', '.*+?^${}()|[]\\', '.*+?^${}()|[]\\', false, []],
  [
    'markup: its words, as words',
    '<script>alert(1)</script>',
    '<script>alert(1)</script>',
    false,
    [en('script alert 1', [['script'], ['alert'], ['1']], ['script', 'alert', '1']), zh('1', ['1'])],
  ],
  ['control characters are spaces', 'Asian\u0000Games\u007f', 'Asian Games', false, [en('Asian Games', [['asian'], ['games']], ['asian', 'games'])]],
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

test('keeps: a term whole, not its characters; codes in any case', () => {
  const [term] = planSearch('未来社区', {}, both).jobs;
  assert.ok(keeps(term!, '推进未来社区建设'));
  assert.ok(!keeps(term!, '未来五年，社区治理'), 'the characters, not the term');
  const [pair] = planSearch('垃圾分类 未来社区', {}, both).jobs;
  assert.ok(keeps(pair!, '垃圾分类与未来社区'));
  assert.ok(!keeps(pair!, '垃圾分类'), 'each term must occur');
  const [, code] = planSearch('PM2.5', {}, both).jobs;
  assert.ok(keeps(code!, '推动pm2.5和臭氧协同控制'));
  assert.ok(!keeps(code!, '推动臭氧协同控制'));
  const [amount] = planSearch('15.3亿元', {}, both).jobs;
  assert.ok(keeps(amount!, '规上工业总产值15.3亿元'));
  assert.ok(!keeps(amount!, '总投资达1.4亿元'), 'the number with its unit, not the unit alone');
});

test('keeps: every English word, whole, in its regular inflections; a phrase side by side', () => {
  const [words] = planSearch('rural community', {}, both).jobs;
  assert.ok(keeps(words!, 'Rural communities thrive'));
  assert.ok(keeps(words!, 'the community and its rural roads'), 'all the words, apart');
  assert.ok(!keeps(words!, 'rural roads'), 'every word, not any');
  assert.ok(!keeps(words!, 'the communal rural roads'), 'a whole word: communal is not community');
  assert.ok(together(words!, 'rural communities') && !together(words!, 'the community and its rural roads'));
  const [phrase] = planSearch('"future community"', {}, both).jobs;
  assert.ok(keeps(phrase!, 'building Future Communities'));
  assert.ok(keeps(phrase!, 'a future-community pilot'), 'a hyphen between');
  assert.ok(!keeps(phrase!, 'the community of the future'), 'side by side, in order');
  assert.ok(!keeps(phrase!, 'future, community'), 'nothing but a space or a hyphen between');
  const [care] = planSearch('"elderly care"', {}, both).jobs;
  assert.ok(keeps(care!, 'elderly care services'));
  assert.ok(!keeps(care!, 'an elderly career'), 'not a prefix');
  const [plural] = planSearch('villages', {}, both).jobs;
  assert.ok(keeps(plural!, 'a village') && keeps(plural!, 'Villages') && !keeps(plural!, 'villagers'));
  const [sorting] = planSearch('sorting', {}, both).jobs;
  assert.ok(keeps(sorting!, 'waste is sorted') && keeps(sorting!, 'to sort'));
});

test('keeps: a prefix Pagefind falls back to is no match', () => {
  // Pagefind answers a word it does not have with a shorter one it has: “V.” for vacination, “go” for gongtong.
  const [typo] = planSearch('vacination', {}, both).jobs;
  assert.ok(!keeps(typo!, 'V. Taking the people’s happiness as the goal'));
  assert.ok(keeps(typo!, 'Vacination drive'));
  const [pinyin] = planSearch('gongtong fuyu', {}, both).jobs;
  assert.ok(!keeps(pinyin!, 'going forward, for the future'));
});

const glossary: IndexFacts = { languages: ['zh', 'en'], phrases: glossaryPhrases(loadGlossary()) };

test('plan: glossary terms typed without quotes are phrases', () => {
  for (const typed of ['future community', 'digital economy', 'river chief', 'elderly care', 'waste sorting', 'common prosperity', 'Asian Games']) {
    const [job] = planSearch(typed, {}, glossary).jobs;
    assert.deepEqual(job!.english, [typed.toLowerCase().split(' ')], typed);
    assert.deepEqual(job!.together, [], `${typed}: nothing typed apart`);
  }
  const english = (typed: string) => planSearch(typed, {}, glossary).jobs[0]!.english;
  assert.deepEqual(english('future communities'), [['future', 'communities']], 'in any inflection');
  assert.deepEqual(english('home-based elderly care'), [['home', 'based', 'elderly', 'care']], 'the longest term');
  assert.deepEqual(english('rural revitalization village'), [['rural', 'revitalization'], ['village']], 'a term and a word');
  assert.deepEqual(english('elderly people care'), [['elderly'], ['people'], ['care']], 'the words of a term apart are words');
  assert.deepEqual(planSearch('elderly care', {}, both).jobs[0]!.english, [['elderly'], ['care']], 'without the glossary, words');
});

test('glossaryPhrases: the terms of two words or more, a few kB for the search page', () => {
  const phrases = glossary.phrases!;
  for (const phrase of ['elderly care', 'asian games', 'digital economy', 'home based elderly care', 'xiaoshan binjiang integration']) assert.ok(phrases.includes(phrase), phrase);
  assert.ok(!phrases.includes('grid'), 'one word is a word');
  assert.ok(!phrases.some((phrase) => /[,“”"()]/.test(phrase)), 'only words: a phrase matches spaces and hyphens between them');
  assert.ok(JSON.stringify(phrases).length < 8_000, `${JSON.stringify(phrases).length} characters`);
  assert.deepEqual(glossaryPhrases([{ en: 'the “Two Upholds”', enForms: ['Two Upholds', 'precise, intelligent control'] }]), ['two upholds']);
});

/** The marked pieces of an excerpt. */
const marked = (text: string, job: SearchJob) => excerpt(text, highlighter(job), 500).filter((_, place) => place % 2);

test('highlight: whole words and phrases as written, never part of a word', () => {
  const [care] = planSearch('elderly care', {}, glossary).jobs;
  assert.deepEqual(marked('A career in elderly care, and Elderly-Care; the elderly take care.', care!), ['elderly care', 'Elderly-Care']);
  const [words] = planSearch('rural community', {}, both).jobs;
  assert.deepEqual(marked('rural communities, a community that is rural, ruralism', words!), ['rural communities', 'community', 'rural']);
  const [term] = planSearch('未来社区', {}, both).jobs;
  assert.deepEqual(marked('未来社区与未来，社区', term!), ['未来社区']);
  const [, code] = planSearch('PM2.5', {}, both).jobs;
  assert.deepEqual(marked('推动pm2.5和PM2.5', code!), ['pm2.5', 'PM2.5']);
});

test('excerpt: text and matches alternate, around the first match, with nothing escaped or lost', () => {
  const job = planSearch('未来社区', {}, both).jobs[0]!;
  const content = `${'前'.repeat(80)}推进未来社区建设，未来社区${'后'.repeat(200)}`;
  const pieces = excerpt(content, highlighter(job));
  assert.deepEqual(
    pieces.filter((_, place) => place % 2),
    ['未来社区', '未来社区'],
  );
  // No clause mark near: 60 characters before the first match (at 82), 120 from its start.
  assert.equal(pieces[0], `…${'前'.repeat(58)}推进`);
  assert.ok(pieces.at(-1)!.endsWith('…'));
  assert.equal(pieces.join('').replace(/…/g, ''), content.slice(22, 82 + 120));
  // Markup in the text stays text (the page makes text nodes of it).
  assert.deepEqual(excerpt('<img src=x onerror=alert(1)> 亚运', highlighter(planSearch('亚运', {}, both).jobs[0]!)), ['<img src=x onerror=alert(1)> ', '亚运', '']);
  assert.deepEqual(excerpt('短文', undefined), ['短文'], 'nothing to mark: the start of the text');
});

test('excerpt: English starts and ends at a word; Chinese at a clause where one is near', () => {
  const english = `${'Lorem ipsum dolorem sit amet, '.repeat(4)}the future community pilot ${'consectetur adipiscing elit sed do, '.repeat(6)}`;
  const [job] = planSearch('"future community"', {}, both).jobs;
  const text = excerpt(english, highlighter(job!)).join('');
  assert.match(text, /^…[A-Za-z]/);
  const [first, ...rest] = text.slice(1, -1).split(' ');
  assert.ok(english.split(/[\s,]+/).includes(first!.replace(/,$/, '')), `starts with a whole word: ${text}`);
  assert.ok(english.split(/[\s,]+/).includes(rest.at(-1)!.replace(/,$/, '')), `ends with a whole word: ${text}`);
  // The match's clause begins 3 characters before it, and one ends 109 characters after it, near the cut (120).
  const chinese = `${'甲乙丙丁戊己庚辛'.repeat(10)}，推动未来社区建设，打造示范${'子'.repeat(101)}。${'丑'.repeat(100)}`;
  const [term] = planSearch('未来社区', {}, both).jobs;
  assert.equal(excerpt(chinese, highlighter(term!)).join(''), `…推动未来社区建设，打造示范${'子'.repeat(101)}。…`);
});

test('rank: reports with the words side by side first, then by score; Pagefind is asked for the phrase only then', () => {
  const [apart] = planSearch('urban management', {}, both).jobs;
  assert.equal(togetherQuery(apart!), '"urban management"');
  assert.equal(togetherQuery(planSearch('"urban management"', {}, both).jobs[0]!), undefined, 'a phrase already');
  assert.equal(togetherQuery(planSearch('village', {}, both).jobs[0]!), undefined, 'one word');
  const ranked = [
    { together: false, result: { score: 0.9 } },
    { together: true, result: { score: 0.2 } },
    { together: true, result: { score: 0.5 } },
  ].sort(byRank);
  assert.deepEqual(
    ranked.map(({ together, result }) => [together, result.score]),
    [
      [true, 0.5],
      [true, 0.2],
      [false, 0.9],
    ],
  );
});
