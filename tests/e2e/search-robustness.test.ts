/**
 * Search and report links under careless and hostile input, in the browser
 * (the pure half: tests/unit/search-robustness.test.ts):
 *  - a report with thousands of matching paragraphs answers in seconds,
 *    shows its first three and offers "more in this report";
 *  - ?town=<slug> filters even when the page offers no checkbox for it (an
 *    edition of more than 50 towns), stays in the URL and can be removed;
 *  - a query with direction overrides is echoed isolated, in <bdi>;
 *  - a malformed fragment throws nothing, and a link to a place the report
 *    does not have says so and offers the report's beginning.
 *
 * The long report is a site of its own: dist/ (run `npm run build` first)
 * with one more export, a report of 3,000 paragraphs, indexed by the real
 * scripts/build-search.ts; pages are dist's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/lib/browser.ts';
import { searchManifest } from '../../src/lib/search-records.ts';
import type { ReportExport } from '../../src/lib/exports.ts';
import { expect, test, ui, uiPattern } from './fixtures.ts';

const root = 'node_modules/.cache/search-long-report';
const paragraphs = 3_000;
let server: Server | undefined;
let site: string;

/** Page errors (an uncaught URIError) and dialogs while `run` runs. */
async function errorsDuring(page: Page, run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError);
  await run();
  page.off('pageerror', onError);
  return errors;
}

const finished = (page: Page) => expect(page.locator('#search-status')).toHaveAttribute('data-state', /^(done|error)$/);

