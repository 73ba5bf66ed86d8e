/**
 * The cite dialog as a reader uses it: what opening it costs, that it shows
 * the build's citations with today's date, citing a selection, the quotation
 * link, and the notice when the page is served from another address.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite, waitInView } from './harness.ts';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { fillCitations, type CitationTemplates } from '../../src/lib/cite-fill.ts';
import { siteUrl } from '../../src/config.ts';

const site = useSite();
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

test('opening the cite dialog loads no script and a few kB of citations, and shows the build’s strings with today’s date', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/en/reports/jingjiang/`);
  await page.waitForLoadState('networkidle');
  const dialog = page.locator('#cite-dialog');
  const opened = await fetched(page, async () => {
    await page.locator('#s9-p2 .cite-link').click();
    await dialog.locator('.cite-format').first().waitFor();
  });
  assert.deepEqual(
    opened.filter((response) => response.type === 'script'),
    [],
    'no script is loaded on opening',
  );
  assert.deepEqual(
    opened.map((response) => new URL(response.url).pathname),
    ['/data/cite/en/jingjiang.json'],
  );
  assert.ok(opened[0]!.gzip <= 20_000, `opening the dialog loads ${opened[0]!.gzip} bytes (gzip)`);
  const templates = JSON.parse(readFileSync('dist/data/cite/en/jingjiang.json', 'utf8')) as CitationTemplates;
  const expected = fillCitations(templates, 's9-p2', today());
  const shown = await dialog.locator('.cite-text').allInnerTexts();
  assert.deepEqual(
    shown.map((text) => text.trim()),
    Object.values(expected)
      .flat()
      .map((part) => part.text.trim()),
  );
  assert.match(shown.join('\n'), /sec\. 9, para\. 2/);
  await page.close();
});

test('the whole page’s script stays small: 20 kB gzip at most', async () => {
  const page = await site.browser.newPage();
  const load = await fetched(page, async () => {
    await page.goto(`${site.base}/zh/reports/gutang/`);
  });
  const script = load.filter((response) => response.type === 'script').reduce((sum, response) => sum + response.gzip, 0);
  assert.ok(script > 0 && script <= 20_000, `${script} bytes of script (gzip)`);
  await page.close();
});

test('selecting words in a paragraph offers “cite selection”: the quotation, a link to the words, and the citations', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/reports/taoyan/`);
  await page.evaluate(() => {
    const paragraph = document.querySelector('#s2-p1 .col-zh .r-norm') ?? document.querySelector('#s2-p1 .col-zh')!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(8, node.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const button = page.locator('button.cite-selection');
  await button.waitFor({ state: 'visible' });
  const quoted = await page.evaluate(() => getSelection()!.toString().trim());
  await button.click();
  const dialog = page.locator('#cite-dialog');
  await dialog.locator('.cite-quotation').waitFor();
  const [quotation, link] = await dialog.locator('.cite-quotation .cite-text').allInnerTexts();
  assert.equal(quotation, `“${quoted}”`);
  assert.match(link!, new RegExp(`/zh/reports/taoyan/#s2-p1:~:text=${encodeURIComponent(quoted).replace(/-/g, '%2D')}$`));
  assert.match(await dialog.innerText(), /GB\/T 7714/);
  await context.close();

  // The link opens the paragraph (served here from this test's host).
  const reader = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await reader.goto(link!.replace(/^https?:\/\/[^/]+/, site.base));
  await waitInView(reader, '#s2-p1');
  await reader.close();
});

test('served from another address than the configured one, the dialog says which address its citations use', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/zh/reports/wenyan/`);
  await page.locator('#s1-p1 .cite-link').click();
  const notice = page.locator('#cite-dialog .cite-address');
  await notice.waitFor();
  const configured = siteUrl;
  assert.match(await notice.innerText(), new RegExp(configured.replace(/[.]/g, '\\.')));
  assert.match(await notice.innerText(), /127\.0\.0\.1/);
  await page.close();
});
