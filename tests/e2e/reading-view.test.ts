/**
 * The report page as a reader meets it: clean text by default (the words
 * only, for the eye, find in page, copying and screen readers), the edits one
 * switch away, the text on the first screen, and a view that stays put and
 * travels in the link.
 */
import type { Page } from '@playwright/test';
import { choose, expect, reading, slugs, test, ui } from './fixtures.ts';

interface ExportedBlock {
  id: string;
  kind: 'section' | 'paragraph' | 'block';
  normalized: string;
  marks: unknown[];
}

/** The report's sections and paragraphs in the normalized reading, as its published data gives them. */
async function normalizedBlocks(page: Page, slug: string): Promise<ExportedBlock[]> {
  const data = (await (await page.request.get(`/data/reports/${slug}.json`)).json()) as { blocks: ExportedBlock[] };
  return data.blocks.filter((block) => block.kind !== 'block');
}

const markers = /[‸¦⤷⤺¶]/u;
/** Text without its whitespace: a heading printed on two lines reads as one. */
const words = (text: string) => text.replace(/\s+/g, '');

test('the default reading is the words only: each paragraph’s text is its normalized reading, with no marker', async ({ page }) => {
  for (const slug of slugs) {
    await page.goto(`/zh/reports/${slug}/`);
    const blocks = await normalizedBlocks(page, slug);
    const shown = await page.evaluate(
      (ids) => ids.map((id) => document.querySelector<HTMLElement>(`[id="${id}"] .col-zh`)?.innerText ?? ''),
      blocks.map((block) => block.id),
    );
    blocks.forEach((block, index) => {
      expect(words(shown[index]!), `${slug} #${block.id}`).toBe(words(block.normalized));
      expect(shown[index], `${slug} #${block.id} has a marker in its text`).not.toMatch(markers);
    });
    // Removed blocks (mastheads, breadcrumbs, image placeholders) leave no trace in the clean reading;
    // a block restored as text (Jingjiang's byline) is shown.
    expect(
      await page.locator('.report-text .row-editorial:not(:has(.ed-block-shown))').evaluateAll((rows) => rows.filter((row) => row.getClientRects().length > 0).length),
      `${slug}: removed blocks shown`,
    ).toBe(0);
    for (const row of await page.locator('.report-text .row-editorial:has(.ed-block-shown)').all()) await expect(row, `${slug}: a restored block is hidden`).toBeVisible();
  }
});

test('find in page finds words an edit once split (培养指导力度, 交治站)', async ({ page }) => {
  await page.goto('/zh/reports/jingjiang/');
  for (const words of ['培养指导力度', '交治站']) {
    expect(await page.evaluate((text) => (window as unknown as { find: (text: string) => boolean }).find(text), words), words).toBe(true);
    await page.evaluate(() => getSelection()?.removeAllRanges());
  }
});

test('copying a paragraph from either reading copies exactly its characters', async ({ page }) => {
  await page.goto('/zh/reports/jingjiang/');
  const blocks = await normalizedBlocks(page, 'jingjiang');
  const copied = async (id: string) =>
    page.evaluate((id) => {
      const column = document.querySelector(`[id="${id}"] .col-zh`)!;
      getSelection()!.selectAllChildren(column);
      return getSelection()!.toString();
    }, id);
  // A paragraph with a join, a removal and corrections in it.
  for (const id of ['s3-p1', 's8-p2', 's0']) expect(words(await copied(id)), id).toBe(words(blocks.find((block) => block.id === id)!.normalized));
  await choose(page, 'zh', 'reading.printed');
  expect(await copied('s3-p1')).not.toMatch(markers);
});

test('with edits shown, every intervention is marked, visible and reachable by keyboard; hidden, none is', async ({ page }) => {
  for (const slug of slugs) {
    // Hidden by the link, though the reader showed them on the report before.
    await page.goto(`/zh/reports/${slug}/?edits=hidden`);
    const marks = page.locator(`.report-text ${reading.normalized} .ed, .report-title ${reading.normalized} .ed`);
    const count = await marks.count();
    const focusable = () =>
      marks.evaluateAll((elements) =>
        elements.filter((element) => {
          (element as HTMLElement).focus();
          return document.activeElement === element && element.getClientRects().length > 0;
        }),
      );
    expect((await focusable()).length, `${slug}: marks reachable in the clean reading`).toBe(0);
    await page.getByRole('checkbox', { name: ui('zh', 'reading.edits') }).check();
    expect((await focusable()).length, `${slug}: marks visible and focusable with edits shown`).toBe(count);
    const undecorated = await marks.evaluateAll(
      (elements) => elements.filter((element) => getComputedStyle(element).textDecorationLine === 'none' && getComputedStyle(element, '::before').content === 'none').length,
    );
    expect(undecorated, `${slug}: marks with neither underline nor caret`).toBe(0);
  }
  // A mark's note opens on focus, and the 校勘记 lists every intervention.
  await page.goto('/zh/reports/jingjiang/?edits=shown');
  const mark = page.locator('#s3-p1 .ed-corr').first();
  await mark.focus();
  await expect(mark.locator(reading.note)).toBeVisible();
});

