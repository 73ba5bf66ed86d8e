/**
 * Offline after the first visit: once the service worker is active, the
 * reports open and search answers with the network gone.
 */
import { expect, test } from './fixtures.ts';

test('reports and search work offline after a first visit', async ({ page, context }) => {
  await page.goto('/zh/');
  const state = () => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await expect.poll(state, 'the service worker is active').toBe('activated');
  // A first search while online brings the index into the cache.
  await page.goto(`/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  await expect(page.locator('.result').first()).toBeVisible();
  await context.setOffline(true);
  await page.goto('/zh/reports/taoyan/');
  await expect(page.locator('#s1-p1 .col-zh')).toContainText('加快经济提质增效', { useInnerText: true });
  await page.goto('/en/reports/wenyan/#s3-p1');
  await expect(page.locator('#s3-p1 .col-en')).toContainText('Longshan River', { useInnerText: true });
  await page.goto(`/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  await expect(page.locator('.result').first()).toBeVisible();
});
