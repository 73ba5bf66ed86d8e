/**
 * Glossary in the built site: marks in the reports open their definition
 * from the keyboard, the glossary page's counts equal the marks in the
 * text, the concordance and compare views work in both languages.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { choose, expect, reading, slugs, test } from './fixtures.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';

const terms = loadGlossary();

/** Occurrences counted afresh from the published normalized text, longest form first. */
function textCounts(): Map<string, number> {
  const corpus = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as { reports: { blocks: { kind: string; normalized: string }[] }[] };
  const forms = terms.flatMap((term) => [term.zh, ...term.variants].map((form) => [form, term.id] as const)).sort((x, y) => y[0].length - x[0].length);
  const pattern = new RegExp(forms.map(([form]) => form).join('|'), 'g');
  const owner = new Map(forms);
  const counts = new Map<string, number>();
  for (const report of corpus.reports)
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

for (const lang of ['zh', 'en'])
  test(`concordance and compare views (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/glossary/concordance/`);
    await expect(page.locator('table.concordance tbody tr')).toHaveCount(terms.length);
    await expect(page.locator('table.concordance thead th')).toHaveCount(slugs.length + 2);
    await page.locator('table.concordance tbody th a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/[a-z0-9-]+/$`));
    const columns = page.locator('.compare-town');
    await expect(columns).toHaveCount(slugs.length);
    await page.locator('.compare-towns').getByRole('checkbox').first().uncheck();
    await expect(columns.first(), 'unticking a town hides its column').toBeHidden();
  });
