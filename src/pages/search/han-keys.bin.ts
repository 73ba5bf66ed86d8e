/** The bitmap of src/lib/han-keys.ts, fetched by the search page on a reader's first Chinese query. */
import type { APIRoute } from 'astro';
import { hanKeysBitmap } from '../../build/han-keys-bitmap.ts';

export const GET: APIRoute = () => new Response(Buffer.from(hanKeysBitmap()), { headers: { 'Content-Type': 'application/octet-stream' } });
