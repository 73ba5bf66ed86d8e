/** A report described for citation on the page in `lang` (Astro side: absolute URLs, the edition); its metadata is enough. */
import { describe, type Described } from '../lib/bibliography.ts';
import { edition } from '../lib/edition-info.ts';
import type { ReportSummary } from './reports.ts';
import { absoluteUrl, pageUrl, reportUrl } from '../lib/routes.ts';

export function describeReport(
  report: Pick<ReportSummary, 'slug' | 'meta'> & { translation?: Pick<NonNullable<ReportSummary['translation']>, 'meta'> },
  lang: 'zh' | 'en',
): Described {
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
