/**
 * axe-core finds no violations on any page type, in both interface
 * languages and both colour schemes, nor in a glossary term's sheet (touch).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const pages = ['/', '/404.html'];
for (const lang of ['zh', 'en'])
  pages.push(
    `/${lang}/`,
    `/${lang}/reports/wenyan/`,
    `/${lang}/reports/jingjiang/cite/`,
    `/${lang}/search/?q=${encodeURIComponent('亚运')}`,
    `/${lang}/glossary/`,
    `/${lang}/glossary/concordance/`,
    `/${lang}/glossary/common-prosperity/`,
    `/${lang}/data/`,
    `/${lang}/figures/`,
    `/${lang}/about/`,
    `/${lang}/offline/`,
  );

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of pages)
      test(`no axe violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        // The search page fills its results after loading; axe checks them too.
        if (path.includes('/search/')) await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((violation) => `${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });

    test.describe('on a touch screen', () => {
      test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });

      test('no axe violations in a glossary term’s sheet', async ({ page }) => {
        await page.goto('/en/reports/wenyan/');
        await page.locator('a.term:visible').first().tap();
        await expect(page.getByRole('dialog')).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).include('#term-sheet').analyze();
        expect(violations.map((violation) => `${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });
    });
  });
}
