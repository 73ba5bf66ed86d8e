/**
 * A report on paper: each report printed with page.pdf() in A4 and Letter, on
 * both interfaces, its text read back with pdf.js. Page 1 holds the title, the
 * metadata (closed on screen), the citation with the canonical URL and the
 * beginning of the text; no page holds the site's navigation or the reading
 * controls; the anchor ids stand in the margin; parallel rows print side by
 * side where the paper is wide enough; marks print as numbers, with the
 * 校勘记 at the end, only when the edits are shown. The page counts are
 * recorded as annotations of each test.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { choose, expect, slugs, test, ui, uiPattern } from './fixtures.ts';
import { fillCitations, localToday, type CitationTemplates } from '../../src/lib/cite-fill.ts';

type Lang = 'zh' | 'en';
type Paper = 'A4' | 'Letter';

interface Item {
  text: string;
  x: number;
  y: number;
}

/** What is compared: the text without white space (lines break anywhere in Chinese and in URLs), ligatures and full-width forms folded. */
const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Each page's text runs, with where they start (PDF points, y upwards). */
async function readPdf(pdf: Buffer): Promise<Item[][]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const document = await task.promise;
  const pages: Item[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [])),
    );
  }
  await task.destroy();
  return pages;
}

const pageText = (items: Item[]) => compact(items.map((item) => item.text).join(''));

/** The runs where text starting with `start` begins (a line is drawn in runs, split where the font changes). */
function runsStarting(items: Item[], start: string): Item[] {
  const wanted = compact(start);
  return items.filter((_, index) => {
    let text = '';
    for (let next = index; next < items.length && text.length < wanted.length; next++) text += compact(items[next]!.text);
    return text.startsWith(wanted);
  });
}

/** Whether some run of `left` and some run of `right` stand on one line, `right` to the right by at least `gap` points. */
function sideBySide(left: Item[], right: Item[], gap: number): boolean {
  return left.some((a) => right.some((b) => Math.abs(a.y - b.y) < 12 && b.x >= a.x + gap));
}

async function print(page: Page, paper: Paper | { width: string; height: string }): Promise<Item[][]> {
  return readPdf(await page.pdf(typeof paper === 'string' ? { format: paper } : paper));
}

/** Text as print shows it: the page with print media, each element's innerText (what is displayed, no hidden reading). */
async function printedText(page: Page, selector: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator(selector).first().innerText();
  await page.emulateMedia({ media: null });
  return text;
}

/** The first paragraph row of the text and the opening characters of each of its printed columns. */
async function opening(page: Page): Promise<{ id: string; starts: string[] }> {
  const row = page.locator('.report-text .row[id]:not(.row-editorial):has(p)').first();
  const id = (await row.getAttribute('id'))!;
  await page.emulateMedia({ media: 'print' });
  const texts = await row.locator('.col').evaluateAll((cols) => cols.filter((col) => col.checkVisibility()).map((col) => (col as HTMLElement).innerText));
  await page.emulateMedia({ media: null });
  return { id, starts: texts.map((text) => compact(text).slice(0, 12)) };
}

/** Shows the edits as a reader does, with the 显示校勘 switch. */
async function showEdits(page: Page) {
  await page.locator('#edits-shown').check();
}

/** The citation page 1 prints: GB/T 7714 on the Chinese interface, Chicago's bibliography entry on the English one, accessed today. */
function citation(lang: Lang, slug: string): string {
  const templates = JSON.parse(readFileSync(`dist/data/cite/${lang}/${slug}.json`, 'utf8')) as CitationTemplates;
  const filled = fillCitations(templates, undefined, localToday());
  return lang === 'zh' ? filled['gbt7714-numeric'].find((part) => part.kind === 'reference')!.text : filled.chicago.find((part) => part.kind === 'bibliography')!.text;
}

/** Labels of the screen's chrome, each run together as it would print: the navigation, the reading controls, the skip link. */
function chromeLabels(lang: Lang): string[] {
  return [
    ['nav.home', 'nav.glossary', 'nav.about', 'nav.data'] as const,
    ['reading.label', 'reading.normalized', 'reading.printed'] as const,
    ['mode.label', 'mode.zh', 'mode.en', 'mode.parallel'] as const,
    ['reading.hint'] as const,
    ['nav.skip'] as const,
  ].map((keys) => compact(keys.map((key) => ui(lang, key)).join('')));
}

