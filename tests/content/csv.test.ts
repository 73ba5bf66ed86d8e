/**
 * The CSV downloads as a spreadsheet program reads them: parsed with a real
 * CSV parser (csv-parse, RFC 4180), every cell is what the JSON export holds,
 * except that a cell beginning with =, +, -, @, a tab or a carriage return,
 * which Excel, LibreOffice and Google Sheets would run as a formula (CSV
 * injection), reads with a single quote before it: text (OWASP's advice,
 * src/lib/exports.ts `csvCell`). The JSON keeps the text as it is. Checked on
 * synthetic cells, on the five reports (none of whose cells needs it), and on
 * a copy of a real report whose headings are typed with ASCII hyphens
 * (--聚焦… for ——聚焦…) and whose paragraphs open with the review's hostile
 * cells, through the real pipeline, the per-report CSV and the corpus CSV.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { renderedCorpus } from '../support/corpus.ts';
import { copyContent, editReport, removeCopies } from '../support/content-copy.ts';
import { loadCorpus, type CorpusEntry } from '../../scripts/lib/corpus.ts';
import { csvCell, csvHead, exportReport, toCsv, type ReportExport } from '../../src/lib/exports.ts';
import { writeCorpusFile } from '../../src/build/corpus-files.ts';
import { edition } from '../../src/lib/edition-info.ts';

after(removeCopies);

/** What spreadsheet programs take for a formula at the start of a cell (OWASP, CSV Injection). */
const formula = /^[=+\-@\t\r]/;

/** The rows of a CSV as a spreadsheet's import reads them: BOM dropped, quotes resolved. */
const rows = (csv: string): string[][] => parse(csv, { bom: true }) as string[][];

/** Rows in a fixed order, to compare the corpus file's (the edition's order) with the reports' (by file name). */
const sorted = (table: string[][]) => table.map((row) => JSON.stringify(row)).sort();

/** The export of a rendered report, as the build makes it (src/build/report-export.ts), with what a test needs. */
function exported(entry: CorpusEntry): ReportExport {
  return exportReport({
    slug: entry.slug,
    meta: { slug: entry.slug, source: entry.data.source },
    anchors: entry.rendered.anchors,
    editorial: entry.rendered.editorial,
    english: entry.translation?.rendered.anchors,
    urls: { zh: '', en: '', source: '', markdown: '' },
    version: edition().version,
  });
}

/** The cells a report's CSV row should hold, as in the JSON export. */
const expectedCells = (report: ReportExport) =>
  report.blocks.map((block) => [
    report.slug,
    block.id,
    block.kind,
    block.printed,
    block.normalized,
    block.english ?? '',
    block.marks.map((mark) => `${mark.kind}:${mark.why}:${mark.printed}→${mark.reads}`).join(' | '),
    report.version,
  ]);

/** The corpus CSV as the build writes it (src/build/corpus-files.ts) from the per-report files, in the edition's order. */
async function corpusCsv(reports: ReportExport[]): Promise<string> {
  const files = new Map<string, string>([['data/search-manifest.json', JSON.stringify({ shards: [{ reports: reports.map((report) => report.slug) }] })]]);
  for (const report of reports) {
    files.set(`data/reports/${report.slug}.json`, JSON.stringify(report));
    files.set(`data/reports/${report.slug}.csv`, toCsv([report]));
  }
  let out = '';
  await writeCorpusFile(
    'data/corpus.csv',
    async (path) => files.get(path)!,
    (chunk) => void (out += chunk),
  );
  return out;
}

