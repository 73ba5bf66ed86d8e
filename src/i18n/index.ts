/**
 * Interface languages and their messages (one JSON file per locale).
 * Every key must exist in both files; a test checks it. Pages and components
 * get the page's language and its t() from Astro.locals (src/middleware.ts).
 */
import zh from './zh.json';
import en from './en.json';
import { fillMessage, type MessageValues } from './template.ts';

export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];
export type MessageKey = keyof typeof zh & keyof typeof en;

/** Every message of each language, by key. */
export const messages: Record<Lang, Record<string, string>> = { zh, en };

/** BCP 47 tag for <html lang> and every lang attribute of interface text. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function t(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  return fillMessage(messages[lang][key], key, values);
}

/** t() for one language: what a page or component calls (Astro.locals.t). */
export type Translate = (key: MessageKey, values?: MessageValues) => string;
export const translator =
  (lang: Lang): Translate =>
  (key, values) =>
    t(lang, key, values);

/** The value of a bilingual pair ({ zh, en }: a town, a title, an explanation) in a language. */
export function localized<T>(value: Readonly<Record<Lang, T>>, lang: Lang): T {
  return value[lang];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

export function isLang(value: unknown): value is Lang {
  return languages.includes(value as Lang);
}
