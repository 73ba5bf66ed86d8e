/**
 * Typography a reader sees: pinyin set in Latin faces that have its tone
 * marks (the CI machine's only CJK face, WenQuanYi Micro Hei, drops ǎ ǐ ǒ),
 * one sans-serif interface face in both languages, the text in the faces of
 * its language, and titles without a line's gap between their lines.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The fonts Chromium actually drew an element's text with (DevTools protocol), by family name. */
async function fontsDrawn(page: Page, selector: string): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
  await client.detach();
  return fonts.map((font) => font.familyName);
}

const cjkFaces = /WenQuanYi|Droid Sans Fallback|Noto (Sans|Serif) CJK|Source Han|PingFang|Hiragino|YaHei|SimSun|Song/i;

test('pinyin is drawn in a Latin face with its tone marks, in ruby and in the glossary', async ({ page }) => {
  await page.goto('/zh/reports/wenyan/?reading=printed');
  const ruby = '#s0-p1 ruby rt';
  expect(await page.locator(ruby).first().textContent()).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]/);
  const rubyFonts = await fontsDrawn(page, ruby);
  expect(rubyFonts.length).toBeGreaterThan(0);
  expect(rubyFonts.join(', '), 'ruby pinyin fonts').not.toMatch(cjkFaces);

  // The glossary's own pinyin, on its page.
  await page.goto('/zh/glossary/');
  const entry = '.entry-pinyin';
  const glossaryFonts = await fontsDrawn(page, entry);
  expect(glossaryFonts.join(', '), 'glossary pinyin fonts').not.toMatch(cjkFaces);
});

test('the interface is one sans-serif face in both languages; the text keeps the faces of its language', async ({ page }) => {
  for (const lang of ['zh', 'en'] as const) {
    await page.goto(`/${lang}/reports/taoyan/?view=parallel`);
    const family = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).fontFamily);
    const ui = await family('.site-nav a');
    expect(ui, `${lang}: navigation`).toMatch(/^system-ui/);
    for (const selector of ['.language-switch', '.kicker span', '.reading-controls label span', '.metadata summary', '.toc a span:last-child'])
      expect(await family(selector), `${lang}: ${selector}`).toBe(ui);
    expect(await family('.col-zh p'), `${lang}: Chinese text`).toMatch(/^"?Noto Serif CJK SC/);
    expect(await family('.col-en p'), `${lang}: English text`).toMatch(/^"?Iowan Old Style/);
  }
});

test('a Chinese title that runs to two lines has them a heading’s distance apart, not a paragraph’s', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/zh/reports/wenyan/');
  const { lines, fontSize } = await page.locator('.report-title h1 .r-norm').evaluate((span) => {
    const range = document.createRange();
    range.selectNodeContents(span);
    const tops = [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))].sort((a, b) => a - b);
    return { lines: tops, fontSize: parseFloat(getComputedStyle(span).fontSize) };
  });
  expect(lines.length, 'the title wraps at 375 px').toBeGreaterThan(1);
  expect((lines[1]! - lines[0]!) / fontSize, 'line distance in ems').toBeLessThanOrEqual(1.5);
});
