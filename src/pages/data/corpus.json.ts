/** The whole corpus as one JSON file: every report's export. */
import type { APIRoute } from 'astro';
import { loadReports } from '../../build/reports.ts';
import { exportOf } from '../../build/report-export.ts';
import { edition } from '../../lib/edition-info.ts';

export const GET: APIRoute = async () => {
  const reports = (await loadReports()).map(exportOf);
  return new Response(`${JSON.stringify({ edition: 'Town Reports', version: edition().version, reports }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
