/**
 * Security in the browser: every page carries a Content-Security-Policy
 * without 'unsafe-inline' scripts, nothing the pages do violates it, and
 * every request they make is same-origin — including search, the cite
 * dialog and glossary popovers.
 */
import { readFileSync } from 'node:fs';
import { choose, expect, test } from './fixtures.ts';

test('the policy forbids inline scripts that are not hashed', () => {
  const html = readFileSync('dist/zh/reports/gutang/index.html', 'utf8');
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy, 'CSP meta present').toBeTruthy();
  const scripts = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
  expect(scripts).not.toMatch(/unsafe-inline/);
  expect(policy).toMatch(/object-src 'none'/);
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
