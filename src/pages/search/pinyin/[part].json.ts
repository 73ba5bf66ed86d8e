/**
 * The pinyin table of src/lib/search-pinyin.ts (glossary terms and place names), one part per initial letter
 * of its keys, fetched by the search page for a query of Latin letters only: the parts its words begin with.
 */
import type { APIRoute } from 'astro';
import { editionPinyinTable } from '../../../build/search-tables.ts';
import { pinyinParts, splitPinyinTable } from '../../../lib/search-pinyin.ts';

export function getStaticPaths() {
  return pinyinParts.map((part) => ({ params: { part } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(splitPinyinTable(await editionPinyinTable())[params.part!]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
