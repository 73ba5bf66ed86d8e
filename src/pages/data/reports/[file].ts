/**
 * Per-report downloads: <slug>.json, <slug>.csv, the TEI P5 file
 * (<slug>.tei.xml, src/lib/tei.ts), and the Markdown of the Chinese text and
 * of the translation (<slug>.zh.md, <slug>.en.md).
 */
import { existsSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { loadReportIndex, renderReport, type ReportSummary } from '../../../build/reports.ts';
import { perReport } from '../../../build/partition.ts';
import { exportOf } from '../../../build/report-export.ts';
import { teiOf } from '../../../build/report-tei.ts';
import { toCsv } from '../../../lib/exports.ts';
import { contentDir } from '../../../config.ts';
import { readContentMarkdown } from '../../../lib/text-file.ts';

export async function getStaticPaths() {
  const reports = await loadReportIndex();
  return perReport(reports).flatMap((summary) =>
    ['json', 'csv', 'tei.xml', 'zh.md', ...(existsSync(`${contentDir}/reports/en/${summary.slug}.md`) ? ['en.md'] : [])].map((extension) => ({
      params: { file: `${summary.slug}.${extension}` },
      props: { summary, extension },
    })),
  );
}

const types: Record<string, string> = { json: 'application/json', csv: 'text/csv', 'tei.xml': 'application/tei+xml', 'zh.md': 'text/markdown', 'en.md': 'text/markdown' };

export const GET: APIRoute = async ({ props }) => {
  const { summary, extension } = props as { summary: ReportSummary; extension: string };
  let body: string;
  if (extension === 'json') body = `${JSON.stringify(exportOf(await renderReport(summary)), null, 2)}\n`;
  else if (extension === 'csv') body = toCsv([exportOf(await renderReport(summary))]);
  else if (extension === 'tei.xml') body = teiOf(await renderReport(summary));
  // The Markdown as the edition read it (src/lib/text-file.ts).
  else body = readContentMarkdown(`${contentDir}/reports/${extension.slice(0, 2)}/${summary.slug}.md`).text;
  return new Response(body, { headers: { 'Content-Type': `${types[extension]}; charset=utf-8` } });
};
