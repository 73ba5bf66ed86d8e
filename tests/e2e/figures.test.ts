/**
 * The figures page and the figures as data (issue 21): the plots are static SVG with a title, a description
 * and a link from every bar to its paragraph; each plot's data is a CSV; the tables by topic link every row
 * to its paragraph and are all shown without JavaScript; with it, the town and year filter hides the rest;
 * figures.json validates against figures.schema.json and figures.csv opens with a BOM.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test, ui } from './fixtures.ts';

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the plots are SVG with a title, a description and a link to every point’s paragraph`, async ({ page }) => {
    await page.goto(`/${lang}/figures/`);
    const plots = page.locator('svg.plot');
    await expect(plots).toHaveCount(2);
    for (const [index, name] of ['investment', 'growth'].entries()) {
      const svg = plots.nth(index);
      await expect(svg.locator(':scope > title')).toHaveText(ui(lang, `figures.plot.${name}` as 'figures.plot.growth'));
      await expect(svg.locator(':scope > desc')).not.toBeEmpty();
      const links = svg.locator('a');
      expect(await links.count()).toBeGreaterThan(3);
      for (const href of await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')!)))
        expect(href).toMatch(new RegExp(`^/${lang}/reports/[a-z]+/#s\\d+(-p\\d+)?$`));
      const csv = page.getByRole('link', { name: new RegExp(`${name}\\.csv`) });
      const response = await page.request.get((await csv.getAttribute('href'))!);
      const body = await response.text();
      expect(body.startsWith('\uFEFFreport,')).toBe(true);
      expect(body.trim().split('\r\n')).toHaveLength((await links.count()) + 1);
    }
    // The first bar of the growth plot goes to the paragraph that states its figure.
    const bar = plots.nth(1).locator('a').first();
    const label = await bar.locator('.plot-value').textContent();
    await bar.click();
    await expect(page).toHaveURL(/\/reports\/[a-z]+\/#s\d+-p\d+$/);
    const anchor = new URL(page.url()).hash;
    await expect(page.locator(anchor)).toContainText(lang === 'zh' ? label!.replace(/以上$/, '') : label!.replace(/^at least /, '').replace('%', ''));
  });

  test(`${lang}: every figure is in a table by topic, linked to its paragraph; the filter narrows them`, async ({ page }) => {
    const figures = JSON.parse(readFileSync('dist/data/figures.json', 'utf8')) as { figures: { report: string; period: string }[] };
    await page.goto(`/${lang}/figures/`);
    const rows = page.locator('.figures-table tbody tr');
    await expect(rows).toHaveCount(figures.figures.length);
    await expect(page.locator('.figures-topic h3')).toHaveText(
      ['economy', 'investment', 'social', 'environment', 'governance'].map((topic) => new RegExp(ui(lang, `figures.topic.${topic}` as 'figures.topic.economy'))),
    );
    const form = page.getByRole('form', { name: ui(lang, 'figures.filter') });
    await form.getByLabel(ui(lang, 'figures.filter.town')).selectOption('wenyan');
    const wenyan = figures.figures.filter((figure) => figure.report === 'wenyan').length;
    await expect(page.locator('.figures-table tbody tr:visible')).toHaveCount(wenyan);
    await expect(form.locator('output')).toHaveText(ui(lang, 'figures.filter.count', { shown: wenyan, total: figures.figures.length }));
    await form.getByLabel(ui(lang, 'figures.filter.year')).selectOption('2021');
    await expect(page.locator('.figures-table tbody tr:visible')).toHaveCount(0);
    await expect(page).toHaveURL(/\?town=wenyan&year=2021$/);
    await page.reload();
    await expect(page.locator('.figures-table tbody tr:visible')).toHaveCount(0);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('each row is a card with its figure in view, still a table to assistive technology, and the filter still hides rows', async ({ page }) => {
    await page.goto('/en/figures/');
    const row = page.locator('.figures-table tbody tr').first();
    await row.scrollIntoViewIfNeeded();
    const value = await row.locator('.figure-value').boundingBox();
    expect(value!.x + value!.width).toBeLessThanOrEqual(375);
    expect(
      await page
        .locator('.table-scroll')
        .first()
        .evaluate((region) => region.scrollWidth <= region.clientWidth),
    ).toBe(true);
    const table = page.getByRole('table').first();
    await expect(table.getByRole('columnheader', { name: ui('en', 'figures.col.figure') })).toHaveCount(1);
    await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveCount(5);
    const figures = JSON.parse(readFileSync('dist/data/figures.json', 'utf8')) as { figures: { report: string }[] };
    await page
      .getByRole('form', { name: ui('en', 'figures.filter') })
      .getByLabel(ui('en', 'figures.filter.town'))
      .selectOption('wenyan');
    await expect(page.locator('.figures-table tbody tr:visible')).toHaveCount(figures.figures.filter((figure) => figure.report === 'wenyan').length);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every figure is shown and the filter form stays hidden', async ({ page }) => {
    const figures = JSON.parse(readFileSync('dist/data/figures.json', 'utf8')) as { figures: unknown[] };
    await page.goto('/en/figures/');
    await expect(page.locator('.figures-table tbody tr:visible')).toHaveCount(figures.figures.length);
    await expect(page.locator('form.figures-filter')).toBeHidden();
    await expect(page.locator('svg.plot')).toHaveCount(2);
  });
});

test('figures.json validates against figures.schema.json; figures.csv has a BOM and a row per figure; the Data page documents both', async ({ page }) => {
  const data = JSON.parse(readFileSync('dist/data/figures.json', 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('dist/data/figures.schema.json', 'utf8')));
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const csv = readFileSync('dist/data/figures.csv', 'utf8');
  expect(csv.startsWith('\uFEFFreport,town,townEn,anchor,raw,')).toBe(true);
  expect(csv.trim().split('\r\n')).toHaveLength(data.figures.length + 1);
  // Put together after the build from each report's own files, in the edition's order: nothing more, nothing less.
  const slugs = Object.keys(data.counts);
  expect(slugs).toHaveLength(5);
  const own = slugs.map((slug) => JSON.parse(readFileSync(`dist/data/figures/reports/${slug}.json`, 'utf8')));
  for (const [index, report] of own.entries()) {
    expect(validate(report), `figures/reports/${slugs[index]}.json`).toBe(true);
    expect(report.counts).toEqual({ [slugs[index]!]: data.counts[slugs[index]!] });
  }
  expect(data.figures).toEqual(own.flatMap((report) => report.figures));
  expect(data.skipped).toEqual(own.flatMap((report) => report.skipped));
  const rows = (text: string) => text.replace(/^\uFEFF.*\r\n/, '');
  expect(rows(csv)).toBe(slugs.map((slug) => rows(readFileSync(`dist/data/figures/reports/${slug}.csv`, 'utf8'))).join(''));
  for (const lang of ['zh', 'en'] as const) {
    await page.goto(`/${lang}/data/`);
    const section = page.locator('#figures-data');
    await expect(section.getByRole('link', { name: 'figures.csv' }).first()).toBeVisible();
    await expect(section).toContainText('pd.read_csv');
    await expect(section).toContainText('read.csv');
    await expect(page.locator('footer').getByRole('link', { name: ui(lang, 'figures.heading') })).toBeVisible();
    await expect(page.locator('footer')).toContainText(`${ui(lang, 'style.heading')} · ${ui(lang, 'figures.heading')}`);
  }
});

test('the figures page and the Data page break no Content-Security-Policy rule', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  for (const path of ['/zh/figures/', '/en/figures/', '/zh/data/', '/en/data/']) await page.goto(path);
  expect(violations).toEqual([]);
});
