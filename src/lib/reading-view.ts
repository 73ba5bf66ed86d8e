/**
 * The reader's view of a report, as a link carries it: the language mode, the
 * reading and whether the edits are shown, e.g. `?view=parallel&reading=printed&edits=shown`.
 * Only choices that differ from the page's defaults are written, so a report's
 * plain address is its default view. Pure: the browser script
 * (src/client/reading-view.ts) applies it, the report page names its defaults.
 */
export const modes = ['zh', 'en', 'parallel'] as const;
export const readings = ['normalized', 'printed'] as const;
export type Mode = (typeof modes)[number];
export type Reading = (typeof readings)[number];

export interface ReadingView {
  mode: Mode;
  reading: Reading;
  edits: boolean;
}

/** The language mode a page opens in: English on the English interface when there is a translation. */
export function defaultMode(lang: 'zh' | 'en', hasTranslation: boolean): Mode {
  return lang === 'en' && hasTranslation ? 'en' : 'zh';
}

export const defaultView = (mode: Mode): ReadingView => ({ mode, reading: 'normalized', edits: false });

const isMode = (value: string | null): value is Mode => modes.includes(value as Mode);
const isReading = (value: string | null): value is Reading => readings.includes(value as Reading);

/** The choices a query string makes; unknown or malformed values are ignored. */
export function viewFromQuery(search: string): Partial<ReadingView> {
  const params = new URLSearchParams(search);
  const view: Partial<ReadingView> = {};
  const mode = params.get('view');
  const reading = params.get('reading');
  const edits = params.get('edits');
  if (isMode(mode)) view.mode = mode;
  if (isReading(reading)) view.reading = reading;
  if (edits === 'shown' || edits === 'hidden') view.edits = edits === 'shown';
  return view;
}

/** `search` with the view's choices written in (those that differ from `defaults`), other parameters kept. */
export function queryWithView(search: string, view: ReadingView, defaults: ReadingView): string {
  const params = new URLSearchParams(search);
  for (const name of ['view', 'reading', 'edits']) params.delete(name);
  if (view.mode !== defaults.mode) params.set('view', view.mode);
  if (view.reading !== defaults.reading) params.set('reading', view.reading);
  if (view.edits !== defaults.edits) params.set('edits', view.edits ? 'shown' : 'hidden');
  const query = params.toString();
  return query ? `?${query}` : '';
}
