/**
 * The little JavaScript the edition needs. Everything works without it;
 * with it, ¶ links copy the full URL, and the language switch keeps the
 * paragraph you are reading and the view (the query: a report's view, a search).
 */
import { base, withBase } from '../lib/routes.ts';

function announce(message: string) {
  const status = document.getElementById('copy-status');
  if (!status) return;
  status.textContent = message;
  status.classList.add('visible');
  window.setTimeout(() => status.classList.remove('visible'), 2000);
}

/** ¶ and § links: follow the anchor and copy its absolute URL. */
function copyPermalinks() {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.permalink');
    if (!link) return;
    const url = new URL(link.getAttribute('href') ?? '', location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      announce(document.documentElement.dataset.copied ?? 'Link copied');
    } catch {
      /* clipboard refused: the link still navigates */
    }
  });
}

/** The language switch carries the query (a report's view, a search) and the anchor to the other language. */
function keepPlaceOnLanguageSwitch() {
  const link = document.querySelector<HTMLAnchorElement>('a.language-switch');
  if (!link) return;
  const page = link.href.split(/[?#]/)[0];
  const update = () => (link.href = page + location.search + location.hash);
  update();
  window.addEventListener('hashchange', update);
  // The view changes the address without an event: read it when the link is about to be used.
  for (const type of ['pointerenter', 'focus', 'click']) link.addEventListener(type, update);
}

/** Escape closes an editorial note that has focus. */
function closeNotesOnEscape() {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const active = document.activeElement as HTMLElement | null;
    if (active?.classList.contains('ed')) active.blur();
  });
}

/** "/" jumps to the search box from anywhere, unless the reader is typing. */
function searchShortcut() {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    const box = document.querySelector<HTMLInputElement>('#search-input') ?? document.querySelector<HTMLInputElement>('#header-search');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

/** Offline reading after the first visit: the service worker caches the reports and the search index. */
function registerServiceWorker() {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register(withBase('sw.js'), { scope: base }).catch(() => undefined);
}

registerServiceWorker();
searchShortcut();
copyPermalinks();
keepPlaceOnLanguageSwitch();
closeNotesOnEscape();