for (const [width, height] of [
  [1280, 900],
  [375, 800],
] as const)
  test(`the first paragraph starts on the first screen at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const lang of ['zh', 'en'] as const)
      for (const slug of slugs) {
        await page.goto(`/${lang}/reports/${slug}/`);
        const top = await page
          .locator('.report-text .row-p')
          .first()
          .evaluate((row) => row.getBoundingClientRect().top);
        expect(top, `${lang}/${slug}: first paragraph at ${Math.round(top)} px`).toBeLessThan(height - 60);
      }
  });

test('the reading bar stays at hand on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/zh/reports/taoyan/#s4-p2');
  await expect(page.locator('.reading-controls')).toBeInViewport();
  await page.locator('.toc-menu summary').click();
  await page.locator('.toc a[href="#s6"]').click();
  await expect(page).toHaveURL(/#s6$/);
  await expect(page.locator('#s6')).toBeInViewport();
  await expect(page.locator('.toc-menu')).not.toHaveAttribute('open');
});

test('the editorial notes follow the text: open on a desktop, folded on a phone unless a link points into them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/zh/reports/jingjiang/');
  await expect(page.locator('.notes-fold')).toHaveAttribute('open', '');
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/zh/reports/jingjiang/');
  await expect(page.locator('.notes-fold')).not.toHaveAttribute('open');
  const id = (await page.locator('.notes-list li').first().getAttribute('id'))!;
  await page.goto(`/zh/reports/jingjiang/#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('switching language mode keeps the paragraph being read on screen, and the link keeps the view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/zh/reports/jingjiang/#s8-p2');
  await expect(page.locator('#s8-p2')).toBeInViewport();
  // Once the page has come to rest at the paragraph (scrolling to an anchor may be smooth).
  const top = () => page.locator('#s8-p2').evaluate((row) => Math.round(row.getBoundingClientRect().top));
  let before = await top();
  await expect
    .poll(async () => {
      const now = await top();
      const still = now === before;
      before = now;
      return still;
    })
    .toBe(true);
  for (const mode of ['mode.parallel', 'mode.en', 'mode.zh'] as const) {
    await choose(page, 'zh', mode);
    const after = await top();
    expect(Math.abs(after - before), `${mode}: #s8-p2 moved from ${before} to ${after} px`).toBeLessThan(4);
  }
  await choose(page, 'zh', 'mode.parallel');
  await choose(page, 'zh', 'reading.printed');
  await page.getByRole('checkbox', { name: ui('zh', 'reading.edits') }).check();
  await expect(page).toHaveURL(/\/zh\/reports\/jingjiang\/\?view=parallel&reading=printed&edits=shown#s8-p2$/);

  // The link opens what the sender saw, in a browser that remembers nothing.
  const url = page.url();
  const fresh = await page
    .context()
    .browser()!
    .newContext({ viewport: { width: 1280, height: 900 } });
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator('#mode-parallel')).toBeChecked();
  await expect(other.locator('#reading-printed')).toBeChecked();
  await expect(other.locator('#edits-shown')).toBeChecked();
  await expect(other.locator('#s8-p2')).toBeInViewport();
  await fresh.close();

  // The language switch carries the view and the anchor.
  await page.locator('a.language-switch').click();
  await expect(page).toHaveURL(/\/en\/reports\/jingjiang\/\?view=parallel&reading=printed&edits=shown#s8-p2$/);
  await expect(page.locator('#mode-parallel')).toBeChecked();
});

test('a plain link opens the reader’s remembered view, and the address says so', async ({ page }) => {
  await page.goto('/zh/reports/gutang/');
  await choose(page, 'zh', 'mode.parallel');
  await page.goto('/zh/reports/taoyan/');
  await expect(page.locator('#mode-parallel')).toBeChecked();
  await expect(page).toHaveURL(/\/zh\/reports\/taoyan\/\?view=parallel$/);
  await choose(page, 'zh', 'mode.zh');
  await expect(page).toHaveURL(/\/zh\/reports\/taoyan\/$/);
  // Hostile or unknown values are ignored.
  await page.goto('/zh/reports/taoyan/?view=%3Cscript%3E&reading=x&edits=1');
  await expect(page.locator('#mode-zh')).toBeChecked();
  await expect(page.locator('#reading-normalized')).toBeChecked();
  await expect(page.locator('#edits-shown')).not.toBeChecked();
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the ¶ link copies the paragraph’s address with the view', async ({ page, baseURL }) => {
    await page.goto('/zh/reports/wenyan/?view=parallel');
    const link = page.locator('#s2-p3 .col-zh .permalink');
    await link.focus();
    await link.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/zh/reports/wenyan/?view=parallel#s2-p3`);
  });
});
