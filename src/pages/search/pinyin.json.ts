/** The pinyin table of src/lib/search-pinyin.ts (glossary terms and place names), fetched by the search page for a query of Latin letters only. */
import type { APIRoute } from 'astro';
import { editionPinyinTable } from '../../build/search-tables.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await editionPinyinTable()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
