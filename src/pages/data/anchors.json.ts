/**
 * Every anchor id the edition has published, per report, and the aliases of
 * ids that moved: the contract that a cited link keeps working.
 * content/anchors.json also records a fingerprint of the text of each id
 * (for npm run check:anchors); only the ids are published, as lists.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { contentDir } from '../../config.ts';

export const GET: APIRoute = () => {
  const snapshot = JSON.parse(readFileSync(`${contentDir}/anchors.json`, 'utf8')) as Record<string, string[] | Record<string, unknown>>;
  const ids = Object.fromEntries(Object.entries(snapshot).map(([slug, recorded]) => [slug, Array.isArray(recorded) ? recorded : Object.keys(recorded)]));
  const aliases = JSON.parse(readFileSync(`${contentDir}/anchor-aliases.json`, 'utf8')) as Record<string, Record<string, string>>;
  return new Response(`${JSON.stringify({ ids, aliases }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
