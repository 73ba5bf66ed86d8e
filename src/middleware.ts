/**
 * The page's interface language, once per request: the [lang] segment of the
 * route (/zh/…, /en/…), Chinese for pages outside them (the doorway, 404).
 * Pages and components read Astro.locals.lang and Astro.locals.t instead of
 * passing the language down as a prop.
 *
 * In a build, the Content-Security-Policy <meta> that Astro writes at the end
 * of <head> is moved to its top (policyFirst, src/lib/host-headers.ts), so
 * that it governs everything the head holds.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLang, translator } from './i18n/index.ts';
import { policyFirst } from './lib/host-headers.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = isLang(context.params.lang) ? context.params.lang : 'zh';
  context.locals.lang = lang;
  context.locals.t = translator(lang);
  const response = await next();
  if (!import.meta.env.PROD || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(policyFirst(await response.text()), { status: response.status, statusText: response.statusText, headers });
});
