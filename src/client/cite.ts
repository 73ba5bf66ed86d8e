/**
 * Cite links open a dialog with the citation of the paragraph in every
 * format, each part with a Copy button. The strings were formatted at build
 * time; this script only fetches the report's templates (a few kB, once) and
 * fills in the paragraph and today's date (offline, the service worker's copy;
 * without one, the dialog says the data is unavailable instead of waiting).
 * Selecting words inside a paragraph offers "Cite selection": the quotation,
 * a link that opens the paragraph with the words highlighted, and the
 * paragraph's citations.
 */
import { citationFormats, fillCitations, formatLabels, localToday, quotationLink, type CitationTemplates } from '../lib/cite-fill.ts';
import { base } from '../lib/routes.ts';

const dialog = document.getElementById('cite-dialog') as HTMLDialogElement | null;
if (dialog) setUp(dialog);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The templates could not be fetched: no connection (or none in time), and the service worker has no copy. */
class Unavailable extends Error {}

/** How long a reader waits for the templates (a few kB) before the dialog says they are unavailable. */
const templatesTimeout = 15_000;

async function fetchTemplates(url: string): Promise<CitationTemplates> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(templatesTimeout) });
  } catch (error) {
    throw new Unavailable(String(error));
  }
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as CitationTemplates;
}

function setUp(dialog: HTMLDialogElement) {
  const labels = JSON.parse(dialog.dataset.labels ?? '{}') as Record<string, string>;
  const status = dialog.querySelector<HTMLElement>('.cite-status')!;
  const formats = dialog.querySelector<HTMLElement>('.cite-formats')!;
  const heading = dialog.querySelector<HTMLElement>('.cite-anchor')!;
  const address = dialog.querySelector<HTMLElement>('.cite-address')!;
  const selectionButton = document.querySelector<HTMLButtonElement>('button.cite-selection');
  const loading = status.textContent;
  let templates: Promise<CitationTemplates> | undefined;

  // Served from elsewhere than the configured address (npm run preview, a mirror): say which address citations use.
  const site = dialog.dataset.site ?? '';
  const here = new URL(base, location.href).href;
  if (site && here !== site) {
    address.textContent = (labels.address ?? '').replace('{site}', site).replace('{here}', here);
    address.hidden = false;
  }

  function copyable(kind: string, text: string, label: string): HTMLElement {
    const part = element('div', 'cite-part');
    const head = element('p', 'cite-part-head', kind);
    const pre = element('pre', 'cite-text', text);
    pre.tabIndex = 0;
    const copy = element('button', 'cite-copy', labels.copy);
    copy.type = 'button';
    copy.setAttribute('aria-label', `${labels.copy} ${label} ${kind}`);
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        copy.textContent = `✓ ${labels.copied}`;
      } catch {
        copy.textContent = labels.failed ?? '';
      }
      setTimeout(() => (copy.textContent = labels.copy ?? 'Copy'), 2000);
    });
    head.append(' ', copy);
    part.append(head, pre);
    return part;
  }

  async function open(anchor: string | undefined, quotation?: string) {
    heading.textContent = anchor ? `#${anchor}` : '';
    formats.replaceChildren();
    status.textContent = loading;
    status.hidden = false;
    dialog.showModal();
    try {
      templates ??= fetchTemplates(dialog.dataset.templates!);
      const loaded = await templates;
      const citations = fillCitations(loaded, anchor, localToday());
      status.hidden = true;
      if (quotation && anchor) {
        const section = element('section', 'cite-format cite-quotation');
        section.append(
          element('h3', '', labels.quotation),
          copyable(labels.quotation ?? '', `“${quotation}”`, ''),
          copyable(labels.quoteLink ?? '', quotationLink(loaded.url, anchor, quotation), ''),
        );
        formats.append(section);
      }
      for (const format of citationFormats) {
        const section = element('section', 'cite-format');
        section.append(element('h3', '', formatLabels[format]));
        for (const part of citations[format]) section.append(copyable(labels[part.kind] ?? part.kind, part.text, formatLabels[format]));
        formats.append(section);
      }
      formats.querySelector('button')?.focus();
    } catch (error) {
      // Asked again at the next Cite.
      templates = undefined;
      status.textContent = (error instanceof Unavailable ? labels.unavailable : labels.failed) ?? '';
    }
  }

  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.cite-link');
    if (!link) return;
    event.preventDefault();
    void open(link.dataset.anchor);
  });

  if (!selectionButton) return;
  /** The paragraph (row with a Cite link) that holds the whole selection, and the selected words. */
  function selected(): { anchor: string; text: string; rect: DOMRect } | undefined {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return undefined;
    const range = selection.getRangeAt(0);
    const row = (range.commonAncestorContainer instanceof Element ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement)?.closest<HTMLElement>('.row');
    const anchor = row?.querySelector<HTMLAnchorElement>('a.cite-link')?.dataset.anchor;
    const text = selection.toString().replace(/\s+/g, ' ').trim();
    if (!anchor || !text) return undefined;
    return { anchor, text, rect: range.getBoundingClientRect() };
  }
  let current: ReturnType<typeof selected>;
  const place = () => {
    current = selected();
    selectionButton.hidden = !current;
    if (!current) return;
    selectionButton.style.top = `${window.scrollY + current.rect.bottom + 6}px`;
    selectionButton.style.left = `${Math.max(8, window.scrollX + current.rect.left)}px`;
  };
  document.addEventListener('selectionchange', () => window.setTimeout(place, 0));
  selectionButton.addEventListener('mousedown', (event) => event.preventDefault());
  selectionButton.addEventListener('click', () => {
    if (!current) return;
    const { anchor, text } = current;
    selectionButton.hidden = true;
    void open(anchor, text);
  });
}
