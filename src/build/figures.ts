/**
 * The figures of the reports for the site: /data/figures.{json,csv}, the plots' CSV files and the figures
 * page read them from here, computed once per build from the renderings (src/lib/figures.ts does the reading)
 * and the reviewed rules of <content>/figures.yaml (none for a corpus without the file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { contentDir } from '../config.ts';
import { corpusFigures, figuresExport, parseFigureRules, type FigureRules, type FiguresExport } from '../lib/figures.ts';
import { edition } from '../lib/edition-info.ts';
import { absoluteUrl, reportUrl } from '../lib/routes.ts';
import { loadReportIndex, renderReport } from './reports.ts';

async function compute(): Promise<FiguresExport> {
  const file = `${contentDir}/figures.yaml`;
  const rules: FigureRules = existsSync(file) ? parseFigureRules(readFileSync(file, 'utf8'), file) : { reports: {}, exceptions: [], measures: [] };
  const reports = [];
  for (const summary of await loadReportIndex()) {
    const report = await renderReport(summary);
    reports.push({ slug: report.slug, town: report.meta.town, years: report.meta.yearsCovered, anchors: report.anchors, english: report.translation?.anchors ?? [] });
  }
  const { figures, skipped } = corpusFigures(reports, rules, (lang, slug, anchor) => absoluteUrl(reportUrl(lang, slug, anchor)));
  return figuresExport(edition().version, figures, skipped);
}

let built: Promise<FiguresExport> | undefined;

/** Every figure and every skipped number, once per build (again on each call under `astro dev`). */
export function loadFigures(): Promise<FiguresExport> {
  if (import.meta.env.DEV) return compute();
  built ??= compute();
  return built;
}
