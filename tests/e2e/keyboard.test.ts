/**
 * A keyboard-only journey, Tab and Enter and Space alone: switch to the
 * printed reading and back, open a correction note, open a glossary popover,
 * copy a citation, search from the header and open a result.
 */
import type { Page } from '@playwright/test';
import { expect, reading, test } from './fixtures.ts';

/** Presses Tab until the focused element matches the selector. */
async function tabTo(page: Page, selector: string, limit = 600) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });

  test('a reader can do everything with the keyboard alone', async ({ page }) => {
    await page.goto('/zh/reports/jingjiang/');

    await tabTo(page, '#reading-normalized');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#reading-printed'), 'arrow key moves to the printed reading').toBeChecked();
    await expect(page.locator('#s3-p1 .col-zh')).toContainText('深人', { useInnerText: true });
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#reading-normalized')).toBeChecked();

    await tabTo(page, '#edits-shown');
    await page.keyboard.press('Space');
    await expect(page.locator('#edits-shown'), 'space shows the edits').toBeChecked();
    await tabTo(page, '#s3-p1 .ed-corr');
    await expect(page.locator(`#s3-p1 .ed-corr ${reading.note}`).first(), 'correction note open').toBeVisible();

    await tabTo(page, '.col-zh a.term');
    await expect(page.getByRole('tooltip'), 'glossary popover open').toBeVisible();

    await tabTo(page, '.cite-link');
    await page.keyboard.press('Enter');
    await expect(page.locator('.cite-format').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\[[A-Z]+\/OL\]\. .*#s\d/);
    await page.keyboard.press('Escape');

    await page.keyboard.press('/');
    await page.keyboard.type('河长制');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh\/search\/\?q=/);
    await expect(page.locator('.result-link').first()).toBeVisible();
    await tabTo(page, '.result-link');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    // The result's paragraph, in the view the reader chose (edits shown, in the address).
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
  });
});

test('focus is always visible', async ({ page }) => {
  await page.goto('/en/reports/jingjiang/?view=zh&edits=shown');
  for (const selector of ['a.language-switch', '#header-search', '.toc-menu summary', '#edits-shown', '.col-zh a.term', '.report-text .r-norm .ed']) {
    const element = page.locator(selector).first();
    await element.focus();
    await expect(element, `${selector} takes focus`).toBeFocused();
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });
    expect(outline, `${selector} shows a focus outline`).toBe(true);
  }
});