const annotate = (description: string) => test.info().annotations.push({ type: 'pages', description });

for (const lang of ['zh', 'en'] as const) {
  for (const slug of slugs) {
    test(`${slug}, ${lang} interface: page 1 has the title, metadata, citation, URL and the text's beginning; no page has the site's chrome`, async ({ page }) => {
      await page.goto(`/${lang}/reports/${slug}/`);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const titleZh = compact(await printedText(page, '.report-title .title-zh'));
      const titleEn = compact(await printedText(page, '.report-title .title-en'));
      const hash = compact(await page.locator('.metadata .hash').innerText());
      const { id, starts } = await opening(page);
      const cited = compact(citation(lang, slug));
      const counts: string[] = [];
      for (const paper of ['A4', 'Letter'] as const) {
        const pages = await print(page, paper);
        counts.push(`${paper} ${pages.length}`);
        const first = pageText(pages[0]!);
        expect(first, `${paper}: the Chinese title`).toContain(titleZh);
        expect(first, `${paper}: the English title`).toContain(titleEn);
        expect(first, `${paper}: the metadata's heading, though closed on screen`).toContain(compact(ui(lang, 'meta.heading')));
        expect(first, `${paper}: the metadata's label and value for the checksum`).toContain(compact(`${ui(lang, 'meta.sha256')}${hash}`));
        expect(first, `${paper}: the citation, accessed today`).toContain(cited);
        expect(first, `${paper}: the canonical URL`).toContain(compact(`URL: ${canonical}`));
        for (const start of starts) expect(first, `${paper}: the opening of ${id}`).toContain(start);
        // The id stands in the margin, left of the paragraph's first line.
        const labels = pages[0]!.filter((item) => item.text.trim() === id);
        expect(sideBySide(labels, runsStarting(pages[0]!, starts[0]!), 10), `${paper}: ${id} in the margin beside its first line`).toBe(true);
        pages.forEach((items, index) => {
          const text = pageText(items);
          for (const chrome of chromeLabels(lang)) expect(text, `${paper} page ${index + 1} has no “${chrome}”`).not.toContain(chrome);
          // Each page carries text, not only its number ("3 / 7").
          expect(text.replace(/^\d+\/\d+$/, ''), `${paper} page ${index + 1} is not blank`).not.toBe('');
        });
      }
      // The print stylesheet saves paper: fewer pages than the screen's layout gives.
      await page.emulateMedia({ media: 'screen' });
      const screen = (await print(page, 'A4')).length;
      counts.push(`(screen layout A4 ${screen})`);
      annotate(counts.join(', '));
      expect(Number(counts[0]!.split(' ')[1]), 'A4 pages, print stylesheet against screen layout').toBeLessThan(screen);
    });
  }
}

test('parallel rows print as two columns on A4 and Letter, one after the other on A5', async ({ page }) => {
  const counts: string[] = [];
  for (const slug of slugs) {
    await page.goto(`/zh/reports/${slug}/`);
    await choose(page, 'zh', 'mode.parallel');
    const { starts } = await opening(page);
    expect(starts, `${slug}: both columns print`).toHaveLength(2);
    const [zh, en] = starts as [string, string];
    for (const paper of ['A4', 'Letter'] as const) {
      const pages = await print(page, paper);
      counts.push(`${slug} ${paper} ${pages.length}`);
      const left = runsStarting(pages[0]!, zh);
      const right = runsStarting(pages[0]!, en);
      expect(left.length && right.length, `${slug} ${paper}: both openings on page 1`).toBeTruthy();
      expect(sideBySide(left, right, 100), `${slug} ${paper}: the English beside the Chinese, on the right`).toBe(true);
    }
    // A5 has no room for two columns: the English follows the Chinese.
    const a5 = await print(page, { width: '148mm', height: '210mm' });
    const left = a5.flatMap((items) => runsStarting(items, zh));
    const right = a5.flatMap((items) => runsStarting(items, en));
    expect(left.length && right.length, `${slug} A5: both openings printed`).toBeTruthy();
    expect(sideBySide(left, right, 0), `${slug} A5: the columns stacked`).toBe(false);
    counts.push(`${slug} A5 ${a5.length}`);
  }
  annotate(`parallel, zh interface: ${counts.join(', ')}`);
});

