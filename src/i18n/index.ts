/**
 * Interface languages and their messages (one JSON file per locale).
 * Every key must exist in both files; a test checks it.
 */
import zh from './zh.json';
import en from './en.json';

export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];
export type MessageKey = keyof typeof zh & keyof typeof en;

const messages: Record<Lang, Record<string, string>> = { zh, en };

/** BCP 47 tag for <html lang>. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = messages[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

export function isLang(value: unknown): value is Lang {
  return languages.includes(value as Lang);
}
