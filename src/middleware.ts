/**
 * The page's interface language, once per request: the [lang] segment of the
 * route (/zh/…, /en/…), Chinese for pages outside them (the doorway, 404).
 * Pages and components read Astro.locals.lang and Astro.locals.t instead of
 * passing the language down as a prop.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLang, translator } from './i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = isLang(context.params.lang) ? context.params.lang : 'zh';
  context.locals.lang = lang;
  context.locals.t = translator(lang);
  return next();
});
