/** /data/figures.json: every figure of the reports and every number set aside, with counts per report (figuresSchema). */
import type { APIRoute } from 'astro';
import { loadFigures } from '../../build/figures.ts';

export const GET: APIRoute = async () => new Response(`${JSON.stringify(await loadFigures(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
