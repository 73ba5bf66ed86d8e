/** Absolute URLs of the edition, wherever it is hosted (SITE_URL, BASE_PATH): the one place that reads the base and the site as Astro resolved them; pages and components import `base` from here. */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function absoluteUrl(path: string): string {
  return new URL(`${base}${path.replace(/^\//, '')}`, import.meta.env.SITE).href;
}

/** The content folder: content/, or a generated corpus for the benchmark (CONTENT_DIR, src/config.ts). */
export { contentDir } from '../config.ts';
