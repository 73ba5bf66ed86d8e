/**
 * The vendored source texts, served byte for byte from sources/ so that a
 * reader can check the edition against what it was made from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { APIRoute } from 'astro';

export function getStaticPaths() {
  return readdirSync('sources')
    .filter((name) => name.endsWith('.txt') || name === 'SHA256SUMS')
    .map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(`sources/${params.file}`), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
