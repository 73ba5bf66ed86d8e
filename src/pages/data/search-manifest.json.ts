/**
 * The layout of the search index (src/lib/search-records.ts, SearchManifest):
 * the shard size (SEARCH_SHARD_SIZE, read here at build time and nowhere
 * else), the shards, and which reports each holds. build-search.ts indexes
 * exactly these shards, and the search page takes its shard count from the
 * same layout, so the page never misses a shard.
 */
import type { APIRoute } from 'astro';
import { searchLayout } from '../../build/search-layout.ts';

export const GET: APIRoute = async () => new Response(`${JSON.stringify(await searchLayout(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