test('a cell that would run as a formula is read as text: a quote before it, the cell quoted; other cells as they are', () => {
  const hostile = ['=1+1', '+cmd', '-2+3', '-5%', '@SUM(1)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0", '=HYPERLINK("https://example.com/","click")', '-'];
  for (const value of hostile) {
    const cell = csvCell(value);
    assert.ok(cell.startsWith(`"'`), `${JSON.stringify(value)} is written ${JSON.stringify(cell)}`);
    assert.deepEqual(rows(cell), [[`'${value}`]]);
  }
  // Quotes, commas and line breaks as RFC 4180 has them; a formula character later in the cell, a space
  // or a full-width sign first, is no formula.
  for (const value of ['plain', '甲,"乙"', 'A\nB', 'a = b + c', ' =1+1', '－5%', '＝1+1', '——聚焦'])
    assert.deepEqual(rows(`${csvCell(value)},x`), [[value, 'x']], JSON.stringify(value));
  assert.equal(csvCell('plain'), 'plain');
});

test('the five reports’ CSV reads back cell for cell as their JSON export, with no formula', async () => {
  const reports = (await renderedCorpus()).map(exported);
  for (const report of reports) {
    const [head, ...body] = rows(toCsv([report]));
    assert.deepEqual(head, rows(csvHead)[0]);
    assert.deepEqual(body, expectedCells(report), report.slug);
    assert.deepEqual(
      body.flat().filter((cell) => formula.test(cell)),
      [],
    );
  }
  assert.deepEqual(sorted(rows(await corpusCsv(reports)).slice(1)), sorted(reports.flatMap(expectedCells)));
});

test('a real report with cells that begin with - = + @: its CSV and the corpus CSV read them as text, its JSON keeps them', async () => {
  const dir = copyContent();
  // suoqian's six ——聚焦… headings, typed with ASCII hyphens in both languages.
  editReport(dir, 'suoqian', (markdown) => markdown.replaceAll('### ——聚焦', '### --聚焦'));
  editReport(dir, 'suoqian', (markdown) => markdown.replaceAll('### — Focusing', '### - Focusing'), 'en');
  // Two opening paragraphs of taoyan, begun with the review's hostile cells (the English's quotes come out curly).
  editReport(dir, 'taoyan', (markdown) => markdown.replace('\n\n2022年', '\n\n=1+1 2022年').replace('\n\n根据', '\n\n@SUM(1) 根据'));
  editReport(dir, 'taoyan', (markdown) => markdown.replace('\n\nThe year 2022', "\n\n=cmd|' /C calc'!A0 The year 2022").replace('\n\nIn accordance', '\n\n+cmd In accordance'), 'en');
  const reports = (await loadCorpus(dir)).map(exported);
  const bySlug = new Map(reports.map((report) => [report.slug, report]));

  const suoqian = bySlug.get('suoqian')!;
  const headings = suoqian.blocks.filter((block) => block.printed.startsWith('--'));
  assert.equal(headings.length, 6, 'six headings begin with -- in the printed reading');
  assert.ok(
    headings.every((block) => block.english?.startsWith('- Focusing')),
    'and with “- ” in the English',
  );
  const taoyan = bySlug.get('taoyan')!;
  const [first, second] = taoyan.blocks.filter((block) => block.kind === 'paragraph');
  // The JSON: the text as it is.
  assert.ok(first!.normalized.startsWith('=1+1 2022年') && first!.english!.startsWith('=cmd|’ /C calc’!A0 The year'), JSON.stringify(first));
  assert.ok(second!.normalized.startsWith('@SUM(1) 根据') && second!.english!.startsWith('+cmd In accordance'), JSON.stringify(second));

  const neutralized = (report: ReportExport) => expectedCells(report).map((cells) => cells.map((cell) => (formula.test(cell) ? `'${cell}` : cell)));
  for (const report of [suoqian, taoyan]) {
    const body = rows(toCsv([report])).slice(1);
    assert.deepEqual(body, neutralized(report), report.slug);
    assert.deepEqual(
      body.flat().filter((cell) => formula.test(cell)),
      [],
      `${report.slug}.csv: no cell a spreadsheet would run`,
    );
  }
  const corpus = rows(await corpusCsv(reports)).slice(1);
  assert.deepEqual(sorted(corpus), sorted(reports.flatMap(neutralized)));
  const cell = (slug: string, id: string, column: number) => corpus.find((row) => row[0] === slug && row[1] === id)![column];
  assert.match(cell('suoqian', headings[0]!.id, 3)!, /^'--聚焦环境提升/);
  assert.match(cell('suoqian', headings[0]!.id, 5)!, /^'- Focusing on Environmental Improvement/);
  assert.equal(cell('taoyan', first!.id, 5), `'${first!.english}`);
  assert.equal(cell('taoyan', second!.id, 4), `'${second!.normalized}`);
});
