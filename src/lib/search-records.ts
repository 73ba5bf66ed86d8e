/**
 * What the search index holds: one record per section heading and per
 * paragraph, in the normalized Chinese reading and in English, each pointing
 * at its anchor. Paragraph-sized records make results land on the paragraph
 * and keep every fragment the browser loads small.
 */
import type { CorpusEntry } from './corpus.ts';
import type { Anchor } from '../plugins/rehype-anchors.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh' | 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface ReportData {
  slug: string;
  town: { zh: string; en: string };
  city: { zh: string; en: string };
  district: { zh: string; en: string };
  kind: string;
  yearsCovered: number[];
  title: { zh: string; en: string };
}

function sectionOf(anchors: Anchor[], id: string): Anchor | undefined {
  const sectionId = id.split('-')[0];
  return anchors.find((anchor) => anchor.id === sectionId && anchor.kind === 'section');
}

export function searchRecords(entry: CorpusEntry, base = '/'): SearchRecord[] {
  const data = entry.data as unknown as ReportData;
  const filters = {
    town: [data.slug],
    city: [data.city.en],
    district: [data.district.en],
    year: data.yearsCovered.map(String),
    kind: [data.kind],
  };
  const records: SearchRecord[] = [];
  const add = (language: 'zh' | 'en', anchors: Anchor[]) => {
    for (const anchor of anchors) {
      if (anchor.kind === 'block' || !anchor.text) continue;
      const section = sectionOf(anchors, anchor.id);
      records.push({
        url: `${base}${language}/reports/${data.slug}/#${anchor.id}`,
        content: anchor.text,
        language,
        meta: {
          title: language === 'zh' ? data.title.zh : data.title.en,
          slug: data.slug,
          town: language === 'zh' ? data.town.zh : data.town.en,
          anchor: anchor.id,
          section: section && section.id !== anchor.id ? section.text : '',
          place: language === 'zh' ? `${data.city.zh}${data.district.zh}` : `${data.district.en}, ${data.city.en}`,
          kind: data.kind,
          years: data.yearsCovered.join('–'),
          city: data.city.en,
          district: data.district.en,
        },
        filters,
      });
    }
  };
  add('zh', entry.rendered.anchors);
  if (entry.translation) add('en', entry.translation.rendered.anchors);
  return records;
}
