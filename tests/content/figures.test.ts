/**
 * Every figure of the five reports as data (src/lib/figures.ts, /data/figures.json and .csv): each row's
 * figure stands in its paragraph, every Arabic number of every paragraph is in a row or skipped for a
 * recorded reason, the reviewed rules of content/figures.yaml are all still needed, and the counts per
 * report are as the changelog states them. The corpus files, put together report by report from the reports'
 * own figures files as the build does, hold exactly every report's rows and validate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { renderedCorpus } from '../support/corpus.ts';
import { arabicNumbers, figuresCsv, figuresExport, figuresOfReport, figuresSchema, parseFigureRules, plots, reportFiguresJson, type FigureReport } from '../../src/lib/figures.ts';
import { writeCorpusFile } from '../../src/build/corpus-files.ts';
import { figuresFileWriters } from '../../src/build/figures-files.ts';
import { edition } from '../../src/lib/edition-info.ts';
import { reportOrder, type ReportMeta } from '../../src/lib/schema.ts';
import { reportUrl } from '../../src/lib/routes.ts';

const corpus = await renderedCorpus();
const rules = parseFigureRules(readFileSync('content/figures.yaml', 'utf8'));
// In the edition's order, as the site lists them and the corpus files hold them.
const reports: FigureReport[] = corpus.toSorted((a, b) => reportOrder(a.data as ReportMeta, b.data as ReportMeta)).map((entry) => ({
  slug: entry.slug,
  town: entry.data.town as { zh: string; en: string },
  years: entry.data.yearsCovered as number[],
  anchors: entry.rendered.anchors,
  english: entry.translation?.rendered.anchors ?? [],
}));
const perReport = reports.map((report) => ({ slug: report.slug, ...figuresOfReport(report, rules, reportUrl) }));
const figures = perReport.flatMap((report) => report.figures);
const skipped = perReport.flatMap((report) => report.skipped);
const unexplained = perReport.flatMap((report) => report.unexplained);
const texts = new Map(corpus.flatMap((entry) => entry.rendered.anchors.map((anchor) => [`${entry.slug}#${anchor.id}`, anchor.text] as const)));

test('every figure stands in its paragraph exactly as written, with its value', () => {
  for (const figure of figures) {
    const text = texts.get(`${figure.report}#${figure.anchor}`);
    assert.ok(text?.includes(figure.raw), `${figure.report}#${figure.anchor}: “${figure.raw}” is not in the paragraph`);
    assert.ok(figure.raw.includes(String(figure.value)) || figure.raw.startsWith(String(figure.value).replace(/^0\./, '.')), `${figure.raw} holds ${figure.value}`);
  }
});

test('every Arabic number of every paragraph is in a figure or skipped for a reason', () => {
  assert.deepEqual(unexplained, [], 'numbers that are neither a figure nor explained by a rule: add a rule or an exception to content/figures.yaml');
  // Counted independently of the extraction's bookkeeping: the numbers of each paragraph.
  for (const [key, text] of texts) {
    const [report, anchor] = key.split('#') as [string, string];
    const rows = figures.filter((figure) => figure.report === report && figure.anchor === anchor);
    const reasons = skipped.filter((entry) => entry.report === report && entry.anchor === anchor);
    if (corpus.find((entry) => entry.slug === report)!.rendered.anchors.find((item) => item.id === anchor)!.kind === 'block') continue;
    const accounted = rows.flatMap((figure) => arabicNumbers(figure.raw)).length + reasons.length;
    assert.equal(accounted, arabicNumbers(text).length, `${key}: ${arabicNumbers(text).join(' ')} vs figures ${rows.map((figure) => figure.raw).join(' ')} and skipped ${reasons.map((entry) => `${entry.number} (${entry.reason})`).join(' ')}`);
  }
});

test('the skipped numbers are years, dates, ordinals, names, designations or reviewed exceptions', () => {
  assert.deepEqual([...new Set(skipped.map((entry) => entry.reason))].sort(), ['date', 'designation', 'name', 'ordinal', 'year']);
  for (const entry of skipped.filter((item) => item.reason === 'year')) assert.match(entry.number, /^(19|20)\d\d$/);
});

test('every figure has its English rendering, from the aligned paragraph', () => {
  const missing = figures.filter((figure) => !figure.en).map((figure) => `${figure.report}#${figure.anchor} ${figure.raw}`);
  assert.deepEqual(missing, []);
  const wenyan = figures.find((figure) => figure.raw === '15.3亿元')!;
  assert.equal(wenyan.en, '1.53 billion yuan');
  assert.equal(wenyan.normalized, 1_530_000_000);
  assert.equal(wenyan.measure, '规上工业总产值');
});

test('each reviewed measure and exception of content/figures.yaml still names a figure or number', () => {
  for (const entry of rules.measures)
    assert.ok(
      figures.some((figure) => figure.report === entry.report && figure.anchor === entry.anchor && figure.raw === entry.raw && figure.measure === entry.measure),
      `content/figures.yaml: measures: ${entry.report}#${entry.anchor} ${entry.raw} is no figure`,
    );
  for (const entry of rules.exceptions) assert.ok(texts.get(`${entry.report}#${entry.anchor}`)?.includes(entry.number), `content/figures.yaml: exceptions: ${entry.report}#${entry.anchor} ${entry.number}`);
  assert.deepEqual(Object.keys(rules.reports).sort(), corpus.map((entry) => entry.slug).sort(), 'a period for every report');
});

test('counts per report', () => {
  const data = figuresExport('1.0.0', figures, skipped);
  assert.deepEqual(data.counts, {
    gutang: { figures: 16, skipped: 5 },
    jingjiang: { figures: 15, skipped: 6 },
    suoqian: { figures: 45, skipped: 13 },
    taoyan: { figures: 17, skipped: 7 },
    wenyan: { figures: 58, skipped: 14 },
  });
});

test('figures.json validates against its schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(figuresSchema);
  const data = JSON.parse(JSON.stringify(figuresExport('1.1.0', figures, skipped)));
  assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 3)));
});

test('every plotted figure has its English measure (the plots’ labels in English)', () => {
  const plotted = figures.filter((figure) => plots.investment(figure) || plots.growth(figure));
  assert.ok(plotted.length >= 10);
  assert.deepEqual(
    plotted.filter((figure) => !figure.measureEn).map((figure) => `${figure.report}#${figure.anchor} ${figure.raw}`),
    [],
  );
});

test('the corpus files are the reports’ own figures files put together: every row of each, in order, valid', async () => {
  const version = edition().version;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(figuresSchema);
  // The built site as the after-build step reads it: the manifest and each report's export (for the order), and its figures files.
  const files = new Map<string, string>([['data/search-manifest.json', JSON.stringify({ shards: [{ reports: corpus.map((entry) => entry.slug) }] })]]);
  for (const entry of corpus) files.set(`data/reports/${entry.slug}.json`, JSON.stringify({ metadata: { source: entry.data.source } }));
  for (const report of perReport) {
    const json = await reportFiguresJson(version, report.slug, report.figures, report.skipped);
    assert.ok(validate(JSON.parse(json)), `figures/reports/${report.slug}.json: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    files.set(`data/figures/reports/${report.slug}.json`, json);
    files.set(`data/figures/reports/${report.slug}.csv`, figuresCsv(report.figures));
  }
  const written = async (name: string) => {
    let out = '';
    await writeCorpusFile(name, async (path) => files.get(path) ?? assert.fail(`${path} was not written`), (chunk) => void (out += chunk));
    return out;
  };
  const json = JSON.parse(await written('data/figures.json'));
  assert.ok(validate(json), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.deepEqual(json, JSON.parse(JSON.stringify(figuresExport(version, figures, skipped))));
  assert.equal(await written('data/figures.csv'), figuresCsv(figures));
  for (const [plot, drawn] of Object.entries(plots)) assert.equal(await written(`data/figures/${plot}.csv`), figuresCsv(figures.filter(drawn)), plot);
  assert.deepEqual(Object.keys(figuresFileWriters).sort(), ['data/figures.csv', 'data/figures.json', 'data/figures/growth.csv', 'data/figures/investment.csv']);
});

test('the corpus files are written as they are read: each report’s rows go out before the next report’s file is read', async () => {
  const version = edition().version;
  const files = new Map<string, string>([['data/search-manifest.json', JSON.stringify({ shards: [{ reports: corpus.map((entry) => entry.slug) }] })]]);
  for (const entry of corpus) files.set(`data/reports/${entry.slug}.json`, JSON.stringify({ metadata: { source: entry.data.source } }));
  for (const report of perReport) {
    files.set(`data/figures/reports/${report.slug}.json`, await reportFiguresJson(version, report.slug, report.figures, report.skipped));
    files.set(`data/figures/reports/${report.slug}.csv`, figuresCsv(report.figures));
  }
  for (const name of ['data/figures.json', 'data/figures.csv']) {
    const events: string[] = [];
    await writeCorpusFile(
      name,
      async (path) => (events.push(`read ${path}`), files.get(path)!),
      (chunk) => void events.push(`write ${chunk}`),
    );
    // Each reading of a report's figures file is followed by a write holding its first figure (every report here has figures).
    const figureReads = events.flatMap((event, index) => (/^read data\/figures\/reports\//.test(event) ? [index] : []));
    assert.ok(figureReads.length >= perReport.length, name);
    const rowsOut = figureReads.filter((index) => {
      const slug = /reports\/([a-z]+)\.(json|csv)$/.exec(events[index]!)![1]!;
      const first = perReport.find((report) => report.slug === slug)!.figures[0]!;
      return events[index + 1]?.startsWith('write') && events[index + 1]!.includes(first.raw);
    });
    // figures.json reads each file three times (counts, figures, skipped): the figures pass writes rows after each.
    assert.equal(rowsOut.length, perReport.length, `${name}: ${events.map((event) => event.slice(0, 60)).join('\n')}`);
  }
});