for (const [lang, slug] of [
  ['zh', 'jingjiang'],
  ['en', 'wenyan'],
] as const) {
  test(`${slug}, ${lang} interface: marks print as numbers and the 校勘记 follows with the same numbers only when the edits are shown`, async ({ page }) => {
    await page.goto(`/${lang}/reports/${slug}/`);
    if (lang === 'en') await choose(page, lang, 'mode.zh');
    const notes = await page.locator('.editorial-notes li[data-ed]').count();
    expect(notes, 'the report has numbered notes').toBeGreaterThan(0);
    await showEdits(page);
    // For each of the first marks (in the Chinese text), the visible text of its block up to its end, as print shows it:
    // `before` without the numbers, `numbered` with [N] after each mark.
    await page.emulateMedia({ media: 'print' });
    const marks = await page.locator('.report-text .ed[data-ed]').evaluateAll((elements) =>
      elements
        .filter((mark) => mark.checkVisibility())
        .slice(0, 5)
        .map((mark) => {
          let before = '';
          let numbered = '';
          let done = false;
          const visit = (node: Node) => {
            for (const child of node.childNodes) {
              if (done) return;
              if (child.nodeType === Node.TEXT_NODE && child.parentElement?.checkVisibility()) {
                before += child.textContent;
                numbered += child.textContent;
              } else if (child instanceof Element && child.checkVisibility()) {
                visit(child);
                if (done) return;
                if (child.matches('.ed[data-ed]')) numbered += `[${child.getAttribute('data-ed')}]`;
                if (child === mark) done = true;
              }
            }
          };
          visit(mark.closest('.col')!);
          return { n: mark.getAttribute('data-ed')!, before, numbered };
        }),
    );
    await page.emulateMedia({ media: null });
    marks.splice(0, marks.length, ...marks.filter((mark) => compact(mark.before).length >= 4));
    expect(marks.length).toBeGreaterThan(0);
    const intro = new RegExp(compact(uiPattern(lang, 'notes.intro').source));
    await page.locator('#edits-shown').uncheck();
    const hidden = pageText((await print(page, 'A4')).flat());
    expect(hidden, 'edits hidden: no 校勘记').not.toMatch(intro);
    expect(hidden, 'edits hidden: the translator’s note prints').toContain(compact(ui(lang, 'translation.heading')));
    for (const { n, before } of marks) expect(hidden, `edits hidden: mark ${n} prints without its number`).toContain(compact(before).slice(-6));
    for (const { n, before } of marks) expect(hidden, `edits hidden: mark ${n} prints without its number`).not.toContain(`${compact(before).slice(-6)}[${n}]`);

    await showEdits(page);
    const pages = await print(page, 'A4');
    const shown = pageText(pages.flat());
    for (const { n, numbered } of marks) expect(shown, `mark ${n} prints as [${n}] after its words`).toContain(compact(numbered).slice(-10));
    expect(shown, 'edits shown: the 校勘记 prints').toMatch(intro);
    const items = await page
      .locator('.editorial-notes li[data-ed]')
      .evaluateAll((elements) => elements.map((li) => ({ n: li.getAttribute('data-ed')!, anchor: li.querySelector('.note-anchor')!.textContent!.trim() })));
    for (const { n, anchor } of items) expect(shown, `note ${n} numbered as its mark`).toContain(`[${n}]${anchor}`);
    annotate(`edits shown, zh text, A4 ${pages.length}`);
  });
}

test('paper is black on white, links and glossary terms as plain text, also when the reader’s system is dark', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('/zh/reports/gutang/');
  const style = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const computed = getComputedStyle(element);
        return { color: computed.color, background: computed.backgroundColor, line: computed.textDecorationLine };
      });
  expect((await style('html')).background).toBe('rgb(255, 255, 255)');
  for (const selector of ['.report-text .row:not(.row-editorial) .col-zh p', '.report-text a.term', '.print-url a', '.report-title .title-zh']) {
    const { color, line } = await style(selector);
    expect(color, `${selector} is black`).toBe('rgb(0, 0, 0)');
    expect(line, `${selector} is not underlined`).toBe('none');
  }
});
