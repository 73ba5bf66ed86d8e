/**
 * Glossary in the built site: marks in the reports open their definition
 * from the keyboard, on hover and, on a touch screen, with a tap (in a sheet,
 * without leaving the page); the glossary page's counts equal the marks in
 * the text; the concordance and compare views work in both languages, and the
 * compare view shows why each paragraph is there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { choose, expect, reading, slugs, test, ui } from './fixtures.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';

const terms = loadGlossary();

type Corpus = { reports: { slug: string; metadata: { town: { zh: string; en: string } }; blocks: { kind: string; normalized: string }[] }[] };
const corpus = () => JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as Corpus;

/** Occurrences counted afresh from the published normalized text (of one report, or all), longest form first. */
function textCounts(slug?: string): Map<string, number> {
  const forms = terms.flatMap((term) => [term.zh, ...term.variants].map((form) => [form, term.id] as const)).sort((x, y) => y[0].length - x[0].length);
  const pattern = new RegExp(forms.map(([form]) => form).join('|'), 'g');
  const owner = new Map(forms);
  const counts = new Map<string, number>();
  for (const report of corpus().reports.filter((candidate) => !slug || candidate.slug === slug))
    for (const block of report.blocks)
      if (block.kind === 'paragraph') for (const [match] of block.normalized.matchAll(pattern)) counts.set(owner.get(match)!, (counts.get(owner.get(match)!) ?? 0) + 1);
  return counts;
}

function markCounts(): Map<string, number> {
  const marks = new Map<string, number>();
  for (const slug of slugs) {
    const tree = fromHtml(readFileSync(`dist/zh/reports/${slug}/index.html`, 'utf8'));
    for (const mark of selectAll(`.col-zh ${reading.normalized} a.term`, tree)) {
      const id = String(mark.properties.dataTerm);
      marks.set(id, (marks.get(id) ?? 0) + 1);
    }
  }
  return marks;
}

test('each entry’s count on the glossary page equals its occurrences in the normalized text', () => {
  const counts = textCounts();
  const entries = selectAll('article.glossary-entry', fromHtml(readFileSync('dist/zh/glossary/index.html', 'utf8')));
  assert.equal(entries.length, terms.length);
  for (const entry of entries) {
    const id = String(entry.properties.id);
    assert.ok((counts.get(id) ?? 0) > 0, `${id} occurs nowhere`);
    assert.equal(Number(entry.properties.dataTotal), counts.get(id), id);
  }
});

test('every term is marked in the reports, and never more often than it occurs', () => {
  const counts = textCounts();
  const marks = markCounts();
  for (const term of terms) {
    assert.ok((marks.get(term.id) ?? 0) > 0, `${term.id} is never marked`);
    // A term split by an editorial mark (迎:corr[亚]运) occurs in the text but cannot be one link.
    assert.ok(marks.get(term.id)! <= counts.get(term.id)!, `${term.id}: more marks than occurrences`);
  }
  const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  assert.ok(total(marks) >= total(counts) * 0.98, `${total(marks)} marks for ${total(counts)} occurrences`);
});

// In the browser.

test('a term’s popover opens from the keyboard and links to its entry', async ({ page }) => {
  await page.goto('/en/reports/gutang/');
  await choose(page, 'en', 'mode.parallel');
  const term = page.locator('.col-zh a.term').first();
  const id = await term.getAttribute('data-term');
  await term.focus();
  const popover = page.getByRole('tooltip');
  await expect(popover).toBeVisible();
  const definition = terms.find((candidate) => candidate.id === id)!;
  await expect(popover).toContainText(definition.pinyin);
  await expect(popover).toContainText(definition.explanationEn);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/glossary/#${id}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a link to its glossary entry', async ({ page }) => {
    await page.goto('/zh/reports/suoqian/');
    // The link is relative (one rendering serves both interface languages): it resolves to this language's glossary.
    const href = await page
      .locator('a.term')
      .first()
      .evaluate((link) => (link as HTMLAnchorElement).href);
    expect(href).toMatch(/\/zh\/glossary\/#[a-z0-9-]+$/);
  });
});