test.describe('a report with thousands of matching paragraphs', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(() => {
    test.setTimeout(300_000);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(`${root}/data/reports`, { recursive: true });
    // dist's pages and assets as they are; the index and the exports of this site's own.
    for (const entry of readdirSync('dist')) if (entry !== 'pagefind' && entry !== 'data') symlinkSync(resolve('dist', entry), join(root, entry));
    for (const entry of readdirSync('dist/data')) if (entry !== 'reports' && entry !== 'search-manifest.json') symlinkSync(resolve('dist/data', entry), join(root, 'data', entry));
    const exported = readdirSync('dist/data/reports').filter((name) => name.endsWith('.json'));
    for (const name of exported) writeFileSync(`${root}/data/reports/${name}`, readFileSync(`dist/data/reports/${name}`));
    const model = JSON.parse(readFileSync('dist/data/reports/gutang.json', 'utf8')) as ReportExport;
    const long: ReportExport = {
      ...model,
      slug: 'bigmany',
      metadata: { ...model.metadata, town: { zh: '大多镇', en: 'Bigmany Town' } },
      blocks: [
        { ...model.blocks.find((block) => block.kind === 'section')!, id: 's1', normalized: '一、环境整治', english: 'I. The environment' },
        ...Array.from({ length: paragraphs }, (_, p) => ({
          ...model.blocks.find((block) => block.kind === 'paragraph')!,
          id: `s1-p${p + 1}`,
          normalized: `第${p + 1}项：深化垃圾分类工作，推进城乡环境综合整治，完善长效管理机制，提升群众满意度。`,
          english: `Item ${p + 1}: deepen waste sorting, improve the urban and rural environment and its lasting management.`,
        })),
      ],
    };
    writeFileSync(`${root}/data/reports/bigmany.json`, JSON.stringify(long));
    const slugs = [...exported.map((name) => name.slice(0, -'.json'.length)), 'bigmany'];
    writeFileSync(`${root}/data/search-manifest.json`, JSON.stringify(searchManifest(slugs, 5000)));
    const indexed = spawnSync(process.execPath, ['scripts/build-search.ts'], { env: { ...process.env, OUT_DIR: root }, encoding: 'utf8', timeout: 240_000 });
    expect(indexed.status, indexed.stderr.slice(-2000)).toBe(0);
  });

  test.beforeAll(async () => {
    ({ server, url: site } = await serve(root));
  });

  test.afterAll(() => {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('the results come in seconds; the report shows three paragraphs and offers the rest', async ({ page }) => {
    const started = Date.now();
    await page.goto(`${site}/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
    // Before the fix Pagefind worked out every one of the 3,000 sub-results at once: minutes, not seconds.
    await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds, `results after ${seconds.toFixed(1)} s`).toBeLessThan(20);
    const report = page.locator('#results-bigmany');
    await expect(report.locator('.result')).toHaveCount(3);
    await expect(report.locator('.result-link').first()).toHaveAttribute('href', /^\/zh\/reports\/bigmany\/#s1-p\d+$/);
    const more = report.getByRole('button', { name: uiPattern('zh', 'search.moreInReport') });
    await expect(more).toBeVisible();
    const rest = Number(/\d+/.exec((await more.textContent())!)![0]);
    expect(rest).toBeGreaterThan(20);
    await more.click();
    await expect(report.locator('.result')).toHaveCount(23);
    await expect(report.locator('.result').nth(3).locator('a')).toBeFocused();
    await expect(more).toHaveText(ui('zh', 'search.moreInReport', { n: rest - 20 }));
    // Paragraphs of one report are listed once, in reading order, whichever of its parts they were found in.
    const numbers = (await report.locator('.result-where').allTextContents()).map((text) => Number(/#s1-p(\d+)$/.exec(text)![1]));
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
    await expect(page.locator('[id="results-bigmany"]'), 'one section per report').toHaveCount(1);
  });

  test('?town= filters without a checkbox for the town, stays in the URL, and can be removed', async ({ page }) => {
    const towns = () => page.locator('.results-town').evaluateAll((sections) => sections.map((section) => section.id));
    // The page offers a checkbox for the edition's five towns only (as beyond 50 towns, for none).
    await page.goto(`${site}/zh/search/?q=${encodeURIComponent('垃圾分类')}&town=bigmany`);
    await finished(page);
    await expect(page.locator('input[name=town][value=bigmany]')).toHaveCount(0);
    expect(await towns()).toEqual(['results-bigmany']);
    expect(new URL(page.url()).searchParams.getAll('town')).toEqual(['bigmany']);
    // 亚运 is in other reports, not in this one: filtered to this town, nothing is found.
    await page.goto(`${site}/zh/search/?q=${encodeURIComponent('亚运')}&town=bigmany`);
    await finished(page);
    await expect(page.locator('#search-status')).toHaveText(uiPattern('zh', 'search.none'));
    expect(new URL(page.url()).searchParams.getAll('town')).toEqual(['bigmany']);
    const filter = page.locator('#url-filters li');
    await expect(filter).toContainText(ui('zh', 'search.urlFilter', { facet: ui('zh', 'search.filter.town'), value: 'bigmany' }));
    await expect(filter.locator('bdi').last()).toHaveText('bigmany');
    await filter.getByRole('button', { name: new RegExp(ui('zh', 'search.urlFilter.remove')) }).click();
    await expect(page.locator('.result').first()).toBeVisible();
    await finished(page);
    expect(await towns()).not.toContain('results-bigmany');
    expect(new URL(page.url()).searchParams.has('town')).toBe(false);
    await expect(page.locator('#url-filters')).toBeHidden();
  });
});

test('a query with direction overrides is echoed isolated in <bdi>, the overrides dropped', async ({ page }) => {
  for (const [query, key] of [
    ['\u202e亚运\u202c', 'search.summary'],
    ['\u202eqqzzxxj', 'search.none'],
  ] as const) {
    await page.goto(`/zh/search/?q=${encodeURIComponent(query)}`);
    await finished(page);
    const status = page.locator('#search-status');
    await expect(status).toHaveText(uiPattern('zh', key));
    await expect(status.locator('bdi').first()).toHaveText(query.replace(/[\u202a-\u202e]/g, ''));
    expect(await status.textContent(), 'no override left in the echo').not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  }
});

test.describe('a link to a place the report does not have', () => {
  test('a malformed fragment throws nothing and is named in the notice', async ({ page }) => {
    const errors = await errorsDuring(page, async () => {
      await page.goto('/zh/reports/gutang/#%E0%A4%A');
      await expect(page.locator('#anchor-missing')).toBeVisible();
    });
    expect(errors).toEqual([]);
    await expect(page.locator('#anchor-missing bdi')).toHaveText('#%E0%A4%A');
  });

  test('a cited anchor that neither exists nor has an alias: the reader is told, and offered the beginning', async ({ page }) => {
    await page.goto('/en/reports/gutang/#s99-p9');
    const notice = page.locator('#anchor-missing');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(ui('en', 'report.anchorMissing', { id: '#s99-p9' }));
    await expect(notice).toBeInViewport();
    await notice.getByRole('link', { name: ui('en', 'report.anchorMissing.top') }).click();
    await expect(page).toHaveURL(/#main$/);
    await expect(notice).toBeHidden();
  });

  test('an anchor that exists shows no notice', async ({ page }) => {
    await page.goto('/zh/reports/gutang/#s1');
    await expect(page.locator('#s1')).toBeInViewport();
    await expect(page.locator('#anchor-missing')).toBeHidden();
  });
});
