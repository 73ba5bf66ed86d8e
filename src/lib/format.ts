/** Dates and numbers in the interface language. */
import type { Lang } from '../i18n/index.ts';

export function formatDate(date: Date, lang: Lang): string {
  if (lang === 'zh') return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
}
