/**
 * Offline after the first visit: once the service worker is active, the
 * reports open and search answers with the network gone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.ts';

const site = useSite();

test('reports and search work offline after a first visit', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  // A first search while online brings the index into the cache.
  await page.goto(`${site.base}/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  await page.locator('.result').first().waitFor({ timeout: 15000 });
  await context.setOffline(true);
  await page.goto(`${site.base}/zh/reports/taoyan/`);
  assert.match(await page.locator('#s1-p1 .col-zh').innerText(), /加快经济提质增效/);
  await page.goto(`${site.base}/en/reports/wenyan/#s3-p1`);
  assert.match(await page.locator('#s3-p1 .col-en').innerText(), /Longshan River/);
  await page.goto(`${site.base}/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  await page.locator('.result').first().waitFor({ timeout: 15000 });
  await context.close();
});
