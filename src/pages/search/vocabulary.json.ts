/** The vocabulary of src/lib/search-suggest.ts (English words, glossary terms, pinyin), fetched by the search page after a search that found nothing. */
import type { APIRoute } from 'astro';
import { editionVocabulary } from '../../build/search-tables.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await editionVocabulary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
