/**
 * The bilingual edition: the language switch keeps report and paragraph,
 * the three reading modes show the right columns, lang attributes are right;
 * screenshots of the parallel view at 1280 and 375 px (kept as artifacts in
 * screenshots/, not compared).
 */
import { choose, expect, expectInView, reading, slugs, test, ui } from './fixtures.ts';

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('switching language on a deep anchor lands on the same paragraph', async ({ page }) => {
    await page.goto('/zh/reports/wenyan/#s2-p3');
    await expectInView(page, '#s2-p3');
    await page.locator('a.language-switch').click();
    await expect(page).toHaveURL('/en/reports/wenyan/#s2-p3');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectInView(page, '#s2-p3');
    await expect(page.locator('#s2-p3 .col-en'), 'English shown by default in the English interface').toBeVisible();
    await page.locator('a.language-switch').click();
    await expect(page).toHaveURL('/zh/reports/wenyan/#s2-p3');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  });

  test('reading modes: Chinese, English and parallel show the right columns, and the mode persists', async ({ page }) => {
    await page.goto('/zh/reports/gutang/');
    const zh = page.locator('#s1-p1 .col-zh');
    const en = page.locator('#s1-p1 .col-en');
    await expect(zh, 'Chinese only by default in the Chinese interface').toBeVisible();
    await expect(en).toBeHidden();
    await choose(page, 'zh', 'mode.en');
    await expect(zh, 'English only').toBeHidden();
    await expect(en).toBeVisible();
    await choose(page, 'zh', 'mode.parallel');
    await expect(zh).toBeVisible();
    const [zhBox, enBox] = [await zh.boundingBox(), await en.boundingBox()];
    expect(zhBox && enBox && enBox.x > zhBox.x + zhBox.width - 1 && Math.abs(enBox.y - zhBox.y) < 2, 'side by side, aligned at the top').toBe(true);
    await page.goto('/zh/reports/taoyan/');
    await expect(page.getByRole('radio', { name: ui('zh', 'mode.parallel') }), 'parallel remembered on the next report').toBeChecked();
  });
});

test('passages carry the right lang attributes', async ({ page }) => {
  await page.goto('/en/reports/wenyan/');
  await expect(page.locator('#s1-p1 .col-zh')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('#s1-p1 .col-en')).toHaveAttribute('lang', 'en');
  await expect(page.locator(`#s1-p1 ${reading.printed}`)).toHaveAttribute('lang', 'zh-Hant');
});

test('the English interface has its own home and method pages', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('.report-card')).toHaveCount(slugs.length);
  await expect(page.locator('.report-card').nth(1)).toContainText('Wenyan Subdistrict');
  await page.goto('/en/about/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Method');
});

for (const width of [1280, 375])
  test.describe(`parallel view at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });

    test(`parallel view at ${width} px does not scroll sideways (screenshot kept)`, async ({ page }) => {
      await page.goto('/en/reports/suoqian/#s2-p1');
      await choose(page, 'en', 'mode.parallel');
      await page.locator('#s2-p1').scrollIntoViewIfNeeded();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `parallel view at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `screenshots/parallel-suoqian-${width}.png` });
    });
  });
