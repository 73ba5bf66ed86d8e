/** The whole corpus as CSV: one row per section, paragraph or removed block. */
import type { APIRoute } from 'astro';
import { loadReportIndex } from '../../build/reports.ts';
import { corpusBody } from '../../build/report-export.ts';
import { csvHead, csvRows } from '../../lib/exports.ts';

export const GET: APIRoute = async () => new Response(corpusBody(await loadReportIndex(), csvHead, csvRows, ''), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
