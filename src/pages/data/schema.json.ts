/** The JSON Schema that every report export (and each item of corpus.json) follows. */
import type { APIRoute } from 'astro';
import { exportSchema } from '../../lib/exports.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(exportSchema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
