/**
 * The bilingual edition: the language switch keeps report and paragraph,
 * the three reading modes show the right columns, lang attributes are right;
 * screenshots of the parallel view at 1280 and 375 px.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { slugs, useSite, waitInView } from './harness.ts';

const site = useSite();
mkdirSync('screenshots', { recursive: true });

test('switching language on a deep anchor lands on the same paragraph', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.base}/zh/reports/wenyan/#s2-p3`);
  await waitInView(page, '#s2-p3');
  await page.locator('a.language-switch').click();
  await page.waitForURL(`${site.base}/en/reports/wenyan/#s2-p3`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await waitInView(page, '#s2-p3');
  assert.ok(await page.locator('#s2-p3 .col-en').isVisible(), 'English shown by default in the English interface');
  await page.locator('a.language-switch').click();
  await page.waitForURL(`${site.base}/zh/reports/wenyan/#s2-p3`);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  await page.close();
});

test('reading modes: Chinese, English and parallel show the right columns, and the mode persists', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/reports/gutang/`);
  const zh = page.locator('#s1-p1 .col-zh');
  const en = page.locator('#s1-p1 .col-en');
  assert.ok((await zh.isVisible()) && !(await en.isVisible()), 'Chinese only by default in the Chinese interface');
  await page.locator('label:has(#mode-en)').click();
  assert.ok(!(await zh.isVisible()) && (await en.isVisible()), 'English only');
  await page.locator('label:has(#mode-parallel)').click();
  const [zhBox, enBox] = [await zh.boundingBox(), await en.boundingBox()];
  assert.ok(zhBox && enBox && enBox.x > zhBox.x + zhBox.width - 1 && Math.abs(enBox.y - zhBox.y) < 2, 'side by side, aligned at the top');
  await page.goto(`${site.base}/zh/reports/taoyan/`);
  assert.ok(await page.locator('#mode-parallel').isChecked(), 'parallel remembered on the next report');
  await context.close();
});

test('passages carry the right lang attributes', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/en/reports/wenyan/`);
  assert.equal(await page.locator('#s1-p1 .col-zh').getAttribute('lang'), 'zh-Hans');
  assert.equal(await page.locator('#s1-p1 .col-en').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#s1-p1 .r-print').getAttribute('lang'), 'zh-Hant');
  await page.close();
});

test('the English interface has its own home and method pages', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/en/`);
  assert.equal(await page.locator('.report-card').count(), slugs.length);
  assert.match(await page.locator('.report-card').nth(1).innerText(), /Wenyan Subdistrict/);
  await page.goto(`${site.base}/en/about/`);
  assert.match(await page.locator('h1').innerText(), /Method/);
  await page.close();
});

test('parallel view screenshots at 1280 and 375 px', async () => {
  for (const width of [1280, 375]) {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${site.base}/en/reports/suoqian/#s2-p1`);
    await page.locator('label:has(#mode-parallel)').click();
    await page.locator('#s2-p1').scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `parallel view at ${width}px scrolls sideways`);
    await page.screenshot({ path: `screenshots/parallel-suoqian-${width}.png` });
    await context.close();
  }
});
