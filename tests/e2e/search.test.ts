/**
 * Search across towns, in the built site: both Chinese scripts, English with
 * stemming, terms matched whole, filters, results that land on the paragraph,
 * and hostile input that must not break or inject anything.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';

const site = useSite();

interface Outcome {
  status: string;
  towns: string[];
  results: { url: string; lang: string; text: string }[];
  errors: string[];
}

async function search(query: string, options: { lang?: 'zh' | 'en'; params?: string; page?: Page; typed?: boolean } = {}): Promise<Outcome> {
  const page = options.page ?? (await site.browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  if (options.typed) {
    // What a reader pastes into the box, however long, rather than a URL.
    await page.goto(`${site.base}/${options.lang ?? 'zh'}/search/`);
    await page.locator('#search-input').fill(query);
    await page.locator('#search-input').press('Enter');
  } else {
    await page.goto(`${site.base}/${options.lang ?? 'zh'}/search/?q=${encodeURIComponent(query)}${options.params ?? ''}`);
  }
  await page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('search-status')?.dataset.state ?? ''), undefined, { timeout: 15000 });
  const outcome = {
    status: await page.locator('#search-status').innerText(),
    towns: await page.locator('.results-town').evaluateAll((sections) => sections.map((section) => section.id.replace('results-', ''))),
    results: await page
      .locator('.result')
      .evaluateAll((items) =>
        items.map((item) => ({ url: item.querySelector('a')!.getAttribute('href')!, lang: item.getAttribute('lang')!, text: item.querySelector('.result-excerpt')!.textContent! })),
      ),
    errors,
  };
  if (!options.page) await page.close();
  return outcome;
}

test('a simplified and a Traditional query return the same towns, including Wenyan', async () => {
  const simplified = await search('未来社区');
  const traditional = await search('未來社區');
  assert.deepEqual(traditional.towns, simplified.towns);
  assert.deepEqual(
    traditional.results.map((result) => result.url),
    simplified.results.map((result) => result.url),
  );
  assert.ok(simplified.towns.includes('wenyan'), 'Wenyan (printed in Traditional characters) is found');
  const asianGames = await search('亞運');
  assert.deepEqual(asianGames.towns.sort(), (await search('亚运')).towns.sort());
  assert.match(traditional.status, /已按简体“未来社区”检索/);
});

test('a multi-character term matches as a term, not as its separate characters', async () => {
  // Taoyan says 未来 and 社区, but never 未来社区.
  const { towns, results } = await search('未来社区');
  assert.ok(!towns.includes('taoyan'), 'Taoyan has the parts, not the term');
  for (const result of results) assert.match(result.text, /未来社区/);
  // A word the segmenter indexes inside a longer word (杭州亚运会) is still found.
  assert.ok((await search('亚运')).towns.includes('taoyan'));
  assert.ok((await search('城融')).results.length > 0, 'a string that crosses a word boundary (产城融合) is found');
});

test('an English query finds the translation, with stemming', async () => {
  const singular = await search('village', { lang: 'en' });
  const plural = await search('villages', { lang: 'en' });
  assert.ok(singular.results.length > 0);
  assert.ok(singular.results.every((result) => result.lang === 'en' && result.url.includes('/en/reports/')));
  assert.deepEqual(new Set(plural.results.map((result) => result.url)), new Set(singular.results.map((result) => result.url)));
  assert.ok(
    plural.results.some((result) => /\bvillage\b/i.test(result.text)),
    'villages finds village',
  );
  const games = await search('Asian Games', { lang: 'en' });
  assert.ok(games.towns.includes('jingjiang') && games.towns.includes('suoqian'));
});

test('a filter narrows the results', async () => {
  const all = await search('垃圾分类');
  const xiaoshanOnly = await search('垃圾分类', { params: '&district=Xiaoshan+District' });
  assert.ok(all.towns.includes('gutang') && all.towns.includes('taoyan'));
  assert.ok(xiaoshanOnly.results.length > 0 && xiaoshanOnly.results.length < all.results.length);
  assert.ok(!xiaoshanOnly.towns.includes('gutang') && !xiaoshanOnly.towns.includes('taoyan'));
  const page = await site.browser.newPage();
  await search('垃圾分类', { page });
  await page.locator('.search-filters summary').click();
  await page.locator('input[name=town][value=jingjiang]').check();
  await page.waitForFunction(() => document.querySelectorAll('.results-town').length === 1);
  assert.match(page.url(), /town=jingjiang/);
  await page.close();
});

test('clicking a result opens the report at its paragraph', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await search('零直排', { page });
  const first = page.locator('.result-link').first();
  const href = (await first.getAttribute('href'))!;
  const id = href.split('#')[1]!;
  await first.click();
  await page.waitForURL(`**#${id}`);
  await page.waitForFunction(
    (target) => {
      const box = document.getElementById(target)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < innerHeight / 2;
    },
    id,
    { timeout: 5000 },
  );
  assert.match(await page.locator(`#${id} .col-zh`).innerText(), /零直排/);
  await page.close();
});

test('the header box and the "/" shortcut search from any page; the query is in the URL', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/zh/reports/gutang/`);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'header-search');
  await page.keyboard.type('共同富裕');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/zh\/search\/\?q=/);
  await page.waitForFunction(() => document.querySelectorAll('.result').length > 0);
  assert.equal(new URL(page.url()).searchParams.get('q'), '共同富裕');
  await page.close();
});

test('hostile and odd input: no error, no injection, a sensible answer', async () => {
  const cases: [string, RegExp][] = [
    ['', /请输入检索词/],
    ['   ', /请输入检索词/],
    ['，。！？……——', /没有找到|请输入/],
    ['.*+?^${}()|[]\\', /没有找到/],
    ['<script>alert(1)</script>', /没有找到|篇报告中的 \d+ 段/],
    ['<img src=x onerror=alert(1)>', /没有找到|篇报告中的 \d+ 段/],
    ['亚运 Asian', /篇报告中的 \d+ 段/],
    ['ＥＰＣ', /篇报告中的 \d+ 段/],
    ['未'.repeat(10_000), /查询过长/],
  ];
  for (const [query, expected] of cases) {
    const page = await site.browser.newPage();
    const outcome = await search(query, { page, typed: query.length > 1000 });
    assert.deepEqual(outcome.errors, [], `errors for ${JSON.stringify(query.slice(0, 30))}`);
    assert.match(outcome.status, expected, `status for ${JSON.stringify(query.slice(0, 30))}: ${outcome.status}`);
    assert.equal(await page.locator('#search img, #search script:not([type])').count(), 0, 'nothing from the query became markup');
    if (query.startsWith('<script>')) assert.ok(outcome.status.includes('<script>'), 'the query is echoed as text');
    await page.close();
  }
});

test('without JavaScript the search page says so', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.base}/en/search/?q=village`);
  assert.match(
    await page
      .locator('noscript, .notice')
      .first()
      .innerText()
      .catch(async () => page.content()),
    /Search needs JavaScript/,
  );
  await context.close();
});

test('the index loads while the reader types, so Enter only runs the query', async () => {
  const page = await site.browser.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${site.base}/zh/search/`);
  // The box has focus on arrival: the Chinese bundle (runtime, page list) loads, not the English one.
  // (Pagefind fetches in a worker, which the page's resource timing does not see; the network does.)
  const until = async (what: string, done: () => boolean) => {
    for (const started = Date.now(); !done(); await page.waitForTimeout(50)) if (Date.now() - started > 10_000) assert.fail(`never fetched: ${what}`);
  };
  await until('the zh page list on focus', () => fetched.some((path) => path.startsWith('/pagefind/zh/0/') && path.endsWith('.pf_meta')));
  assert.ok(!fetched.some((path) => path.startsWith('/pagefind/en/')), 'the English index is not loaded for nothing');
  // A pause in typing fetches the index chunks of the words typed so far.
  await page.locator('#search-input').pressSequentially('亚运');
  await until('index chunks while typing', () => fetched.some((path) => path.endsWith('.pf_index')));
  const beforeEnter = fetched.length;
  await page.locator('#search-input').press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.result').length > 0);
  // A chunk still on its way when Enter is pressed may arrive after it; none may be fetched twice.
  const warmed = new Set(fetched.slice(0, beforeEnter));
  const again = fetched.slice(beforeEnter).filter((path) => (path.endsWith('.pf_index') || path.endsWith('.pf_meta')) && warmed.has(path));
  assert.deepEqual(again, [], 'Enter loads no index file already fetched while typing');
  await page.close();
});
