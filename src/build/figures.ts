/**
 * The figures of the reports for the site, one report at a time (src/lib/figures.ts does the reading, with
 * the reviewed rules of <content>/figures.yaml; none for a corpus without the file). A report's figures are
 * its files data/figures/reports/<slug>.{json,csv} (src/pages/data/figures/reports/[file].ts); the corpus files
 * data/figures.{json,csv} and the plots' CSV are put together from those after the build
 * (src/build/figures-files.ts), so no step holds every figure. The figures page reads figuresPage: the
 * counts, and the figures themselves only while they are few enough to list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { contentDir } from '../config.ts';
import { figuresOfReport, pageLimit, parseFigureRules, type Figure, type FigureRules, type ParagraphFigures } from '../lib/figures.ts';
import { absoluteUrl, reportUrl } from '../lib/routes.ts';
import { loadReportIndex, renderReport, type ReportSummary } from './reports.ts';

function readRules(): FigureRules {
  const file = `${contentDir}/figures.yaml`;
  return existsSync(file) ? parseFigureRules(readFileSync(file, 'utf8'), file) : { reports: {}, exceptions: [], measures: [] };
}

let rules: FigureRules | undefined;

/** The last report read: its two files (.json, .csv) are written one after the other. */
let last: { slug: string; figures: Promise<ParagraphFigures> } | undefined;

/** One report's figures and skipped numbers, in text order. */
export function reportFigures(summary: ReportSummary): Promise<ParagraphFigures> {
  if (import.meta.env.DEV || last?.slug !== summary.slug) last = { slug: summary.slug, figures: readFigures(summary) };
  return last.figures;
}

async function readFigures(summary: ReportSummary): Promise<ParagraphFigures> {
  const report = await renderReport(summary);
  // Read once per build; again on each call under `astro dev`, as the file may change.
  const reviewed = import.meta.env.DEV ? readRules() : (rules ??= readRules());
  const source = { slug: report.slug, town: report.meta.town, years: report.meta.yearsCovered, anchors: report.anchors, english: report.translation?.anchors ?? [] };
  return figuresOfReport(source, reviewed, (lang, slug, anchor) => absoluteUrl(reportUrl(lang, slug, anchor)));
}

export interface FiguresPage {
  figures: number;
  skipped: number;
  /** Every figure, in the reports' order, if there are at most pageLimit; else null (the page lists none). */
  listed: Figure[] | null;
}

async function computePage(): Promise<FiguresPage> {
  const page: FiguresPage = { figures: 0, skipped: 0, listed: [] };
  for (const summary of await loadReportIndex()) {
    const { figures, skipped } = await reportFigures(summary);
    page.figures += figures.length;
    page.skipped += skipped.length;
    // Past the limit the figures are counted, not kept.
    if (page.listed && page.figures > pageLimit) page.listed = null;
    page.listed?.push(...figures);
  }
  return page;
}

let built: Promise<FiguresPage> | undefined;

/** What the figures page shows, once per build for both languages (again on each call under `astro dev`). */
export function figuresPage(): Promise<FiguresPage> {
  if (import.meta.env.DEV) return computePage();
  built ??= computePage();
  return built;
}
