/**
 * Cite links open a dialog with the paragraph's citation in six formats,
 * generated in the browser by citation-js (loaded on first use) with today's
 * access date; each format has a Copy button with visible confirmation.
 */
import { citationFormats, formatLabels } from '../lib/citation-formats.ts';
import type { CslAssets, CitedReport } from '../lib/citation.ts';

const dialog = document.getElementById('cite-dialog') as HTMLDialogElement | null;
if (dialog) setUp(dialog);

function setUp(dialog: HTMLDialogElement) {
  const report = JSON.parse(dialog.dataset.report ?? '{}') as CitedReport;
  const pageUrl = dialog.dataset.url ?? location.href.split('#')[0]!;
  const lang = (dialog.dataset.lang === 'en' ? 'en' : 'zh') as 'zh' | 'en';
  const status = dialog.querySelector<HTMLElement>('.cite-status')!;
  const formats = dialog.querySelector<HTMLElement>('.cite-formats')!;
  const heading = dialog.querySelector<HTMLElement>('.cite-anchor')!;
  let assets: Promise<[typeof import('../lib/citation.ts'), CslAssets]> | undefined;

  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.cite-link');
    if (!link) return;
    event.preventDefault();
    const anchor = link.dataset.anchor;
    heading.textContent = anchor ? `#${anchor}` : '';
    formats.replaceChildren();
    status.hidden = false;
    dialog.showModal();
    assets ??= Promise.all([import('../lib/citation.ts'), fetch(dialog.dataset.csl!).then((response) => response.json() as Promise<CslAssets>)]);
    const [{ cslRecord, formatCitations }, csl] = await assets;
    const record = cslRecord(report, { url: anchor ? `${pageUrl}#${anchor}` : pageUrl, anchor, accessed: new Date(), lang });
    const output = formatCitations(record, anchor, csl);
    status.hidden = true;
    for (const format of citationFormats) {
      const section = document.createElement('section');
      section.className = 'cite-format';
      const title = document.createElement('h3');
      title.textContent = formatLabels[format];
      const text = document.createElement('pre');
      text.textContent = output[format];
      text.tabIndex = 0;
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.className = 'cite-copy';
      copy.textContent = dialog.dataset.copy ?? 'Copy';
      copy.setAttribute('aria-label', `${dialog.dataset.copy ?? 'Copy'} ${formatLabels[format]}`);
      copy.addEventListener('click', async () => {
        await navigator.clipboard.writeText(output[format]);
        copy.textContent = `✓ ${dialog.dataset.copied ?? 'Copied'}`;
        setTimeout(() => (copy.textContent = dialog.dataset.copy ?? 'Copy'), 2000);
      });
      title.append(' ', copy);
      section.append(title, text);
      formats.append(section);
    }
    formats.querySelector('button')?.focus();
  });
}
