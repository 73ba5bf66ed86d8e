/**
 * The cite dialog's data for one report page: every format formatted at build
 * time by citeproc-js with the official styles, as templates the dialog
 * completes with the paragraph and today's date (src/lib/cite-fill.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages } from '../../../../i18n/index.ts';
import { reportCitations } from '../../../../build/report-citation.ts';
import { loadReportIndex, type ReportSummary } from '../../../../build/reports.ts';
import { perReport } from '../../../../build/partition.ts';

export const getStaticPaths = (async () => {
  const reports = await loadReportIndex();
  return languages.flatMap((lang) => perReport(reports).map((report) => ({ params: { lang, slug: report.slug }, props: { report } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals, props }) => {
  const templates = reportCitations((props as { report: ReportSummary }).report, locals.lang);
  return new Response(JSON.stringify(templates), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
