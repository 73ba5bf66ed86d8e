/**
 * axe-core finds no violations on any page type, in both interface
 * languages and both colour schemes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite } from './harness.ts';

const site = useSite();
const pages = ['/', '/404.html'];
for (const lang of ['zh', 'en'])
  pages.push(
    `/${lang}/`,
    `/${lang}/reports/wenyan/`,
    `/${lang}/reports/jingjiang/cite/`,
    `/${lang}/search/?q=${encodeURIComponent('亚运')}`,
    `/${lang}/glossary/`,
    `/${lang}/glossary/concordance/`,
    `/${lang}/data/`,
    `/${lang}/about/`,
  );

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations in the ${colorScheme} scheme`, async () => {
    const found: string[] = [];
    for (const path of pages) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(site.base + path);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const violation of violations) found.push(`${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
      await context.close();
    }
    assert.deepEqual(found, []);
  });
}
