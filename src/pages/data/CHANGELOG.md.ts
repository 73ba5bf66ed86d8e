/** The edition's changelog, as published with each version. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () => new Response(readFileSync('CHANGELOG.md', 'utf8'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