test('a term’s popover opens on hover, and a mouse click follows the link to its entry', async ({ page }) => {
  await page.goto('/zh/reports/wenyan/');
  const term = page.locator(`.col-zh ${reading.normalized} a.term`).first();
  const id = await term.getAttribute('data-term');
  await term.hover();
  const popover = page.getByRole('tooltip');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(terms.find((candidate) => candidate.id === id)!.explanationZh);
  await page.mouse.move(0, 0);
  await expect(popover).toBeHidden();
  await term.click();
  await expect(page).toHaveURL(new RegExp(`/zh/glossary/#${id}$`));
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });

  test('a tap opens the definition in a sheet without leaving the page, and closing it returns to the term', async ({ page }) => {
    await page.goto('/zh/reports/wenyan/');
    const address = page.url();
    const marks = page.locator(`.col-zh ${reading.normalized} a.term`);
    const first = marks.first();
    const firstId = (await first.getAttribute('data-term'))!;
    const second = page.locator(`.col-zh ${reading.normalized} a.term:not([data-term="${firstId}"])`).first();
    const sheet = page.getByRole('dialog');
    const closings: [string, () => Promise<void>][] = [
      ['Escape', () => page.keyboard.press('Escape')],
      ['the close button', () => sheet.getByRole('button', { name: ui('zh', 'glossary.close') }).tap()],
      // Above the sheet: the backdrop.
      ['a tap on the backdrop', () => page.touchscreen.tap(187, 40)],
    ];
    for (const [index, [how, close]] of closings.entries()) {
      const term = index === 1 ? second : first;
      const id = (await term.getAttribute('data-term'))!;
      const definition = terms.find((candidate) => candidate.id === id)!;
      await term.tap();
      await expect(sheet, `a tap opens ${id}`).toBeVisible();
      expect(page.url(), 'the page is not left').toBe(address);
      await expect(sheet).toHaveAccessibleName(new RegExp(definition.zh));
      await expect(sheet).toContainText(definition.pinyin);
      await expect(sheet).toContainText(definition.en);
      await expect(sheet).toContainText(definition.explanationZh);
      await expect(sheet.locator('[lang="zh-Latn-pinyin"]')).toHaveText(definition.pinyin);
      await expect(sheet.getByRole('link', { name: ui('zh', 'glossary.entry') })).toHaveAttribute('href', new RegExp(`/zh/glossary/#${id}$`));
      await expect(sheet.getByRole('link', { name: ui('zh', 'glossary.compare') })).toHaveAttribute('href', new RegExp(`/zh/glossary/${id}/$`));
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]'))), 'focus is in the sheet').toBe(true);
      await close();
      await expect(sheet, `${how} closes the sheet`).toBeHidden();
      await expect(term, `${how}: focus is back on the term`).toBeFocused();
      await expect(page.getByRole('tooltip')).toBeHidden();
    }
    expect(page.url()).toBe(address);
    await first.tap();
    await sheet.getByRole('link', { name: ui('zh', 'glossary.compare') }).tap();
    await expect(page).toHaveURL(new RegExp(`/zh/glossary/${firstId}/$`));
  });
});

for (const lang of ['zh', 'en'] as const)
  test(`concordance and compare views (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/glossary/concordance/`);
    await expect(page.locator('table.concordance tbody tr')).toHaveCount(terms.length);
    await expect(page.locator('table.concordance thead th')).toHaveCount(slugs.length + 2);
    await page.locator('table.concordance tbody th a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/[a-z0-9-]+/$`));
    const columns = page.locator('.compare-town');
    const boxes = page.locator('.compare-towns').getByRole('checkbox');
    await expect(columns).toHaveCount(await boxes.count());
    await boxes.first().uncheck();
    await expect(columns.first(), 'unticking a town hides its column').toBeHidden();
  });

for (const lang of ['zh', 'en'] as const)
  test(`the compare view of 共同富裕 highlights every paragraph, folds the towns without it into one line and keeps the towns in the URL (${lang})`, async ({ page }) => {
    const id = 'common-prosperity';
    await page.goto(`/${lang}/glossary/${id}/`);
    const quotes = page.locator('.compare-town blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const quote of await quotes.all()) expect(await quote.locator('p[lang="zh-Hans"] mark').count(), 'a highlight in each quoted paragraph').toBeGreaterThan(0);
    const marked = await page.locator('.compare-town mark').allInnerTexts();
    expect(new Set(marked), 'the variant 共富 is highlighted too').toContain('共富');
    if (lang === 'en') expect(await page.locator('.compare-en mark').count(), 'the English is highlighted').toBeGreaterThan(0);

    const reports = corpus().reports;
    const absent = reports.filter((report) => !textCounts(report.slug).get(id));
    expect(absent.length, 'a town without the term (闻堰)').toBeGreaterThan(0);
    const shown = reports.filter((report) => !absent.includes(report));
    await expect(page.locator('.compare-town')).toHaveCount(shown.length);
    const line = page.locator('.compare-absent');
    await expect(line).toHaveCount(1);
    await expect(line).toContainText(ui(lang, 'compare.absent', { towns: '' }).trim());
    for (const report of absent) await expect(line).toContainText(report.metadata.town[lang]);

    const [first, ...rest] = shown;
    await page.locator('.compare-towns').getByRole('checkbox', { name: first!.metadata.town[lang] }).uncheck();
    await expect(page.locator(`.compare-town[data-town="${first!.slug}"]`)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`\\?towns=${rest.map((report) => report.slug).join(',')}$`));
    await page.reload();
    await expect(page.locator('.compare-towns').getByRole('checkbox', { name: first!.metadata.town[lang] })).not.toBeChecked();
    await expect(page.locator(`.compare-town[data-town="${first!.slug}"]`), 'the reload keeps the town hidden').toBeHidden();
    for (const report of rest) await expect(page.locator(`.compare-town[data-town="${report.slug}"]`)).toBeVisible();
    await page.locator('.compare-towns').getByRole('checkbox', { name: first!.metadata.town[lang] }).check();
    await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/${id}/$`));
  });
