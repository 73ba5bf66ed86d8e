/** Builds the export of a rendered report (Astro side), used by the data endpoints. */
import type { Report } from './reports.ts';
import { exportReport } from '../lib/exports.ts';
import { absoluteUrl } from './site.ts';
import { edition } from './edition-info.ts';

export function exportOf(report: Report) {
  const { notes, ...meta } = report.meta;
  return exportReport({
    slug: report.slug,
    meta: { ...meta, notes, published: meta.published?.toISOString().slice(0, 10) },
    anchors: report.anchors,
    editorial: report.editorial,
    english: report.translation?.anchors,
    translation: report.translation ? { ...report.translation.meta, translated: report.translation.meta.translated.toISOString().slice(0, 10) } : undefined,
    version: edition().version,
    urls: {
      zh: absoluteUrl(`zh/reports/${report.slug}/`),
      en: absoluteUrl(`en/reports/${report.slug}/`),
      source: absoluteUrl(`sources/${report.meta.source.file}`),
      markdown: absoluteUrl(`data/reports/${report.slug}.zh.md`),
    },
  });
}
