/** /data/figures.json: every figure of the reports and every number set aside, with counts per report (figuresSchema). */
import type { APIRoute } from 'astro';
import { loadFigures } from '../../build/figures.ts';
import { pageLimit } from '../../lib/figures.ts';

export const GET: APIRoute = async () => {
  const data = await loadFigures();
  // Indented for the edition; compact for a corpus as large as the benchmark's.
  return new Response(`${JSON.stringify(data, null, data.figures.length <= pageLimit ? 2 : undefined)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
