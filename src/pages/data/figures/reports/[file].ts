/**
 * One report's figures: data/figures/reports/<slug>.json (figures.json's layout and schema, for one report)
 * and <slug>.csv (figures.csv's columns). The corpus's figures files are put together from these after the
 * build (src/build/figures-files.ts).
 */
import type { APIRoute } from 'astro';
import { loadReportIndex, type ReportSummary } from '../../../../build/reports.ts';
import { reportFigures } from '../../../../build/figures.ts';
import { figuresCsv, reportFiguresJson } from '../../../../lib/figures.ts';
import { edition } from '../../../../lib/edition-info.ts';
import { perReport } from '../../../../build/partition.ts';

export async function getStaticPaths() {
  const reports = await loadReportIndex();
  return perReport(reports).flatMap((summary) =>
    (['json', 'csv'] as const).map((extension) => ({ params: { file: `${summary.slug}.${extension}` }, props: { summary, extension } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { summary, extension } = props as { summary: ReportSummary; extension: 'json' | 'csv' };
  const { figures, skipped } = await reportFigures(summary);
  if (extension === 'csv') return new Response(figuresCsv(figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(await reportFiguresJson(edition().version, summary.slug, figures, skipped), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
