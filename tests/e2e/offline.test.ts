/**
 * Offline after the first visit: once the service worker is active, the
 * reports open and search answers with the network gone; a page that is not
 * saved gets the offline page in its own language (status 503), data that is
 * not saved fails as it would without a service worker, and the cite dialog
 * says when the citations cannot be had. After a redeploy the first search
 * uses the new index.
 */
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/lib/browser.ts';
import { expect, test, ui } from './fixtures.ts';

/** Waits until the service worker is active and controls the page. */
async function workerActive(page: Page) {
  const state = () => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await expect.poll(state, 'the service worker is active').toBe('activated');
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page is controlled').toBe(true);
}

test('reports and search work offline after a first visit', async ({ page, context }) => {
  await page.goto('/zh/');
  await workerActive(page);
  // A first search while online brings the index into the cache.
  await page.goto(`/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  await expect(page.locator('.result').first()).toBeVisible();
  await context.setOffline(true);
  await page.goto('/zh/reports/taoyan/');
  await expect(page.locator('#s1-p1 .col-zh')).toContainText('加快经济提质增效', { useInnerText: true });
  await page.locator('#s1-p1 .cite-link').click();
  await expect(page.locator('.cite-format').first()).toBeVisible();
  await page.goto('/en/reports/wenyan/#s3-p1');
  await expect(page.locator('#s3-p1 .col-en')).toContainText('Longshan River', { useInnerText: true });
  await page.goto(`/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  await expect(page.locator('.result').first()).toBeVisible();
});

test('offline, a page not saved says so in its own language, and data not saved fails', async ({ page, context }) => {
  await page.goto('/en/');
  await workerActive(page);
  await context.setOffline(true);
  for (const [lang, path, htmlLang] of [
    ['en', '/en/about/', 'en'],
    ['en', '/en/reports/gutang/cite/', 'en'],
    ['zh', '/zh/glossary/concordance/', 'zh-Hans'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(503);
    expect(new URL(page.url()).pathname).toBe(path);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(lang, 'offline.heading'));
    await expect(page.getByRole('link', { name: /Gutang|古塘/ }).last()).toBeVisible();
  }
  // A script's request for data that is not saved fails, as it would without a service worker: no page in its place.
  const fetched = (url: string) =>
    page.evaluate(
      (url) =>
        fetch(url).then(
          (response) => `${response.status} ${response.headers.get('content-type')}`,
          () => 'failed',
        ),
      url,
    );
  for (const url of ['/data/anchors.json', '/data/reports/gutang.json', '/en/about/']) expect(await fetched(url), url).toBe('failed');
});

test('offline, the cite dialog says when the citations are not saved', async ({ page, context }) => {
  await page.goto('/en/reports/gutang/');
  await workerActive(page);
  // As in an edition too large to save every report's citations on the first visit.
  await page.evaluate(async () => {
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) if (request.url.includes('/data/cite/')) await cache.delete(request);
    }
  });
  await context.setOffline(true);
  await page.locator('#s1-p1 .cite-link').click();
  await expect(page.locator('.cite-status')).toHaveText(ui('en', 'cite.unavailable'));
  await page.keyboard.press('Escape');
  // Online again, the next Cite fetches them.
  await context.setOffline(false);
  await page.locator('#s1-p1 .cite-link').click();
  await expect(page.locator('.cite-format').first()).toBeVisible();
});

test.describe('a redeploy', () => {
  const root = 'node_modules/.cache/redeploy';
  test.afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('the first search after it uses the new index', async ({ page }) => {
    test.setTimeout(300_000);
    // Two deploys of the site: v2 has a new phrase in gutang's first paragraph and its search index rebuilt.
    rmSync(root, { recursive: true, force: true });
    for (const version of ['v1', 'v2']) cpSync('dist', `${root}/${version}`, { recursive: true });
    const exported = `${root}/v2/data/reports/gutang.json`;
    const report = JSON.parse(readFileSync(exported, 'utf8')) as { blocks: { id: string; normalized: string; english: string | null }[] };
    const block = report.blocks.find(({ id }) => id === 's0-p1')!;
    block.normalized = `蓝鲸计划。${block.normalized}`;
    block.english = `The Zqxjv Plan. ${block.english}`;
    writeFileSync(exported, JSON.stringify(report));
    rmSync(`${root}/v2/pagefind`, { recursive: true });
    const indexed = spawnSync(process.execPath, ['scripts/build-search.ts'], { env: { ...process.env, OUT_DIR: `${root}/v2` }, encoding: 'utf8', timeout: 240_000 });
    expect(indexed.status, indexed.stderr.slice(-2000)).toBe(0);
    // The server serves whichever deploy the link points at.
    symlinkSync('v1', `${root}/site`);
    const { server, url } = await serve(`${root}/site`);
    try {
      const search = async (lang: 'zh' | 'en', query: string) => {
        await page.goto(`${url}/${lang}/search/?q=${encodeURIComponent(query)}`);
        await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
        return page.locator('.result');
      };
      await page.goto(`${url}/zh/`);
      await workerActive(page);
      // The reader searches before the deploy: the old index is in the service worker's cache.
      await expect((await search('zh', '垃圾分类')).first()).toBeVisible();
      await expect(await search('zh', '蓝鲸计划')).toHaveCount(0);
      await expect(await search('en', 'Zqxjv')).toHaveCount(0);
      rmSync(`${root}/site`);
      symlinkSync('v2', `${root}/site`);
      // Same service worker (sw.js unchanged: the worker in control is the old one), new index.
      await expect((await search('zh', '蓝鲸计划')).first()).toBeVisible();
      await expect((await search('en', 'Zqxjv')).first()).toBeVisible();
    } finally {
      server.close();
    }
  });
});
