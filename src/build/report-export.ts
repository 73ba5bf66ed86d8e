/** Builds the export of a rendered report (Astro side), used by the data endpoints. */
import type { Report } from './reports.ts';
import { exportReport } from '../lib/exports.ts';
import { absoluteUrl, reportDataUrl, reportUrl, sourceUrl } from '../lib/routes.ts';
import { edition } from '../lib/edition-info.ts';
import { toIsoDate } from '../lib/format.ts';

export function exportOf(report: Report) {
  const { notes, ...meta } = report.meta;
  return exportReport({
    slug: report.slug,
    meta: { ...meta, notes, published: meta.published && toIsoDate(meta.published) },
    anchors: report.anchors,
    editorial: report.editorial,
    english: report.translation?.anchors,
    translation: report.translation
      ? {
          ...report.translation.meta,
          translated: toIsoDate(report.translation.meta.translated),
          revisions: report.translation.meta.revisions.map((entry) => ({ ...entry, date: toIsoDate(entry.date) })),
        }
      : undefined,
    version: edition().version,
    urls: {
      zh: absoluteUrl(reportUrl('zh', report.slug)),
      en: absoluteUrl(reportUrl('en', report.slug)),
      source: absoluteUrl(sourceUrl(report.meta.source.file)),
      markdown: absoluteUrl(reportDataUrl(report.slug, 'zh.md')),
    },
  });
}
