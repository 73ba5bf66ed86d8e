/** /data/figures.csv: every figure of the reports, one a row (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { loadFigures } from '../../build/figures.ts';
import { figuresCsv } from '../../lib/figures.ts';

export const GET: APIRoute = async () => new Response(figuresCsv((await loadFigures()).figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
