/**
 * The edition under a sub-path, as on any static host: built afresh with
 * BASE_PATH=town-reports (written without its slashes, which src/config.ts
 * adds), every internal link and anchor resolves under the prefix, glossary
 * links reach the page's own language, styles load, and search finds and
 * opens paragraphs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { serve } from '../../scripts/lib/browser.ts';
import { checkLinks } from '../support/links.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/host-headers.ts';
import { expect, test } from './fixtures.ts';

const root = 'node_modules/.cache/subpath';
const prefix = '/town-reports/';
let server: Server | undefined;
let base: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  rmSync(root, { recursive: true, force: true });
  const env = { ...process.env, BASE_PATH: 'town-reports', OUT_DIR: `${root}${prefix}`, NO_COLOR: '1' };
  for (const args of [['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', `${root}${prefix}`], ['scripts/build-search.ts']]) {
    const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 300_000 });
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
  }
  ({ server, url: base } = await serve(root));
});

test.afterAll(() => {
  server?.close();
  // Leave the main build's content cache as a normal build would have it.
  rmSync(root, { recursive: true, force: true });
});

test('every internal link and anchor resolves under the sub-path', () => {
  const { pages, broken } = checkLinks(`${root}${prefix.replace(/\/$/, '')}`, prefix);
  expect(pages).toBeGreaterThan(30);
  expect(broken.slice(0, 10)).toEqual([]);
});

test('the glossary links of both columns reach the glossary of the page’s language under the sub-path', async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await page.goto(`${base}${prefix}${lang}/reports/gutang/`);
    for (const column of ['.col-zh', '.col-en']) {
      const hrefs = await page.locator(`${column} a.term`).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(hrefs.length, `${lang} ${column} has glossary links`).toBeGreaterThan(0);
      for (const href of hrefs) expect(new URL(href).pathname, `${lang} ${column}`).toBe(`${prefix}${lang}/glossary/`);
    }
  }
});

test('pages, styles and search work under the sub-path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto(`${base}${prefix}zh/reports/gutang/`);
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily), 'stylesheet applied').not.toBe('');
  await expect(page.locator('.site-header')).toHaveCSS('display', 'flex');
  await page.goto(`${base}${prefix}zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  const first = page.locator('.result-link').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${prefix}zh/reports/[a-z]+/#s\\d+`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${prefix}zh/reports/`));
  expect(failed).toEqual([]);
});

test('the host’s headers file names its paths under the sub-path', () => {
  const rules = parseHeadersFile(readFileSync(`${root}${prefix}_headers`, 'utf8'));
  expect(rules.map((rule) => rule.path).filter((path) => !path.startsWith(prefix))).toEqual([]);
  expect(Object.fromEntries(headersFor(rules, `${prefix}sw.js`))['Cache-Control']).toBe('no-cache');
  expect(Object.fromEntries(headersFor(rules, `${prefix}zh/`))['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
});
