/**
 * The content check of check:parity (scripts/lib/alignment-content.ts) on
 * small reports: a translation whose English carries each paragraph's
 * numbers, terms and length passes; two paragraphs swapped are flagged on both
 * ids, with the numbers, terms or length that speak against each and the id
 * whose Chinese the English does fit; a heading's ordinal counts (“2.” under
 * 一、); a term exception of the translation is honoured. The numbers it reads
 * (src/lib/numbers.ts): Chinese numerals, English figures, words and
 * Roman numerals. On the real reports: tests/content/translations.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkAlignmentContent, type AlignedText, type ContentReport } from '../../scripts/lib/alignment-content.ts';
import { chineseNumeral, chineseNumeralValues, englishNumbers, foreignNumbers } from '../../src/lib/numbers.ts';
import { parseGlossary } from '../../src/lib/glossary.ts';

const glossaryPath = 'tests/fixtures/terms/glossary.yaml';
const terms = parseGlossary(readFileSync(glossaryPath, 'utf8'), glossaryPath);

const anchor = (id: string, text: string): AlignedText => ({ id, kind: id.includes('-') ? 'paragraph' : 'section', text });
const zh = [
  anchor('s1', '一、推进共同富裕'),
  anchor('s1-p1', '新建未来社区3个，总投资15.3亿元。'),
  anchor('s1-p2', '全镇50家以上企业完成数字化改造，带动就业1200人，并加快推进共同富裕示范区建设。'),
  anchor('s1-p3', '完成老旧小区改造。'),
  anchor('s2', '二、完善公共服务'),
  anchor('s2-p1', '新增养老床位80张。'),
];
const en = [
  anchor('s1', '1. Advancing common prosperity'),
  anchor('s1-p1', 'Build 3 future community sites with a total investment of 1.53 billion yuan.'),
  anchor(
    's1-p2',
    '50 or more enterprises across the town will complete their digital transformation, creating 1,200 jobs, and the building of the common prosperity demonstration zone will be sped up.',
  ),
  anchor('s1-p3', 'Finish renovating old residential compounds.'),
  anchor('s2', '2. Improving public services'),
  anchor('s2-p1', 'Add 80 elderly care beds.'),
];
const report = (english: AlignedText[], extra: Partial<ContentReport> = {}): ContentReport => ({ file: 'en/town.md', zh, en: english, ...extra });
const swapped = (english: AlignedText[], a: string, b: string) => {
  const text = new Map(english.map((item) => [item.id, item.text]));
  return english.map((item) => ({ ...item, text: item.id === a ? text.get(b)! : item.id === b ? text.get(a)! : item.text }));
};

test('a translation whose English carries each paragraph’s numbers, terms and length passes', () => {
  assert.deepEqual(checkAlignmentContent(report(en), terms), []);
});

test('two swapped paragraphs are flagged on both ids, with the evidence and the paragraph each English fits', () => {
  const problems = checkAlignmentContent(report(swapped(en, 's1-p1', 's1-p2')), terms);
  assert.deepEqual(
    problems.map((problem) => [problem.id, problem.fits]),
    [
      ['s1-p1', 's1-p2'],
      ['s1-p2', 's1-p1'],
    ],
  );
  const [first, second] = problems;
  assert.deepEqual(first!.evidence.missingNumbers, ['3', '15.3亿']);
  assert.deepEqual(first!.evidence.foreignNumbers, ['50', '1,200']);
  assert.deepEqual(first!.evidence.missingTerms, ['未来社区 (future-community)']);
  assert.deepEqual(second!.evidence.missingTerms, ['以上 (or-more)', '共同富裕 (common-prosperity)']);
  assert.equal(
    first!.message,
    'en/town.md: #s1-p1: the English does not match its Chinese: the Chinese has “3”, “15.3亿”, the English does not; the English has “50”, “1,200”, the Chinese does not; the English lacks the termbase’s English for 未来社区 (future-community); the English has 181 characters where the report’s ratio predicts about 70; it matches the Chinese of #s1-p2',
  );
});

test('paragraphs without numbers or terms are told apart by length', () => {
  const english = en.map((item) =>
    item.id === 's1-p3' ? { ...item, text: `${item.text} ${'Old pipes, roofs, lifts and façades are repaired and the lanes between the buildings repaved. '.repeat(3)}` } : item,
  );
  const long = zh.map((item) => (item.id === 's1-p3' ? { ...item, text: `${item.text}${'维修老旧管网、屋面、电梯与外立面，并重铺楼间巷道。'.repeat(3)}` } : item));
  assert.deepEqual(checkAlignmentContent({ ...report(english), zh: long }, terms), []);
  // The long English under the short 新增养老床位80张 paragraph, and the other way round.
  const problems = checkAlignmentContent({ ...report(swapped(english, 's1-p3', 's2-p1')), zh: long }, terms);
  assert.deepEqual(
    problems.map((problem) => problem.id),
    ['s1-p3', 's2-p1'],
  );
  assert.ok(problems[1]!.evidence.length && problems[1]!.evidence.length.english > 3 * problems[1]!.evidence.length.expected, problems[1]!.message);
  assert.match(problems[1]!.message, /the English has \d+ characters where the report’s ratio predicts about \d+/);
});

test('a heading’s number counts: “2.” under 一、 is another heading', () => {
  const problems = checkAlignmentContent(report(swapped(en, 's1', 's2')), terms);
  assert.deepEqual(
    problems.map((problem) => [problem.id, problem.evidence.foreignNumbers]),
    [
      ['s1', ['2']],
      ['s2', ['1']],
    ],
  );
});

test('a term exception of the translation is honoured, only for its paragraph and term', () => {
  const english = en.map((item) => (item.id === 's1-p2' ? { ...item, text: item.text.replace('50 or more', 'More than 50') } : item));
  assert.deepEqual(
    checkAlignmentContent(report(english), terms).map((problem) => problem.evidence.missingTerms),
    [['以上 (or-more)']],
  );
  assert.deepEqual(checkAlignmentContent(report(english, { termExceptions: [{ paragraph: 's1-p2', term: 'or-more' }] }), terms), []);
  assert.equal(checkAlignmentContent(report(english, { termExceptions: [{ paragraph: 's1-p1', term: 'or-more' }] }), terms).length, 1);
});

test('numbers: Chinese numerals, English figures, number words and a heading’s Roman numeral', () => {
  assert.deepEqual(['二十', '十四', '一百零五', '三亿五千万', '二〇二二', '百', '千万', '万', '二二十'].map(chineseNumeral), [
    20,
    14,
    105,
    350_000_000,
    2022,
    100,
    10_000_000,
    NaN,
    NaN,
  ]);
  assert.deepEqual(
    chineseNumeralValues('“十四五”规划').sort((a, b) => a - b),
    [4, 5, 10, 14, 45],
  );
  assert.deepEqual(
    englishNumbers('IV. Three villages, 1.53 billion yuan, 4,234 cases and COVID-19 checks in a three-dimensional grid; one of them').map((number) => number.value),
    [1.53e9, 4234, 3, 4],
  );
  assert.deepEqual(foreignNumbers('一、推进共同富裕', 'I. Advancing common prosperity'), []);
  assert.deepEqual(foreignNumbers('（一）推进共同富裕', 'II. Advancing common prosperity'), ['II']);
  assert.deepEqual(foreignNumbers('打造“一路双边”格局', 'build a pattern of “one road with two sides”'), []);
  assert.deepEqual(foreignNumbers('千万元以上项目1个', '1 project worth 10 million yuan or more'), []);
});
