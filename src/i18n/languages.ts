/**
 * The interface languages and what is known of them without their messages,
 * so that browser code can import it (src/i18n/index.ts adds the messages).
 */
export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];

/** BCP 47 tag for <html lang> and every lang attribute of interface text. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

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
