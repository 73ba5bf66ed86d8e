/**
 * Search across towns, in the built site: both Chinese scripts, English with
 * stemming, terms matched whole, filters, results that land on the paragraph,
 * and hostile input that must not break or inject anything. The search
 * status says when it is finished in data-state (searching, done, error).
 */
import type { Dialog, Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { expect, expectInView, test, ui, uiPattern } from './fixtures.ts';

type Lang = 'zh' | 'en';

interface Outcome {
  status: string;
  towns: string[];
  results: { url: string; lang: string; text: string }[];
  errors: string[];
}

/** The search page's own box (the header has another). */
const searchBox = (page: Page, lang: Lang) => page.getByRole('main').getByRole('searchbox', { name: ui(lang, 'search.label') });

/** Searches on a fresh or given page, waits until the search is finished and reads what it shows. */
async function search(page: Page, query: string, options: { lang?: Lang; params?: string; typed?: boolean } = {}): Promise<Outcome> {
  const lang = options.lang ?? 'zh';
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  const onDialog = (dialog: Dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  };
  page.on('pageerror', onError);
  page.on('dialog', onDialog);
  if (options.typed) {
    // What a reader pastes into the box, however long, rather than a URL.
    await page.goto(`/${lang}/search/`);
    await searchBox(page, lang).fill(query);
    await searchBox(page, lang).press('Enter');
  } else {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}${options.params ?? ''}`);
  }
  await expect(page.locator('#search-status')).toHaveAttribute('data-state', /^(done|error)$/);
  page.off('pageerror', onError);
  page.off('dialog', onDialog);
  return {
    status: await page.locator('#search-status').innerText(),
    towns: await page.locator('.results-town').evaluateAll((sections) => sections.map((section) => section.id.replace('results-', ''))),
    results: await page
      .locator('.result')
      .evaluateAll((items) =>
        items.map((item) => ({ url: item.querySelector('a')!.getAttribute('href')!, lang: item.getAttribute('lang')!, text: item.querySelector('.result-excerpt')!.textContent! })),
      ),
    errors,
  };
}

test('a simplified and a Traditional query return the same towns, including Wenyan', async ({ page }) => {
  const simplified = await search(page, '未来社区');
  const traditional = await search(page, '未來社區');
  expect(traditional.towns).toEqual(simplified.towns);
  expect(traditional.results.map((result) => result.url)).toEqual(simplified.results.map((result) => result.url));
  expect(simplified.towns, 'Wenyan (printed in Traditional characters) is found').toContain('wenyan');
  const asianGames = await search(page, '亞運');
  expect(asianGames.towns.sort()).toEqual((await search(page, '亚运')).towns.sort());
  expect(traditional.status).toMatch(uiPattern('zh', 'search.converted', { q: '未来社区' }));
});

test('a multi-character term matches as a term, not as its separate characters', async ({ page }) => {
  // Taoyan says 未来 and 社区, but never 未来社区.
  const { towns, results } = await search(page, '未来社区');
  expect(towns, 'Taoyan has the parts, not the term').not.toContain('taoyan');
  for (const result of results) expect(result.text).toContain('未来社区');
  // A word the segmenter indexes inside a longer word (杭州亚运会) is still found.
  expect((await search(page, '亚运')).towns).toContain('taoyan');
  expect((await search(page, '城融')).results.length, 'a string that crosses a word boundary (产城融合) is found').toBeGreaterThan(0);
});

test('an English query finds the translation, with stemming', async ({ page }) => {
  const singular = await search(page, 'village', { lang: 'en' });
  const plural = await search(page, 'villages', { lang: 'en' });
  expect(singular.results.length).toBeGreaterThan(0);
  expect(singular.results.every((result) => result.lang === 'en' && result.url.includes('/en/reports/'))).toBe(true);
  expect(new Set(plural.results.map((result) => result.url))).toEqual(new Set(singular.results.map((result) => result.url)));
  expect(
    plural.results.some((result) => /\bvillage\b/i.test(result.text)),
    'villages finds village',
  ).toBe(true);
  const games = await search(page, 'Asian Games', { lang: 'en' });
  expect(games.towns).toEqual(expect.arrayContaining(['jingjiang', 'suoqian']));
});

test('a filter narrows the results', async ({ page }) => {
  const all = await search(page, '垃圾分类');
  const xiaoshanOnly = await search(page, '垃圾分类', { params: '&district=Xiaoshan+District' });
  expect(all.towns).toEqual(expect.arrayContaining(['gutang', 'taoyan']));
  expect(xiaoshanOnly.results.length).toBeGreaterThan(0);
  expect(xiaoshanOnly.results.length).toBeLessThan(all.results.length);
  expect(xiaoshanOnly.towns).not.toContain('gutang');
  expect(xiaoshanOnly.towns).not.toContain('taoyan');
  await search(page, '垃圾分类');
  await page.locator('.search-filters summary').click();
  await page.locator('input[name=town][value=jingjiang]').check();
  await expect(page.locator('.results-town')).toHaveCount(1);
  await expect(page).toHaveURL(/town=jingjiang/);
});

test('clicking a result opens the report at its paragraph', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await search(page, '零直排');
  const first = page.locator('.result-link').first();
  const id = (await first.getAttribute('href'))!.split('#')[1]!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expectInView(page, `#${id}`);
  await expect(page.locator(`#${id} .col-zh`)).toContainText('零直排', { useInnerText: true });
});

