/** The JSON Schema of /data/figures.json. */
import type { APIRoute } from 'astro';
import { figuresSchema } from '../../lib/figures.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(figuresSchema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
