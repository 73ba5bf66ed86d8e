/** The figures' parser (src/lib/figures.ts) on single phrases: what a figure is, and why a number is not one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresCsv, paragraphFigures, parseFigureRules, plots, skipReason, type FigureRules } from '../../src/lib/figures.ts';

const rules: FigureRules = { reports: {}, exceptions: [], measures: [] };
const url = (lang: string, slug: string, anchor: string) => `/${lang}/reports/${slug}/#${anchor}`;
const read = (zh: string, en = '', more: Partial<FigureRules> = {}) =>
  paragraphFigures(
    { report: 'town', town: { zh: '某镇', en: 'Some Town' }, anchor: 's1-p1', zh, en },
    { rules: { ...rules, ...more }, years: [2022], url },
    { period: '2022', status: 'reported' },
  );

test('a figure: value, magnitude, unit, base value, measure and its English', () => {
  const [figure] = read('上半年，街道实现规上工业总产值15.3亿元。', 'In the first half, gross industrial output reached 1.53 billion yuan.').figures;
  assert.equal(figure?.raw, '15.3亿元');
  assert.equal(figure?.value, 15.3);
  assert.equal(figure?.magnitude, '亿');
  assert.equal(figure?.unit, '元');
  assert.equal(figure?.normalized, 1_530_000_000);
  assert.equal(figure?.measure, '街道实现规上工业总产值', 'the clause before the figure (content/figures.yaml reviews it to 规上工业总产值)');
  assert.equal(figure?.en, '1.53 billion yuan');
  assert.equal(figure?.urlZh, '/zh/reports/town/#s1-p1');
});

test('qualifiers: 以上, 余, 超过, 累计, 同比 and growth; a growth rate measures what the figure before it measures', () => {
  const { figures } = read('实现社会消费品零售总额2.03亿元，同比增长26.4%。累计完成疫苗接种超过17.3万针。排查隐患点850余处。引进外资1.8亿元以上。');
  assert.deepEqual(
    figures.map((figure) => [figure.raw, figure.measure, figure.qualifiers]),
    [
      ['2.03亿元', '社会消费品零售总额', []],
      ['26.4%', '社会消费品零售总额', ['同比', '增长']],
      ['17.3万针', '疫苗接种', ['超过', '累计']],
      ['850余处', '排查隐患点', ['余']],
      ['1.8亿元', '引进外资', ['以上']],
    ],
  );
  assert.deepEqual(
    figures.map((figure) => figure.topic),
    ['economy', 'economy', 'social', 'governance', 'investment'],
  );
  assert.ok(plots.growth(figures[1]!) && !plots.growth(figures[0]!));
  assert.ok(plots.investment(figures[4]!) && !plots.investment(figures[0]!));
});

test('a range keeps its upper bound; a measure word before a quoted name takes the phrase after', () => {
  const { figures } = read('搭建并落地2-3个场景。3条“四好农村路”建成通车。');
  assert.deepEqual(
    figures.map((figure) => [figure.raw, figure.value, figure.upper]),
    [
      ['2-3个', 2, 3],
      ['3条', 3, null],
    ],
  );
  assert.equal(figures[1]?.measure, '“四好农村路”建成通车');
});

test('numbers that are not figures, each with its reason', () => {
  const reason = (text: string, number: string) => skipReason(text, text.indexOf(number), text.indexOf(number) + number.length);
  assert.equal(reason('2022年是关键之年', '2022'), 'year');
  assert.equal(reason('2021蹄疾步稳', '2021'), 'year');
  assert.equal(reason('2月28日上午', '28'), 'date');
  assert.equal(reason('于12月底启动', '12'), 'date');
  assert.equal(reason('位列全区第2', '2'), 'ordinal');
  assert.equal(reason('实施20周年', '20'), 'ordinal');
  assert.equal(reason('构建“1+21+X”体系', '21'), 'name');
  assert.equal(reason('推动PM2.5和臭氧', '2.5'), 'designation');
  assert.equal(reason('地铁7号线', '7'), 'designation');
  assert.equal(reason('新增企业2022家', '2022'), undefined, 'a count that looks like a year is a figure');
  const { figures, skipped } = read('1-6月，采集事件4234件。');
  assert.deepEqual(
    skipped.map((entry) => [entry.number, entry.reason]),
    [
      ['1', 'date'],
      ['6', 'date'],
    ],
  );
  assert.deepEqual(
    figures.map((figure) => figure.raw),
    ['4234件'],
  );
});

test('a number that no rule explains is named, until content/figures.yaml gives its reason', () => {
  assert.deepEqual(read('编号123的文件').unexplained, ['123']);
  const reviewed = read('编号123的文件', '', { exceptions: [{ report: 'town', anchor: 's1-p1', number: '123', reason: 'a file number, not a quantity' }] });
  assert.deepEqual(reviewed.unexplained, []);
  assert.deepEqual(reviewed.skipped[0], { report: 'town', anchor: 's1-p1', number: '123', reason: 'exception', note: 'a file number, not a quantity' });
});

test('a reviewed measure replaces the one read from the clause, with its topic', () => {
  const [figure] = read('总投资1.3亿元推进污水治理。', '', {
    measures: [{ report: 'town', anchor: 's1-p1', raw: '1.3亿元', nth: 1, measure: '污水治理总投资', topic: 'investment' }],
  }).figures;
  assert.equal(figure?.measure, '污水治理总投资');
  assert.equal(figure?.topic, 'investment');
});

test('figures.csv: BOM, header, quoted cells, qualifiers joined by |', () => {
  const { figures } = read('排查隐患点850余处，“清零”。');
  const csv = figuresCsv(figures, ['raw', 'measure', 'qualifiers', 'en']);
  assert.equal(csv, '\uFEFFraw,measure,qualifiers,en\r\n850余处,排查隐患点,余,\r\n');
  const [quoted] = read('建设“绿色社区”3个').figures;
  assert.match(figuresCsv([quoted!], ['measure']), /"建设“绿色社区”"|建设“绿色社区”/);
});

test('content/figures.yaml errors name the file and the field', () => {
  assert.throws(
    () => parseFigureRules('reports: { town: { periods: [{ from: s1, period: "2022年", status: reported }] } }', 'figures.yaml'),
    /figures\.yaml: reports\.town\.periods\.0\.period/,
  );
});