test('the header box and the "/" shortcut search from any page; the query is in the URL', async ({ page }) => {
  await page.goto('/zh/reports/gutang/');
  await page.keyboard.press('/');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.type('共同富裕');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/search\/\?q=/);
  await expect(page.locator('.result').first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get('q')).toBe('共同富裕');
});

test('hostile and odd input: no error, no injection, a sensible answer', async ({ context }) => {
  const none = uiPattern('zh', 'search.none');
  const empty = uiPattern('zh', 'search.empty');
  const found = uiPattern('zh', 'search.summary');
  const either = (...patterns: RegExp[]) => new RegExp(patterns.map((pattern) => pattern.source).join('|'));
  const cases: [string, RegExp][] = [
    ['', empty],
    ['   ', empty],
    ['，。！？……——', either(none, empty)],
    ['.*+?^${}()|[]\\', none],
    ['<script>alert(1)</script>', either(none, found)],
    ['<img src=x onerror=alert(1)>', either(none, found)],
    ['亚运 Asian', found],
    ['ＥＰＣ', found],
    ['未'.repeat(10_000), uiPattern('zh', 'search.truncated')],
  ];
  for (const [query, expected] of cases) {
    const page = await context.newPage();
    const outcome = await search(page, query, { typed: query.length > 1000 });
    const name = JSON.stringify(query.slice(0, 30));
    expect(outcome.errors, `errors for ${name}`).toEqual([]);
    expect(outcome.status, `status for ${name}`).toMatch(expected);
    await expect(page.locator('#search img, #search script:not([type])'), 'nothing from the query became markup').toHaveCount(0);
    if (query.startsWith('<script>')) expect(outcome.status, 'the query is echoed as text').toContain('<script>');
    await page.close();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says so', async ({ page }) => {
    await page.goto('/en/search/?q=village');
    // Playwright turns scripts off after parsing, so <noscript> holds its markup as text: parse it.
    const notice = await page.locator('noscript').first().textContent();
    expect(toText(fromHtml(notice ?? '', { fragment: true }))).toContain(ui('en', 'search.noscript'));
  });
});

test('the index loads while the reader types, so Enter only runs the query', async ({ page }) => {
  const fetched: string[] = [];
  const path = (url: string) => new URL(url).pathname;
  page.on('request', (request) => fetched.push(path(request.url())));
  // Nothing of the index loads on arrival: a query may need only the term index.
  // (Pagefind fetches in a worker, which the page's resource timing does not see; the network does.)
  await page.goto('/zh/search/', { waitUntil: 'networkidle' });
  expect(
    fetched.filter((file) => file.startsWith('/pagefind/')),
    'no index file before the reader types',
  ).toEqual([]);
  // A pause in typing fetches what the words typed so far need: for 治理 (no glossary term), Pagefind's page list and index chunks.
  const indexFile = (file: string) => file.endsWith('.pf_index') || file.endsWith('.pf_meta') || /\/terms\/\d+\.json$/.test(file);
  const chunks = page.waitForRequest((request) => request.url().endsWith('.pf_index'), { timeout: 10_000 });
  await searchBox(page, 'zh').pressSequentially('治理');
  await chunks;
  expect(
    fetched.filter((file) => file.startsWith('/pagefind/en/')),
    'the English index is not loaded for nothing',
  ).toEqual([]);
  const beforeEnter = fetched.length;
  await searchBox(page, 'zh').press('Enter');
  await expect(page.locator('.result').first()).toBeVisible();
  // A chunk still on its way when Enter is pressed may arrive after it; none may be fetched twice.
  const warmed = new Set(fetched.slice(0, beforeEnter));
  const again = fetched.slice(beforeEnter).filter((file) => indexFile(file) && warmed.has(file));
  expect(again, 'Enter loads no index file already fetched while typing').toEqual([]);
});

test('a glossary term or place name is answered from the term index: no Pagefind, one fragment per report', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`/zh/search/?q=${encodeURIComponent('闻堰')}`);
  await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
  const reports = await page.locator('section.results-town').count();
  expect(reports).toBeGreaterThan(0);
  expect(fetched.filter((file) => /\/pagefind\/zh\/\d+\/terms\/\d+\.json$/.test(file))).toHaveLength(1);
  expect(fetched.filter((file) => file.includes('/fragment/'))).toHaveLength(reports);
  expect(
    fetched.filter((file) => /pagefind(-worker)?\.js$|\.pf_meta$|\.pf_index$|wasm\./.test(file)),
    "none of Pagefind's runtime or index",
  ).toEqual([]);
});
