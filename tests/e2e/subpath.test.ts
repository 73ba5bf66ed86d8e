/**
 * The edition under a sub-path (BASE_PATH=/town-reports/), as on any static
 * host: built afresh, every internal link and anchor resolves under the
 * prefix, styles load, and search finds and opens paragraphs.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { launch, serve } from '../../scripts/lib/browser.ts';
import { checkLinks } from '../support/links.ts';

const root = 'node_modules/.cache/subpath';
const prefix = '/town-reports/';
let browser: Browser;
let server: Server;
let base: string;

before(async () => {
  rmSync(root, { recursive: true, force: true });
  const env = { ...process.env, BASE_PATH: prefix, OUT_DIR: `${root}${prefix}`, NO_COLOR: '1' };
  for (const args of [['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', `${root}${prefix}`], ['scripts/build-search.ts']]) {
    const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 300_000 });
    assert.equal(result.status, 0, result.stderr.slice(-2000));
  }
  ({ server, url: base } = await serve(root));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  // Leave the main build's content cache as a normal build would have it.
  rmSync(root, { recursive: true, force: true });
});

test('every internal link and anchor resolves under the sub-path', () => {
  const { pages, broken } = checkLinks(`${root}${prefix.replace(/\/$/, '')}`, prefix);
  assert.ok(pages > 30);
  assert.deepEqual(broken.slice(0, 10), []);
});

test('pages, styles and search work under the sub-path', async () => {
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto(`${base}${prefix}zh/reports/gutang/`);
  assert.notEqual(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily), '', 'stylesheet applied');
  assert.equal(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).display), 'flex');
  await page.goto(`${base}${prefix}zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  const first = page.locator('.result-link').first();
  await first.waitFor({ timeout: 15000 });
  assert.match((await first.getAttribute('href'))!, new RegExp(`^${prefix}zh/reports/[a-z]+/#s\\d+`));
  await first.click();
  await page.waitForURL(new RegExp(`${prefix}zh/reports/`));
  assert.deepEqual(failed, []);
  await page.close();
});
