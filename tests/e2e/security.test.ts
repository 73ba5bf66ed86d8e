/**
 * Security in the browser: every page carries a Content-Security-Policy
 * without 'unsafe-inline' scripts, first in its <head>, WebAssembly allowed on
 * the search pages only; nothing the pages do violates it, and every request
 * they make is same-origin — including search, the cite dialog and glossary
 * popovers. The host's headers (_headers, which the test server sends as
 * Netlify or Cloudflare Pages would) carry the same policy with
 * frame-ancestors 'none', so no other site can frame the edition.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { headersFor, metaPolicy, parseHeadersFile } from '../../src/lib/host-headers.ts';
import { choose, expect, test } from './fixtures.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
/** Every built page's <head>. */
const heads = htmlFiles('dist').map((file) => {
  const html = readFileSync(file, 'utf8');
  return { file, head: html.slice(0, html.indexOf('</head>')) };
});
const searchPages = new Set(['dist/zh/search/index.html', 'dist/en/search/index.html']);
/** The search pages' policy, the widest. */
const searchPolicy = metaPolicy(heads.find(({ file }) => searchPages.has(file))!.head)!;

test('the policy forbids inline scripts that are not hashed', () => {
  const html = readFileSync('dist/zh/reports/gutang/index.html', 'utf8');
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy, 'CSP meta present').toBeTruthy();
  const scripts = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
  expect(scripts).not.toMatch(/unsafe-inline/);
  expect(policy).toMatch(/object-src 'none'/);
});

test('the policy is the first thing in every page’s <head>, after the character encoding', () => {
  expect(heads.length).toBeGreaterThan(100);
  const late = heads.filter(({ head }) => !/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" /i.test(head));
  expect(late.map(({ file }) => file)).toEqual([]);
});

test('only the search pages allow WebAssembly; every page has the same policy otherwise', () => {
  expect(searchPolicy).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);
  for (const { file, head } of heads) {
    const policy = metaPolicy(head);
    if (searchPages.has(file)) expect(policy, file).toBe(searchPolicy);
    else expect(policy, file).toBe(searchPolicy.replace(" 'wasm-unsafe-eval'", ''));
  }
});

test('the host’s headers file carries the pages’ policy with frame-ancestors, the security headers and the caching rules', async ({ request }) => {
  const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  const page = Object.fromEntries(headersFor(rules, '/en/reports/gutang/'));
  expect(page['Content-Security-Policy']).toBe(`${searchPolicy.replace(/;$/, '')}; frame-ancestors 'none'`);
  expect(page).toMatchObject({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Strict-Transport-Security': expect.stringMatching(/^max-age=\d{8,}/),
    'X-Frame-Options': 'DENY',
  });
  expect(page['Cache-Control']).toBeUndefined();
  expect(Object.fromEntries(headersFor(rules, '/sw.js'))['Cache-Control']).toBe('no-cache');
  expect(Object.fromEntries(headersFor(rules, '/pagefind/zh/0/pagefind-entry.json'))['Cache-Control']).toBe('no-cache');
  expect(Object.fromEntries(headersFor(rules, '/_astro/site.abc123.js'))['Cache-Control']).toMatch(/max-age=31536000, immutable/);
  // The test server sends them, as the host would.
  const served = (await request.get('/zh/')).headers();
  expect(served['content-security-policy']).toBe(page['Content-Security-Policy']);
  expect(served['x-content-type-options']).toBe('nosniff');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});

test('no other site can frame the edition', async ({ page, baseURL }) => {
  // A page of another origin (another port on the same loopback, so Chromium's private-network rules do not
  // interfere) that puts the edition in a frame, as a clickjacker would the Copy buttons.
  const framer = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<iframe src="${baseURL}/zh/reports/gutang/"></iframe>`));
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
    // Chromium replaces a refused frame with its error page.
    const frame = () =>
      page
        .frames()
        .find((frame) => frame !== page.mainFrame())
        ?.url();
    await expect.poll(frame, 'the frame is refused').toBe('chrome-error://chromewebdata/');
    await expect(page.frameLocator('iframe').locator('.site-title')).toHaveCount(0);
  } finally {
    framer.close();
  }
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a reader’s session makes only same-origin requests and breaks no policy', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    const searched = () => expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
    await page.goto('/zh/');
    await page.goto(`/zh/search/?q=${encodeURIComponent('未來社區')}`);
    await searched();
    await expect(page.locator('.result').first()).toBeVisible();
    await page.goto('/en/search/?q=villages');
    await searched();
    await expect(page.locator('.result').first()).toBeVisible();
    await page.goto('/zh/reports/wenyan/');
    await choose(page, 'zh', 'reading.printed');
    await choose(page, 'zh', 'reading.normalized');
    await page.locator('.col-zh a.term').first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.locator('#s1-p1 .cite-link').click();
    await expect(page.locator('.cite-format').first()).toBeVisible();
    await page.goto('/en/glossary/concordance/');
    await page.goto('/en/glossary/common-prosperity/');
    await page.locator('.compare-towns').getByRole('checkbox').first().uncheck();
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
});
