/**
 * The corpus-wide figures files, data/figures.json, data/figures.csv and each plot's data
 * (data/figures/<plot>.csv), put together after the build from the reports' own figures files
 * (data/figures/reports/<slug>.json and .csv), one report at a time, as src/build/corpus-files.ts puts
 * corpus.json together: no more than one report's figures are held, however large the corpus.
 */
import { figuresCsvHead, figuresCsvRows, figuresJson, plots, type FiguresExport, type PlotName } from '../lib/figures.ts';
import { edition } from '../lib/edition-info.ts';

type Read = (path: string) => Promise<string>;
type Write = (chunk: string) => Promise<void> | void;

const reportFile = (slug: string) => `data/figures/reports/${slug}.json`;
const readReport = async (read: Read, slug: string) => JSON.parse(await read(reportFile(slug))) as FiguresExport;

/** Each report's file read in turn, one field of it at a time. */
async function* eachReport<Key extends 'figures' | 'skipped'>(slugs: string[], read: Read, key: Key): AsyncGenerator<FiguresExport[Key]> {
  for (const slug of slugs) yield (await readReport(read, slug))[key];
}

/** figures.json: the counts (a first reading of the reports' files), then their figures, then their skipped numbers. */
async function writeJson(slugs: string[], read: Read, write: Write) {
  const counts: FiguresExport['counts'] = {};
  for (const slug of slugs) Object.assign(counts, (await readReport(read, slug)).counts);
  for await (const chunk of figuresJson(edition().version, counts, eachReport(slugs, read, 'figures'), eachReport(slugs, read, 'skipped'))) await write(chunk);
}

/** figures.csv: one head, then each report's rows (its CSV without the head). */
async function writeCsv(slugs: string[], read: Read, write: Write) {
  await write(figuresCsvHead());
  // The head is the first line (a BOM before it, unless the reader decoded it away, as fetch does).
  for (const slug of slugs) await write((await read(`data/figures/reports/${slug}.csv`)).replace(/^\uFEFF?.*\r\n/, ''));
}

/** A plot's CSV: the rows of figures.csv that the plot draws. */
const writePlot = (plot: PlotName) => async (slugs: string[], read: Read, write: Write) => {
  await write(figuresCsvHead());
  for await (const figures of eachReport(slugs, read, 'figures')) await write(figuresCsvRows(figures.filter(plots[plot])));
};

export const figuresFileWriters: Record<string, (slugs: string[], read: Read, write: Write) => Promise<void>> = {
  'data/figures.json': writeJson,
  'data/figures.csv': writeCsv,
  ...Object.fromEntries((Object.keys(plots) as PlotName[]).map((plot) => [`data/figures/${plot}.csv`, writePlot(plot)])),
};
