/** What src/middleware.ts puts in Astro.locals for every page and endpoint. */
declare namespace App {
  interface Locals {
    /** The interface language of the page: the [lang] route segment, or zh. */
    lang: import('./i18n/index.ts').Lang;
    /** t() in that language. */
    t: import('./i18n/index.ts').Translate;
  }
}
