/**
 * A built edition as a reader's browser sees it: Chromium, each scenario a
 * first visit (a new profile, no service worker), served gzipped like a
 * static host. Bytes are counted by the server as it sends them (workers
 * included); times run from an action to results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch, serve, type Traffic } from '../lib/browser.ts';
import { median, query, resultsShown, searchFromNothing, transferred } from '../lib/measure.ts';
import type { ReaderFigures, SearchFigures } from './results.ts';
import { searchScenarioNames, type SearchScenario, type SearchScenarioName } from './scenarios.ts';

const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Serves `dist`, and measures the home page, a report page (`reportSlug`), search in both languages and the `scenarios` from opening the search page. */
export async function browse(dist: string, reportSlug: string, scenarios: Record<SearchScenarioName, SearchScenario>): Promise<ReaderFigures> {
  const { server, url, traffic } = await serve(dist);
  const browser = await launch();
  try {
    const searches = {} as Record<SearchScenarioName, SearchFigures>;
    for (const name of searchScenarioNames) {
      const scenario = scenarios[name];
      searches[name] = { ...scenario, ...(await firstVisit(browser, (page) => searchFromNothing(page, traffic, `${url}/${scenario.language}/search/`, scenario.query))) };
      console.log(`${name} search, ${scenario.query}: ${JSON.stringify(searches[name])}`);
    }
    return {
      ...(await firstVisit(browser, (page) => home(page, url, traffic))),
      ...(await firstVisit(browser, (page) => report(page, url, traffic, dist, reportSlug))),
      ...(await firstVisit(browser, (page) => search(page, url, traffic))),
      ...(await firstVisit(browser, (page) => searchLink(page, url))),
      ...(await firstVisit(browser, (page) => englishSearch(page, url, traffic))),
      searches,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs a scenario in a new browser context: nothing cached, no service worker. */
async function firstVisit<T>(browser: Browser, scenario: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  try {
    return await scenario(await context.newPage());
  } finally {
    await context.close();
  }
}

async function home(page: Page, url: string, traffic: Traffic) {
  const loaded = await transferred(page, traffic, async () => void (await page.goto(`${url}/zh/`)));
  return { homeKB: kB(loaded.bytes), homeScriptKB: kB(loaded.scriptBytes) };
}

/** A report page, and its HTML+CSS against the text it carries, all gzipped. */
async function report(page: Page, url: string, traffic: Traffic, dist: string, slug: string) {
  const loaded = await transferred(page, traffic, async () => void (await page.goto(`${url}/zh/reports/${slug}/`)));
  // The page's text: everything <main> carries as text (both readings, the translation, notes), not only what one mode shows.
  const text = gzipSync(await page.evaluate(() => document.querySelector('main')?.textContent ?? '')).length;
  const html = gzipSync(readFileSync(join(dist, 'zh', 'reports', slug, 'index.html'))).length;
  const cssFiles = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((link) => new URL(link.href).pathname));
  const css = cssFiles.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
  return {
    reportKB: kB(loaded.bytes),
    reportScriptKB: kB(loaded.scriptBytes),
    reportHtmlGzipKB: kB(html),
    reportCssGzipKB: kB(css),
    reportTextGzipKB: kB(text),
    reportMarkupRatio: Math.round(((html + css) / text) * 100) / 100,
  };
}

/** The search page, a first and a second query (typed, so the index warms as a reader types), then five more. */
async function search(page: Page, url: string, traffic: Traffic) {
  const opened = await transferred(page, traffic, async () => void (await page.goto(`${url}/zh/search/`)));
  let firstMs = 0;
  let secondMs = 0;
  const first = await transferred(page, traffic, async () => void (firstMs = await query(page, '垃圾分类')));
  const second = await transferred(page, traffic, async () => void (secondMs = await query(page, '未来社区')));
  const repeat: number[] = [];
  for (const text of ['亚运', '共同富裕', '数字经济', '乡村振兴', '居家养老']) repeat.push(await query(page, text));
  return {
    searchPageKB: kB(opened.bytes),
    firstQueryKB: kB(first.bytes),
    firstLoadPlusQueryKB: kB(opened.bytes + first.bytes),
    secondQueryKB: kB(second.bytes),
    firstQueryMs: Math.round(firstMs),
    secondQueryMs: Math.round(secondMs),
    repeatMedianMs: Math.round(median(repeat)),
  };
}

/** A shared search link: page, index and query from nothing, as one wait. */
async function searchLink(page: Page, url: string) {
  const started = performance.now();
  await page.goto(`${url}/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
  await resultsShown(page);
  return { linkQueryMs: Math.round(performance.now() - started) };
}

async function englishSearch(page: Page, url: string, traffic: Traffic) {
  const opened = await transferred(page, traffic, async () => void (await page.goto(`${url}/en/search/`)));
  let ms = 0;
  const first = await transferred(page, traffic, async () => void (ms = await query(page, 'village')));
  return { englishFirstLoadPlusQueryKB: kB(opened.bytes + first.bytes), englishFirstQueryMs: Math.round(ms) };
}
