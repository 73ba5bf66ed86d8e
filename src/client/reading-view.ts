/**
 * The reader's view of a report (src/lib/reading-view.ts). It opens as the
 * link says, else as the reader last chose; each change is written into the
 * address (so a copied link or ¶ opens what the reader sees) and remembered;
 * the paragraph at the top of the window stays there when a change re-lays
 * the page out. The choices themselves are plain form controls that CSS
 * applies: without JavaScript they work, for this page only.
 */
import { defaultView, modes, queryWithView, readings, viewFromQuery, type Mode, type ReadingView } from '../lib/reading-view.ts';
import { storage } from './storage.ts';
import { readFragment } from '../lib/fragment.ts';

const controls = document.querySelector<HTMLElement>('.reading-controls');
if (controls) setUp(controls);

function setUp(controls: HTMLElement) {
  const defaults = defaultView((controls.dataset.defaultMode ?? 'zh') as Mode);
  const radio = (name: string, value: string) => document.querySelector<HTMLInputElement>(`input[name=${name}][value=${value}]`);
  const edits = document.querySelector<HTMLInputElement>('#edits-shown')!;

  const current = (): ReadingView => ({
    mode: modes.find((mode) => radio('mode', mode)?.checked) ?? defaults.mode,
    reading: readings.find((reading) => radio('reading', reading)?.checked) ?? defaults.reading,
    edits: edits.checked,
  });
  const apply = (view: ReadingView) => {
    const mode = radio('mode', view.mode);
    // A report without a translation has no English to show.
    if (mode && !(view.mode !== 'zh' && document.querySelector('.report-text[data-has-translation=false]'))) mode.checked = true;
    radio('reading', view.reading)!.checked = true;
    edits.checked = view.edits;
  };
  const stored = (): Partial<ReadingView> => {
    const mode = storage.get('mode');
    const reading = storage.get('reading');
    const shown = storage.get('edits');
    return viewFromQuery(new URLSearchParams({ ...(mode && { view: mode }), ...(reading && { reading }), ...(shown && { edits: shown }) }).toString());
  };
  const writeAddress = (view: ReadingView) => history.replaceState(history.state, '', `${location.pathname}${queryWithView(location.search, view, defaults)}${location.hash}`);

  apply({ ...defaults, ...stored(), ...viewFromQuery(location.search) });
  writeAddress(current());

  // Remembered before a choice changes the layout (pointer and keys come before the change).
  let place: Place | undefined;
  const remember = () => (place = placeOnScreen(controls));
  controls.addEventListener('pointerdown', remember, true);
  controls.addEventListener('keydown', remember, true);
  controls.addEventListener('change', (event) => {
    if (!(event.target as Element).matches('input[name=mode], input[name=reading], input[name=edits]')) return;
    const view = current();
    storage.set('mode', view.mode);
    storage.set('reading', view.reading);
    storage.set('edits', view.edits ? 'shown' : 'hidden');
    writeAddress(view);
    keepInPlace(place ?? placeOnScreen(controls), controls);
    place = undefined;
  });

  foldContents(controls);
  foldNotesOnPhones();
}

interface Place {
  id: string;
  /** Its top, from the top of the window. */
  top: number;
}

const rows = () => [...document.querySelectorAll<HTMLElement>('.report-title.row, .report-text > .row')];
const shown = (element: HTMLElement) => element.getClientRects().length > 0;
const barBottom = (controls: HTMLElement) => Math.max(0, controls.getBoundingClientRect().bottom);

/** The paragraph the reader is at: the linked one if it is on screen, else the first with a few lines below the bar. */
function placeOnScreen(controls: HTMLElement): Place | undefined {
  const bar = barBottom(controls);
  const target = location.hash ? document.getElementById(readFragment(location.hash).id)?.closest<HTMLElement>('.row') : null;
  if (target && shown(target)) {
    const box = target.getBoundingClientRect();
    if (box.top >= bar && box.top < innerHeight) return { id: target.id, top: box.top };
  }
  for (const row of rows()) {
    if (!shown(row)) continue;
    const box = row.getBoundingClientRect();
    if (box.bottom > bar + 40) return { id: row.id, top: box.top };
  }
  return undefined;
}

/** Scrolls so that the remembered paragraph (or the next one shown) is where it was, its start below the bar. */
function keepInPlace(place: Place | undefined, controls: HTMLElement) {
  if (!place) return;
  let row = document.getElementById(place.id);
  while (row && !shown(row)) row = row.nextElementSibling as HTMLElement | null;
  if (!row) return;
  const bar = barBottom(controls);
  const top = place.top < bar ? bar + 8 : place.top;
  window.scrollBy({ top: row.getBoundingClientRect().top - top, behavior: 'instant' });
}

/** The contents menu closes when a section is chosen, on Escape, and on a click elsewhere. */
function foldContents(controls: HTMLElement) {
  const menu = controls.querySelector<HTMLDetailsElement>('.toc-menu');
  if (!menu) return;
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) menu.open = false;
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
}

/** On phones the editorial notes start folded, unless a link points into them. */
function foldNotesOnPhones() {
  const notes = document.querySelector<HTMLDetailsElement>('.notes-fold');
  if (!notes || !matchMedia('(max-width: 59.99rem)').matches) return;
  const target = location.hash && document.getElementById(readFragment(location.hash).id);
  if (!target || !notes.contains(target)) notes.open = false;
}
