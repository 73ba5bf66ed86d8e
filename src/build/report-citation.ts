/** A report described for citation on the page in `lang` (Astro side: absolute URLs, the edition); its metadata is enough. */
import { describe, type Described } from '../lib/bibliography.ts';
import { citationTemplates } from '../lib/citations.ts';
import type { CitationTemplates } from '../lib/cite-fill.ts';
import { edition } from '../lib/edition-info.ts';
import { styleSources } from '../lib/formats/citeproc.ts';
import { derivedFromRendering } from './rendering.ts';
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

let styles: string | undefined;

/**
 * The report's citations on the page in `lang` (citeproc-js, about 80 ms a report and language),
 * formatted once per build: its cite page and its cite dialog's data read the same file.
 */
export function reportCitations(report: Pick<ReportSummary, 'slug' | 'meta' | 'translation' | 'entries'>, lang: 'zh' | 'en'): CitationTemplates {
  const work = describeReport(report, lang);
  styles ??= styleSources();
  return derivedFromRendering(report.entries.report, `cite-${lang}`, `${styles}\0${JSON.stringify(work)}`, () => citationTemplates(work));
}
