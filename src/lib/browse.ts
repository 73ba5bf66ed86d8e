/** Browsing a large edition: reports grouped by city, district and town. */
import type { ReportMeta } from './schema.ts';

/** A report as browsing needs it. */
export interface Browsed {
  slug: string;
  meta: Pick<ReportMeta, 'city' | 'district' | 'town' | 'yearsCovered'>;
}

export const citySlug = (cityEn: string) =>
  cityEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface City<R extends Browsed = Browsed> {
  slug: string;
  name: { zh: string; en: string };
  reports: R[];
}

export function cities<R extends Browsed>(reports: R[]): City<R>[] {
  const bySlug = new Map<string, City<R>>();
  for (const report of reports) {
    const slug = citySlug(report.meta.city.en);
    if (!bySlug.has(slug)) bySlug.set(slug, { slug, name: report.meta.city, reports: [] });
    bySlug.get(slug)!.reports.push(report);
  }
  return [...bySlug.values()].sort((a, b) => b.reports.length - a.reports.length || a.slug.localeCompare(b.slug));
}

/** A city's reports by district, then town (its reports by year). */
export function districtsOf<R extends Browsed>(city: City<R>): { name: { zh: string; en: string }; towns: { name: R['meta']['town']; reports: R[] }[] }[] {
  const districts = new Map<string, Map<string, R[]>>();
  for (const report of city.reports) {
    const district = districts.get(report.meta.district.en) ?? districts.set(report.meta.district.en, new Map()).get(report.meta.district.en)!;
    const key = `${report.meta.town.zh}|${report.meta.town.en}`;
    district.set(key, [...(district.get(key) ?? []), report]);
  }
  return [...districts].map(([, towns]) => ({
    name: [...towns.values()][0]![0]!.meta.district,
    towns: [...towns.values()].map((own) => ({ name: own[0]!.meta.town, reports: own.sort((a, b) => a.meta.yearsCovered[0]! - b.meta.yearsCovered[0]!) })),
  }));
}
