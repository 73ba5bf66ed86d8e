/** Browsing a large edition: reports grouped by city, district and town. */
import type { Report } from '../build/reports.ts';

export const citySlug = (cityEn: string) =>
  cityEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface City {
  slug: string;
  name: { zh: string; en: string };
  reports: Report[];
}

export function cities(reports: Report[]): City[] {
  const bySlug = new Map<string, City>();
  for (const report of reports) {
    const slug = citySlug(report.meta.city.en);
    if (!bySlug.has(slug)) bySlug.set(slug, { slug, name: report.meta.city, reports: [] });
    bySlug.get(slug)!.reports.push(report);
  }
  return [...bySlug.values()].sort((a, b) => b.reports.length - a.reports.length || a.slug.localeCompare(b.slug));
}

/** A city's reports by district, then town (its reports by year). */
export function districtsOf(city: City): { name: { zh: string; en: string }; towns: { name: Report['meta']['town']; reports: Report[] }[] }[] {
  const districts = new Map<string, Map<string, Report[]>>();
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
