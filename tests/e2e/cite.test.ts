/**
 * The cite dialog as a reader uses it: what opening it costs, that it shows
 * the build's citations with today's date, citing a selection, the quotation
 * link, and the notice when the page is served from another address.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { expect, expectInView, reading, test, ui } from './fixtures.ts';
import { fillCitations, type CitationTemplates } from '../../src/lib/cite-fill.ts';
import { siteUrl } from '../../src/config.ts';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** What the page fetches while an action runs: each response's type and its size gzipped (as a static host sends it). */
async function fetched(page: Page, action: () => Promise<void>) {
  const responses: Response[] = [];
  const listener = (response: Response) => responses.push(response);
  page.on('response', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return Promise.all(responses.map(async (response) => ({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(await response.body()).length })));
}

test('opening the cite dialog loads no script and a few kB of citations, and shows the build’s strings with today’s date', async ({ page }) => {
  await page.goto('/en/reports/jingjiang/');
  await page.waitForLoadState('networkidle');
  const dialog = page.getByRole('dialog');
  const opened = await fetched(page, async () => {
    await page.locator('#s9-p2 .cite-link').click();
    await expect(dialog.locator('.cite-format').first()).toBeVisible();
  });
  expect(
    opened.filter((response) => response.type === 'script'),
    'no script is loaded on opening',
  ).toEqual([]);
  // The browser's own request for the tab's icon may come late on a busy machine: it is not the dialog's.
  const citations = opened.filter((response) => new URL(response.url).pathname !== '/favicon.svg');
  expect(citations.map((response) => new URL(response.url).pathname)).toEqual(['/data/cite/en/jingjiang.json']);
  expect(citations[0]!.gzip, `opening the dialog loads ${citations[0]!.gzip} bytes (gzip)`).toBeLessThanOrEqual(20_000);
  const templates = JSON.parse(readFileSync('dist/data/cite/en/jingjiang.json', 'utf8')) as CitationTemplates;
  const expected = fillCitations(templates, 's9-p2', today());
  const shown = await dialog.locator('.cite-text').allInnerTexts();
  expect(shown.map((text) => text.trim())).toEqual(
    Object.values(expected)
      .flat()
      .map((part) => part.text.trim()),
  );
  expect(shown.join('\n')).toMatch(/sec\. 9, para\. 2/);
});

test('the whole page’s script stays small: 20 kB gzip at most', async ({ page }) => {
  const load = await fetched(page, async () => {
    await page.goto('/zh/reports/gutang/');
  });
  const script = load.filter((response) => response.type === 'script').reduce((sum, response) => sum + response.gzip, 0);
  expect(script, `${script} bytes of script (gzip)`).toBeGreaterThan(0);
  expect(script, `${script} bytes of script (gzip)`).toBeLessThanOrEqual(20_000);
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('selecting words in a paragraph offers “cite selection”: the quotation, a link to the words, and the citations', async ({ page, context, baseURL }) => {
    await page.goto('/zh/reports/taoyan/');
    await page.evaluate((normalized) => {
      const paragraph = document.querySelector(`#s2-p1 .col-zh ${normalized}`) ?? document.querySelector('#s2-p1 .col-zh')!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(8, node.length));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, reading.normalized);
    const button = page.getByRole('button', { name: ui('zh', 'cite.selection') });
    await expect(button).toBeVisible();
    const quoted = await page.evaluate(() => getSelection()!.toString().trim());
    await button.click();
    const dialog = page.getByRole('dialog');
    const quotation = dialog.locator('.cite-quotation .cite-text');
    await expect(quotation).toHaveCount(2);
    await expect(quotation.first()).toHaveText(`“${quoted}”`);
    await expect(quotation.nth(1)).toHaveText(new RegExp(`/zh/reports/taoyan/#s2-p1:~:text=${encodeURIComponent(quoted).replace(/-/g, '%2D')}$`));
    await expect(dialog).toContainText('GB/T 7714');
    const link = await quotation.nth(1).innerText();

    // The link opens the paragraph in a new tab (served here from this test's host).
    const reader = await context.newPage();
    await reader.setViewportSize({ width: 1280, height: 800 });
    await reader.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
    await expectInView(reader, '#s2-p1');
  });
});

test('served from another address than the configured one, the dialog says which address its citations use', async ({ page }) => {
  await page.goto('/zh/reports/wenyan/');
  await page.locator('#s1-p1 .cite-link').click();
  const notice = page.getByRole('dialog').locator('.cite-address');
  await expect(notice).toContainText(siteUrl);
  await expect(notice).toContainText('127.0.0.1');
});
