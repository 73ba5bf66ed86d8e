/**
 * Every address of the edition, and the one place that knows the base path.
 *
 * The base is Astro's `base` (BASE_PATH, normalized to `/folder/` and checked
 * once by src/config.ts) as Vite inlines it in
 * `import.meta.env.BASE_URL`, in pages and endpoints at build time and in
 * browser code alike, so no script recovers it from markup. Outside Vite (the
 * Node scripts, astro.config.mjs) there is no `import.meta.env`: the shapes
 * are the same, under `/`, and `routesFor(basePath)` gives them under
 * another base. In the style of Starlight's `pathWithBase`.
 *
 * Page URLs end in a slash (`build.format: 'directory'`); an anchor is a
 * fragment of the report page (src/edition/anchors.ts has their grammar).
 */
import type { Lang } from '../i18n/languages.ts';

/** The interface pages of a language: their path under /<lang>/. */
const pages = {
  home: '',
  about: 'about/',
  style: 'style/',
  data: 'data/',
  figures: 'figures/',
  search: 'search/',
  glossary: 'glossary/',
  concordance: 'glossary/concordance/',
  offline: 'offline/',
} as const;
export type PageName = keyof typeof pages;

const fragment = (id: string | undefined) => (id ? `#${id}` : '');

/** The addresses of an edition served from `base` ('/', '/town-reports/'; a missing final slash is added). */
export function routesFor(basePath: string) {
  const base = basePath.replace(/\/?$/, '/');
  /** A path inside the edition ('favicon.svg', 'data/anchors.json') under the base. */
  const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;
  return {
    base,
    withBase,
    /** An interface page in a language: home, about, style, data, figures, search, glossary, concordance, offline (what the service worker shows). */
    pageUrl: (lang: Lang, page: PageName = 'home') => withBase(`${lang}/${pages[page]}`),
    /** A report page, or one of its anchors. */
    reportUrl: (lang: Lang, slug: string, anchor?: string) => withBase(`${lang}/reports/${slug}/${fragment(anchor)}`),
    /** A report's citation page, or the citations of one of its anchors. */
    citeUrl: (lang: Lang, slug: string, anchor?: string) => withBase(`${lang}/reports/${slug}/cite/${fragment(anchor && `cite-${anchor}`)}`),
    /** The glossary, or one term's entry in it. */
    glossaryUrl: (lang: Lang, termId?: string) => withBase(`${lang}/${pages.glossary}${fragment(termId)}`),
    /** One term's compare view: its paragraphs, town by town. */
    compareUrl: (lang: Lang, termId: string) => withBase(`${lang}/${pages.glossary}${termId}/`),
    /** One city's reports. */
    browseUrl: (lang: Lang, city: string) => withBase(`${lang}/browse/${city}/`),
    /** The search page, with a query to run. */
    searchUrl: (lang: Lang, query?: string) => withBase(`${lang}/${pages.search}${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`),
    /** A download under /data/: 'corpus.json', 'anchors.json', 'search-manifest.json'. */
    dataUrl: (file: string) => withBase(`data/${file}`),
    /** A report's downloads: json, csv, tei.xml, zh.md, en.md. */
    reportDataUrl: (slug: string, extension: 'json' | 'csv' | 'tei.xml' | 'zh.md' | 'en.md') => withBase(`data/reports/${slug}.${extension}`),
    /** The citation templates of a report page (src/pages/data/cite/[lang]/[slug].json.ts). */
    citeDataUrl: (lang: Lang, slug: string) => withBase(`data/cite/${lang}/${slug}.json`),
    /** A vendored source text (or SHA256SUMS). */
    sourceUrl: (file: string) => withBase(`sources/${file}`),
    /** The Open Graph card of a report, or of the edition. */
    cardUrl: (slug?: string) => withBase(slug ? `og/${slug}.png` : 'og.png'),
  };
}

// `?.`: outside Vite (Node scripts, astro.config.mjs) there is no import.meta.env.
export const { base, withBase, pageUrl, reportUrl, citeUrl, glossaryUrl, compareUrl, browseUrl, searchUrl, dataUrl, reportDataUrl, citeDataUrl, sourceUrl, cardUrl } = routesFor(
  import.meta.env?.BASE_URL ?? '/',
);

/**
 * A glossary entry as a link from a report page (<lang>/reports/<slug>/): relative, so it reaches the
 * glossary of the page's own interface language and one rendering of a report serves both languages' pages.
 */
export const glossaryFromReport = (termId: string) => `../../${pages.glossary}${fragment(termId)}`;

/** An address of the edition (from the functions above) as the absolute URL at SITE_URL, for citations, canonical links and feeds. */
export function absoluteUrl(url: string): string {
  return new URL(url, import.meta.env.SITE).href;
}

const reportPath = /\/(?:zh|en)\/reports\/([a-z][a-z0-9-]*)\/(?:cite\/)?$/;

/** The slug of a report page or its citation page, from its URL's path (any base); undefined for any other page. */
export function reportOfPath(pathname: string): string | undefined {
  return reportPath.exec(pathname)?.[1];
}
