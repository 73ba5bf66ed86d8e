/**
 * Per-report downloads: <slug>.json, <slug>.csv, and the Markdown of the
 * Chinese text and of the translation (<slug>.zh.md, <slug>.en.md).
 */
import { readFileSync, existsSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { loadReports, type Report } from '../../../build/reports.ts';
import { exportOf } from '../../../build/report-export.ts';
import { toCsv } from '../../../lib/exports.ts';
import { contentDir } from '../../../config.ts';

export async function getStaticPaths() {
  const reports = await loadReports();
  return reports.flatMap((report) =>
    ['json', 'csv', 'zh.md', ...(existsSync(`${contentDir}/reports/en/${report.slug}.md`) ? ['en.md'] : [])].map((extension) => ({
      params: { file: `${report.slug}.${extension}` },
      props: { report, extension },
    })),
  );
}

const types: Record<string, string> = { json: 'application/json', csv: 'text/csv', 'zh.md': 'text/markdown', 'en.md': 'text/markdown' };

export const GET: APIRoute = ({ props }) => {
  const { report, extension } = props as { report: Report; extension: string };
  let body: string;
  if (extension === 'json') body = `${JSON.stringify(exportOf(report), null, 2)}\n`;
  else if (extension === 'csv') body = toCsv([exportOf(report)]);
  else body = readFileSync(`${contentDir}/reports/${extension.slice(0, 2)}/${report.slug}.md`, 'utf8');
  return new Response(body, { headers: { 'Content-Type': `${types[extension]}; charset=utf-8` } });
};
