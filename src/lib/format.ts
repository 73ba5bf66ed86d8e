/** Dates and numbers in the interface language. */
import type { Lang } from '../i18n/index.ts';

export function formatDate(date: Date, lang: Lang): string {
  if (lang === 'zh') return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A date as YYYY-MM-DD (UTC), as exports, metadata and citations write it. */
export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Text cut to at most `max` characters, ending in "…" when cut. */
export const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 2)}…` : text);

export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
}

type Named = Readonly<Record<Lang, string>>;

/**
 * Where a report is from, in the interface language: largest unit first and
 * run together in Chinese (杭州市萧山区), smallest first with commas in English
 * (Xiaoshan District, Hangzhou). With the province where the whole place is
 * given (the metadata block); city and district everywhere else.
 */
export function formatPlace(place: { province: Named; city: Named; district: Named }, lang: Lang, options: { province?: boolean } = {}): string {
  const units = options.province ? [place.province, place.city, place.district] : [place.city, place.district];
  return lang === 'zh'
    ? units.map((unit) => unit.zh).join('')
    : units
        .map((unit) => unit.en)
        .reverse()
        .join(', ');
}
