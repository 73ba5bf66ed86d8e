/** The TEI file of a rendered report (Astro side), for the data endpoint data/reports/<slug>.tei.xml. */
import type { Report } from './reports.ts';
import { teiXml } from '../lib/tei.ts';
import { absoluteUrl, pageUrl, reportUrl, sourceUrl } from '../lib/routes.ts';
import { edition } from '../lib/edition-info.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { toIsoDate } from '../lib/format.ts';

export function teiOf(report: Report): string {
  const { published, ...meta } = report.meta;
  const translation = report.translation;
  return teiXml({
    slug: report.slug,
    meta: { ...meta, published: published && toIsoDate(published) },
    blocks: report.blocks,
    anchors: report.anchors,
    editorial: report.editorial,
    glossaryTerms: report.glossaryTerms,
    translation: translation && {
      blocks: [...translation.blocks.values()],
      translatedBy: translation.meta.translatedBy,
      translated: toIsoDate(translation.meta.translated),
      revisions: translation.meta.revisions.map((revision) => ({ ...revision, date: toIsoDate(revision.date) })),
    },
    terms: loadGlossary(),
    edition: edition(),
    urls: {
      zh: absoluteUrl(reportUrl('zh', report.slug)),
      en: absoluteUrl(reportUrl('en', report.slug)),
      source: absoluteUrl(sourceUrl(report.meta.source.file)),
      method: { zh: absoluteUrl(pageUrl('zh', 'about')), en: absoluteUrl(pageUrl('en', 'about')) },
    },
  });
}
