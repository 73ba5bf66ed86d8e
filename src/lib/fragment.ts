/**
 * A report page's URL fragment as the browser gives it (location.hash): the id it names and the text
 * directive of a "Cite selection" link (#s2-p3:~:text=…). Pure and browser-safe; it never throws: a
 * fragment whose percent-escapes are malformed (#%E0%A4%A, a link cut short) names no element and is
 * kept as written, so that the page can say which link found nothing.
 */
export interface Fragment {
  /** The id, decoded; '' for none. */
  id: string;
  /** The text directive after `:~:text=`, still encoded. */
  directive?: string;
}

/** decodeURIComponent, or the text as written when its escapes are malformed. */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function readFragment(hash: string): Fragment {
  const [raw = '', directive] = hash.replace(/^#/, '').split(':~:text=');
  return directive === undefined ? { id: decodeOrKeep(raw) } : { id: decodeOrKeep(raw), directive };
}
