/**
 * Measuring in Chromium, shared by npm run bench and npm run measure:search. Bytes are counted by the
 * server as it sends them (`Traffic`, scripts/lib/browser.ts): Chromium's own figures leave out most of a
 * web worker's script (Pagefind's: 233 bytes reported, 12,668 sent).
 */
import type { Page } from 'playwright-core';
import type { Traffic } from './browser.ts';

export interface Transfer {
  bytes: number;
  scriptBytes: number;
  /** Body bytes by content type (`text/html`, `text/javascript`, …). */
  byType: Record<string, number>;
}

/** Bytes the server sent (status line, headers and body as sent, gzip where it compressed) while an action runs and the network then settles. */
export async function transferred(page: Page, traffic: Traffic, action: () => Promise<void>): Promise<Transfer> {
  const from = traffic.sent.length;
  await action();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const result: Transfer = { bytes: 0, scriptBytes: 0, byType: {} };
  for (const response of traffic.sent.slice(from)) {
    result.bytes += response.bytes;
    const type = response.type.replace(/;.*/, '');
    result.byType[type] = (result.byType[type] ?? 0) + response.bodyBytes;
    if (type === 'text/javascript') result.scriptBytes += response.bodyBytes;
  }
  return result;
}

export async function query(page: Page, text: string): Promise<number> {
  await page.locator('#search-input').fill(text);
  const started = performance.now();
  await page.locator('#search-input').press('Enter');
  await resultsShown(page);
  return performance.now() - started;
}

/** Waits until the search page has finished searching and lists results. */
export async function resultsShown(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('search-status')?.dataset.state === 'done' && document.querySelectorAll('.result').length > 0, undefined, {
    timeout: 60_000,
  });
}

/** A search from a first visit: bytes and milliseconds from opening the search page to its first results and to all of them. */
export interface SearchTimeline {
  firstResultsKB: number;
  allResultsKB: number;
  firstResultsMs: number;
  allResultsMs: number;
  /** Results (`.result`) listed when the search was done. */
  results: number;
}

/**
 * Opens `searchPage` and searches `text` at once (filled, Enter pressed as soon as the page has loaded).
 * The page's contract: `#search-status[data-state]` is `searching` until something shows, `partial` while
 * results are shown and more of the index is being searched, `done` when all of it was consulted. First
 * results: the first `.result` on the page (or `done` with none); all results: `done`. A MutationObserver
 * in the page sees each moment: its time is the page's own (from the start of the navigation), and it tells
 * this process at once, which counts the responses the server had sent by then (the server runs in this
 * process, so that order is the order of events; a response sent in the moment's wake may be counted
 * with it, one it needed never is missed).
 */
export async function searchFromNothing(page: Page, traffic: Traffic, searchPage: string, text: string): Promise<SearchTimeline> {
  const from = traffic.sent.length;
  const sentBy: { first?: number; done?: number } = {};
  await page.exposeFunction('searchMoment', (moment: 'first' | 'done') => void (sentBy[moment] ??= traffic.sent.length));
  await page.addInitScript(() => {
    type Moments = { first?: number; done?: number; error?: string; told?: boolean; armed: boolean };
    const seen: Moments = { armed: false };
    const tell = (moment: 'first' | 'done') => (window as unknown as { searchMoment: (moment: 'first' | 'done') => Promise<void> }).searchMoment(moment);
    Object.assign(window, { searchSeen: seen });
    new MutationObserver(() => {
      if (!seen.armed) return;
      const state = document.getElementById('search-status')?.dataset.state;
      if (state === 'error') seen.error = document.getElementById('search-status')?.textContent ?? 'error';
      if (seen.first === undefined && (document.querySelector('.result') || state === 'done')) {
        seen.first = performance.now();
        void tell('first');
      }
      if (seen.done === undefined && state === 'done') {
        seen.done = performance.now();
        // Calls reach this process in order: when this one has returned, both moments are counted.
        void tell('done').then(() => (seen.told = true));
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
  await page.goto(searchPage);
  await page.locator('#search-input').fill(text);
  await page.evaluate(() => ((window as unknown as { searchSeen: { armed: boolean } }).searchSeen.armed = true));
  await page.locator('#search-input').press('Enter');
  await page.waitForFunction(
    () => {
      const seen = (window as unknown as { searchSeen: { told?: boolean; error?: string } }).searchSeen;
      return seen.told || seen.error !== undefined;
    },
    undefined,
    { timeout: 120_000 },
  );
  const seen = await page.evaluate(() => (window as unknown as { searchSeen: { first: number; done: number; error?: string } }).searchSeen);
  if (seen.error !== undefined) throw new Error(`${searchPage}: searching ${text} failed: ${seen.error}`);
  const results = await page.locator('.result').count();
  const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return {
    firstResultsKB: kB(traffic.bytes(from, sentBy.first)),
    allResultsKB: kB(traffic.bytes(from, sentBy.done)),
    firstResultsMs: Math.round(seen.first),
    allResultsMs: Math.round(seen.done),
    results,
  };
}

export const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
