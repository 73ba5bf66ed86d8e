/**
 * robots.txt: every page may be crawled; the sitemap's absolute address
 * follows SITE_URL and BASE_PATH. Crawlers read robots.txt only at the root
 * of a host, so an edition under a sub-path (BASE_PATH) publishes it there
 * for the host to serve or merge into its own.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap-index.xml'))}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
