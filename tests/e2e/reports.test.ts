/**
 * A reader's path through the built site: open each report, switch between
 * the normalized and printed readings, follow an anchor, open an editorial
 * note with the keyboard; screenshots at desktop and phone widths.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { slugs, useSite, waitInView } from './harness.ts';

const site = useSite();
mkdirSync('screenshots', { recursive: true });

test('each report opens with its title, contents and editorial notes, at desktop and phone width', async () => {
  for (const width of [1280, 375]) {
    const page = await site.browser.newPage({ viewport: { width, height: width === 375 ? 812 : 900 } });
    for (const slug of slugs) {
      const response = await page.goto(`${site.base}/zh/reports/${slug}/`);
      assert.equal(response?.status(), 200);
      assert.ok(await page.locator('.title-zh').first().isVisible(), `${slug}: title visible`);
      assert.ok((await page.locator('.row-p .col-zh').count()) > 0, `${slug}: has paragraphs`);
      assert.ok(await page.locator('#notes-heading').isVisible(), `${slug}: editorial notes`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${slug} at ${width}px scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: `screenshots/${slug}-${width}.png`, fullPage: false });
    }
    await page.close();
  }
});

test('the printed reading shows the source; the choice persists across pages', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/reports/wenyan/`);
  const firstParagraph = page.locator('#s0-p1 .col-zh');
  assert.match(await firstParagraph.innerText(), /闻堰街道围绕年初明确的各项目标任务/);
  await page.locator('label:has(#reading-printed)').click();
  assert.match(await firstParagraph.innerText(), /聞堰街道圍繞年初明確/);
  assert.ok(await page.locator('#s0-p1 ruby rt').first().isVisible(), 'pinyin shown as ruby');
  await page.goto(`${site.base}/zh/reports/jingjiang/`);
  assert.ok(await page.locator('#reading-printed').isChecked(), 'printed reading remembered on the next report');
  assert.match(await page.locator('#s3-p1 .col-zh').innerText(), /深人挖掘/);
  await page.locator('label:has(#reading-normalized)').click();
  assert.match(await page.locator('#s3-p1 .col-zh').innerText(), /深入挖掘/);
  await context.close();
});

test('following an anchor brings its paragraph into view', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.base}/zh/reports/suoqian/#s9-p1`);
  await waitInView(page, '#s9-p1');
  await page.goto(`${site.base}/zh/reports/taoyan/`);
  await page.locator('.toc a[href="#s4"]').click();
  await waitInView(page, '#s4');
  assert.ok(page.url().endsWith('#s4'));
  await page.close();
});

test('an editorial note opens from the keyboard and names what was printed', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/zh/reports/jingjiang/`);
  const mark = page.locator('#s3-p1 .ed-corr').first();
  await mark.focus();
  const note = mark.locator('.ed-note');
  assert.ok(await note.isVisible(), 'note visible on focus');
  assert.match(await note.innerText(), /原印“人”/);
  assert.equal(await mark.getAttribute('aria-describedby'), await note.getAttribute('id'));
  await page.keyboard.press('Escape');
  assert.ok(!(await note.isVisible()), 'Escape closes the note');
  await page.close();
});

test('a ¶ link appears on keyboard focus and copies the paragraph’s full URL', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/reports/gutang/`);
  const link = page.locator('#s2-p1 .col-zh .permalink');
  await link.focus();
  assert.equal(await link.evaluate((element) => getComputedStyle(element).opacity), '1');
  await link.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${site.base}/zh/reports/gutang/#s2-p1`);
  assert.match(await page.locator('#copy-status').innerText(), /链接已复制/);
  await context.close();
});

test('without JavaScript the normalized text is shown and the printed one is one click away', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/reports/wenyan/`);
  assert.match(await page.locator('#s0-p1 .col-zh').innerText(), /闻堰街道/);
  await page.locator('label:has(#reading-printed)').click();
  assert.match(await page.locator('#s0-p1 .col-zh').innerText(), /聞堰街道/);
  await context.close();
});

test('home lists the five reports with town, year, kind, length and opening line; 404 offers them too', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/zh/`);
  const cards = page.locator('.report-card');
  assert.equal(await cards.count(), 5);
  const first = await cards.first().innerText();
  assert.match(first, /靖江街道/);
  assert.match(first, /2021–2022/);
  assert.match(first, /报纸专版/);
  assert.match(first, /\d[\d,]* 字/);
  await page.screenshot({ path: 'screenshots/home-zh-1280.png', fullPage: true });
  const missing = await page.goto(`${site.base}/zh/reports/nowhere/`);
  assert.equal(missing?.status(), 404);
  assert.equal(await page.locator('.not-found li').count(), 5);
  await page.close();
});
