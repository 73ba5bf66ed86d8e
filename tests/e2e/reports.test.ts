/**
 * A reader's path through the built site: open each report, switch between
 * the normalized and printed readings, follow an anchor, open an editorial
 * note with the keyboard; screenshots at desktop and phone widths (kept as
 * artifacts in screenshots/, not compared).
 */
import { readFileSync } from 'node:fs';
import matter from '../../src/lib/frontmatter.ts';
import { choose, expect, expectInView, reading, slugs, test, ui } from './fixtures.ts';

for (const width of [1280, 375])
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 375 ? 812 : 900 } });

    test(`each report opens with its title, contents and editorial notes, at ${width} px`, async ({ page }) => {
      for (const slug of slugs) {
        const response = await page.goto(`/zh/reports/${slug}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('.title-zh').first(), `${slug}: title visible`).toBeVisible();
        expect(await page.locator('.row-p .col-zh').count(), `${slug}: has paragraphs`).toBeGreaterThan(0);
        await expect(page.getByRole('heading', { name: ui('zh', 'notes.heading') }), `${slug}: editorial notes`).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${slug} at ${width}px scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `screenshots/${slug}-${width}.png`, fullPage: false });
      }
    });
  });

test('the printed reading shows the source; the choice persists across pages', async ({ page }) => {
  await page.goto('/zh/reports/wenyan/');
  const firstParagraph = page.locator('#s0-p1 .col-zh');
  await expect(firstParagraph).toContainText('闻堰街道围绕年初明确的各项目标任务', { useInnerText: true });
  await choose(page, 'zh', 'reading.printed');
  await expect(firstParagraph).toContainText('聞堰街道圍繞年初明確', { useInnerText: true });
  await expect(page.locator('#s0-p1 ruby rt').first(), 'pinyin shown as ruby').toBeVisible();
  await page.goto('/zh/reports/jingjiang/');
  await expect(page.getByRole('radio', { name: ui('zh', 'reading.printed') }), 'printed reading remembered on the next report').toBeChecked();
  await expect(page.locator('#s3-p1 .col-zh')).toContainText('深人挖掘', { useInnerText: true });
  await choose(page, 'zh', 'reading.normalized');
  await expect(page.locator('#s3-p1 .col-zh')).toContainText('深入挖掘', { useInnerText: true });
});

test('following an anchor brings its paragraph into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/zh/reports/suoqian/#s9-p1');
  await expectInView(page, '#s9-p1');
  await page.goto('/zh/reports/taoyan/');
  await page.locator('.toc-menu summary', { hasText: ui('zh', 'toc.heading') }).click();
  await page.locator('.toc a[href="#s4"]').click();
  await expectInView(page, '#s4');
  await expect(page).toHaveURL(/#s4$/);
});

test('with edits shown, an editorial note opens from the keyboard and names what was printed', async ({ page }) => {
  await page.goto('/zh/reports/jingjiang/?edits=shown');
  const mark = page.locator('#s3-p1 .ed-corr').first();
  await mark.focus();
  const note = mark.locator(reading.note);
  await expect(note, 'note visible on focus').toBeVisible();
  await expect(note).toContainText('原印“人”');
  await expect(mark).toHaveAttribute('aria-describedby', (await note.getAttribute('id'))!);
  await page.keyboard.press('Escape');
  await expect(note, 'Escape closes the note').toBeHidden();
});

test('a wrong printed pinyin keeps its ruby and, with edits shown, opens a note giving the right reading', async ({ page }) => {
  await page.goto('/en/reports/wenyan/?view=zh&reading=printed&edits=hidden');
  const mark = page.locator(`#s3-p2 ${reading.printed} .ed-pinyin`).first();
  await expect(mark.locator('rt'), 'the ruby shows the pinyin as printed').toHaveText('zhǎng');
  await mark.focus();
  await expect(mark, 'edits hidden: the mark takes no focus').not.toBeFocused();
  await page.getByRole('checkbox', { name: ui('en', 'reading.edits') }).check();
  await mark.focus();
  const note = mark.locator(reading.note);
  await expect(note, 'note visible on focus').toBeVisible();
  await expect(note).toContainText('printed “長(zhǎng)”, should read cháng');
  await expect(mark).toHaveAttribute('aria-describedby', (await note.getAttribute('id'))!);
  await expect(mark.locator('rt'), 'the printed pinyin is unchanged').toHaveText('zhǎng');
  await page.screenshot({ path: 'screenshots/wenyan-pinyin-flag.png' });
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a ¶ link appears on keyboard focus and copies the paragraph’s full URL', async ({ page, baseURL }) => {
    await page.goto('/zh/reports/gutang/');
    const link = page.locator('#s2-p1 .col-zh .permalink');
    await link.focus();
    await expect(link).toHaveCSS('opacity', '1');
    await link.click();
    await expect(page.locator('#copy-status')).toHaveText(ui('zh', 'anchor.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/zh/reports/gutang/#s2-p1`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the normalized text is shown and the printed one is one click away', async ({ page }) => {
    await page.goto('/zh/reports/wenyan/');
    await expect(page.locator('#s0-p1 .col-zh')).toContainText('闻堰街道', { useInnerText: true });
    await choose(page, 'zh', 'reading.printed');
    await expect(page.locator('#s0-p1 .col-zh')).toContainText('聞堰街道', { useInnerText: true });
  });
});

test('the translation’s note lists its revisions, newest first, each with its date and what changed, in both interfaces', async ({ page }) => {
  for (const slug of slugs) {
    const { data } = matter(readFileSync(`content/reports/en/${slug}.md`, 'utf8'));
    const revisions = (data.revisions as { revision: number; date: string; changes: string[] }[]).toReversed();
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`/${lang}/reports/${slug}/`);
      const history = page.getByRole('list', { name: ui(lang, 'translation.revisions') });
      const entries = history.locator(':scope > li');
      await expect(entries, `${slug} (${lang}): one entry per revision`).toHaveCount(revisions.length);
      for (const [index, revision] of revisions.entries()) {
        const entry = entries.nth(index);
        await expect(entry.locator('.revision-head'), `${slug} (${lang}): newest first`).toContainText(ui(lang, 'translation.revision', { n: revision.revision }));
        await expect(entry.locator('time')).toHaveAttribute('datetime', revision.date);
        await expect(entry.locator('ul > li')).toHaveText(revision.changes);
      }
    }
  }
});

test('home lists the five reports with town, year, kind, length and opening line; 404 offers them too', async ({ page }) => {
  await page.goto('/zh/');
  const cards = page.locator('.report-card');
  await expect(cards).toHaveCount(slugs.length);
  const first = cards.first();
  await expect(first).toContainText('靖江街道');
  await expect(first).toContainText('2021–2022');
  await expect(first).toContainText(ui('zh', 'kind.newspaper-feature'));
  await expect(first).toContainText(/\d[\d,]* 字/);
  await page.screenshot({ path: 'screenshots/home-zh-1280.png', fullPage: true });
  const missing = await page.goto('/zh/reports/nowhere/');
  expect(missing?.status()).toBe(404);
  await expect(page.locator('.not-found li')).toHaveCount(slugs.length);
});
