/** Absolute URLs of the edition, wherever it is hosted (SITE_URL, BASE_PATH). */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function absoluteUrl(path: string): string {
  return new URL(`${base}${path.replace(/^\//, '')}`, import.meta.env.SITE).href;
}
