/**
 * Security in the browser: every page carries a Content-Security-Policy
 * without 'unsafe-inline' scripts, nothing the pages do violates it, and
 * every request they make is same-origin — including search, the cite
 * dialog and glossary popovers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useSite } from './harness.ts';

const site = useSite();

test('the policy forbids inline scripts that are not hashed', () => {
  const html = readFileSync('dist/zh/reports/gutang/index.html', 'utf8');
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(policy, 'CSP meta present');
  const scripts = policy.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
  assert.doesNotMatch(scripts, /unsafe-inline/);
  assert.match(policy, /object-src 'none'/);
});

test('a reader’s session makes only same-origin requests and breaks no policy', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.base) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  await page.goto(`${site.base}/zh/`);
  await page.goto(`${site.base}/zh/search/?q=${encodeURIComponent('未來社區')}`);
  await page.waitForSelector('.result');
  await page.goto(`${site.base}/en/search/?q=villages`);
  await page.waitForSelector('.result');
  await page.goto(`${site.base}/zh/reports/wenyan/`);
  await page.locator('label:has(#reading-printed)').click();
  await page.locator('label:has(#reading-normalized)').click();
  await page.locator('.col-zh a.term').first().focus();
  await page.locator('#term-pop').waitFor();
  await page.locator('#s1-p1 .cite-link').click();
  await page.locator('.cite-format').first().waitFor({ timeout: 20000 });
  await page.goto(`${site.base}/en/glossary/concordance/`);
  await page.goto(`${site.base}/en/glossary/common-prosperity/`);
  await page.locator('.compare-towns input').first().uncheck();
  assert.deepEqual(foreign, []);
  assert.deepEqual(violations, []);
  await context.close();
});
