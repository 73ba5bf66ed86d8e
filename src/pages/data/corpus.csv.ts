/** The whole corpus as CSV: one row per section, paragraph or removed block. */
import type { APIRoute } from 'astro';
import { loadReports } from '../../build/reports.ts';
import { exportOf } from '../../build/report-export.ts';
import { toCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async () => new Response(toCsv((await loadReports()).map(exportOf)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
