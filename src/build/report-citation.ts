/** A loaded report described for citation on the page in `lang` (Astro side: absolute URLs, the edition). */
import { describe, type Described } from '../lib/bibliography.ts';
import { edition } from '../lib/edition-info.ts';
import type { Report } from './reports.ts';
import { absoluteUrl, pageUrl, reportUrl } from '../lib/routes.ts';

export function describeReport(report: Report, lang: 'zh' | 'en'): Described {
  return describe({
    slug: report.slug,
    meta: report.meta,
    translation: report.translation?.meta,
    lang,
    url: absoluteUrl(reportUrl(lang, report.slug)),
    edition: edition(),
    editionUrl: absoluteUrl(pageUrl(lang)),
  });
}
