/** Builds the export of a rendered report (Astro side), used by the data endpoints. */
import { renderReport, type Report, type ReportSummary } from './reports.ts';
import { exportReport, type ReportExport } from '../lib/exports.ts';
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

/**
 * A body written report by report, each read and exported when the response is read, so that the
 * corpus's exports are never all in memory at once (Astro still collects the bytes to write the file).
 */
export function corpusBody(reports: ReportSummary[], head: string, part: (exported: ReportExport, index: number) => string, tail: string) {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(encoder.encode(head)),
    pull: async (controller) => {
      if (next === reports.length) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      const index = next++;
      controller.enqueue(encoder.encode(part(exportOf(await renderReport(reports[index]!)), index)));
    },
  });
}
