/**
 * Interface languages and their messages (one JSON file per locale).
 * Every key must exist in both files; a test checks it. Pages and components
 * get the page's language and its t() from Astro.locals (src/middleware.ts).
 */
import zh from './zh.json';
import en from './en.json';
import type { Lang } from './languages.ts';
import { fillMessage, type MessageValues } from './template.ts';

export { htmlLang, isLang, languages, localized, otherLang, type Lang } from './languages.ts';
export type MessageKey = keyof typeof zh & keyof typeof en;

/** Every message of each language, by key. */
export const messages: Record<Lang, Record<string, string>> = { zh, en };

export function t(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  return fillMessage(messages[lang][key], key, values);
}

/** t() for one language: what a page or component calls (Astro.locals.t). */
export type Translate = (key: MessageKey, values?: MessageValues) => string;
export const translator =
  (lang: Lang): Translate =>
  (key, values) =>
    t(lang, key, values);
