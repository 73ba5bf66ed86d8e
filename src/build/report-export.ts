/**
 * Builds the export of a rendered report (Astro side), used by the data endpoints: every block of the
 * report is in it, and it follows the edition's own schema (data/schema.json), or the build stops.
 */
import type { Report } from './reports.ts';
import { assertValidExport, exportedTranslation, exportReport } from '../lib/exports.ts';
import { absoluteUrl, reportDataUrl, reportUrl, sourceUrl } from '../lib/routes.ts';
import { edition } from '../lib/edition-info.ts';
import { toIsoDate } from '../lib/format.ts';

export function exportOf(report: Report) {
  const { notes, ...meta } = report.meta;
  const exported = exportReport({
    slug: report.slug,
    meta: { ...meta, notes, published: meta.published && toIsoDate(meta.published) },
    anchors: report.anchors,
    editorial: report.editorial,
    english: report.translation?.anchors,
    translation: report.translation && exportedTranslation(report.translation.meta),
    version: edition().version,
    urls: {
      zh: absoluteUrl(reportUrl('zh', report.slug)),
      en: absoluteUrl(reportUrl('en', report.slug)),
      source: absoluteUrl(sourceUrl(report.meta.source.file)),
      markdown: absoluteUrl(reportDataUrl(report.slug, 'zh.md')),
    },
  });
  // The page shows report.blocks, one row each; the export must hold the same blocks.
  const ids = (blocks: { id: string }[]) => blocks.map((block) => block.id).join(' ');
  if (ids(exported.blocks) !== ids(report.blocks))
    throw new Error(`data/reports/${report.slug}.json: ${exported.blocks.length} blocks exported, ${report.blocks.length} on the page; every block must reach both`);
  assertValidExport(exported);
  return exported;
}
