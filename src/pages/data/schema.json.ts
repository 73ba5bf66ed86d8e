/** The JSON Schema that every report export (and each item of corpus.json) follows, with its own address as `$id`. */
import type { APIRoute } from 'astro';
import { exportSchema } from '../../lib/exports.ts';
import { absoluteUrl, dataUrl } from '../../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(exportSchema(absoluteUrl(dataUrl('schema.json'))), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
