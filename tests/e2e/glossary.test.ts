/**
 * Glossary in the built site: marks in the reports open their definition
 * from the keyboard, the glossary page's counts equal the marks in the
 * text, the concordance and compare views work in both languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { slugs, useSite } from './harness.ts';
import { loadGlossary } from '../../src/lib/glossary.ts';

const terms = loadGlossary();

test('each entry’s count on the glossary page equals the marks in the normalized text of the reports', () => {
  const marks = new Map<string, number>();
  for (const slug of slugs) {
    const tree = fromHtml(readFileSync(`dist/zh/reports/${slug}/index.html`, 'utf8'));
    for (const mark of selectAll('.col-zh .r-norm a.term', tree)) {
      const id = String(mark.properties.dataTerm);
      marks.set(id, (marks.get(id) ?? 0) + 1);
    }
  }
  const page = fromHtml(readFileSync('dist/zh/glossary/index.html', 'utf8'));
  const entries = selectAll('article.glossary-entry', page);
  assert.equal(entries.length, terms.length);
  for (const entry of entries) {
    const id = String(entry.properties.id);
    assert.equal(Number(entry.properties.dataTotal), marks.get(id) ?? 0, `${id}`);
    assert.ok(Number(entry.properties.dataTotal) > 0, `${id} occurs nowhere`);
  }
});

const site = useSite();

test('a term’s popover opens from the keyboard and links to its entry', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/en/reports/gutang/`);
  await page.locator('label:has(#mode-parallel)').click();
  const term = page.locator('.col-zh a.term').first();
  const id = await term.getAttribute('data-term');
  await term.focus();
  const popover = page.locator('#term-pop');
  assert.ok(await popover.isVisible());
  const definition = terms.find((candidate) => candidate.id === id)!;
  assert.match(await popover.innerText(), new RegExp(definition.pinyin));
  assert.ok((await popover.innerText()).includes(definition.explanationEn));
  await page.keyboard.press('Escape');
  assert.ok(!(await popover.isVisible()));
  await term.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/en/glossary/#${id}`);
  await page.close();
});

test('without JavaScript a term is a link to its glossary entry', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.base}/zh/reports/suoqian/`);
  const href = await page.locator('a.term').first().getAttribute('href');
  assert.match(href!, /^\/zh\/glossary\/#[a-z0-9-]+$/);
  await context.close();
});

test('concordance and compare views, in both languages', async () => {
  for (const lang of ['zh', 'en']) {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/${lang}/glossary/concordance/`);
    assert.equal(await page.locator('table.concordance tbody tr').count(), terms.length);
    assert.equal(await page.locator('table.concordance thead th').count(), slugs.length + 2);
    const first = page.locator('table.concordance tbody th a').first();
    await first.click();
    await page.waitForURL(new RegExp(`/${lang}/glossary/[a-z0-9-]+/$`));
    const columns = page.locator('.compare-town');
    assert.equal(await columns.count(), slugs.length);
    const box = page.locator('.compare-towns input').first();
    await box.uncheck();
    assert.ok(!(await columns.first().isVisible()), 'unticking a town hides its column');
    await page.close();
  }
});
