/**
 * A keyboard-only journey, Tab and Enter and Space alone: switch to the
 * printed reading and back, open a correction note, open a glossary popover,
 * copy a citation, search from the header and open a result.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';

const site = useSite();

/** Presses Tab until the focused element matches the selector. */
async function tabTo(page: Page, selector: string, limit = 600) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('a reader can do everything with the keyboard alone', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/reports/jingjiang/`);

  await tabTo(page, '#reading-normalized');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.locator('#reading-printed').isChecked(), 'arrow key moves to the printed reading');
  assert.match(await page.locator('#s3-p1 .col-zh').innerText(), /深人/);
  await page.keyboard.press('ArrowLeft');
  assert.ok(await page.locator('#reading-normalized').isChecked());

  await tabTo(page, '#s3-p1 .ed-corr');
  assert.ok(await page.locator('#s3-p1 .ed-corr .ed-note').first().isVisible(), 'correction note open');

  await tabTo(page, '.col-zh a.term');
  assert.ok(await page.locator('#term-pop').isVisible(), 'glossary popover open');

  await tabTo(page, '.cite-link');
  await page.keyboard.press('Enter');
  await page.locator('.cite-format').first().waitFor({ timeout: 20000 });
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /\[[A-Z]+\/OL\]\. .*#s\d/);
  await page.keyboard.press('Escape');

  await page.keyboard.press('/');
  await page.keyboard.type('河长制');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/zh\/search\/\?q=/);
  await page.locator('.result-link').first().waitFor({ timeout: 15000 });
  await tabTo(page, '.result-link');
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${href}`);
  await context.close();
});

test('focus is always visible', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/en/reports/gutang/`);
  for (const selector of ['a.language-switch', '#header-search', '.col-zh a.term', '.ed-corr, .toc a']) {
    await page.locator(selector).first().focus();
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });
    assert.ok(outline, `${selector} shows a focus outline`);
  }
  await page.close();
});
