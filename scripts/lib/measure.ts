/** Measuring in Chromium, shared by npm run bench and npm run measure:search. */
import type { Page, Request } from 'playwright-core';

export interface Transfer {
  bytes: number;
  scriptBytes: number;
  byType: Record<string, number>;
}

/** Bytes on the wire (body as sent, gzip where the server compressed it, plus headers) while an action runs. */
export async function transferred(page: Page, action: () => Promise<void>): Promise<Transfer> {
  const result: Transfer = { bytes: 0, scriptBytes: 0, byType: {} };
  const pending: Promise<void>[] = [];
  const listener = (request: Request) =>
    pending.push(
      request.sizes().then(
        (sizes) => {
          const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
          result.bytes += bytes;
          const type = request.resourceType();
          result.byType[type] = (result.byType[type] ?? 0) + sizes.responseBodySize;
          if (type === 'script') result.scriptBytes += sizes.responseBodySize;
        },
        () => undefined,
      ),
    );
  page.on('requestfinished', listener);
  await action();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  page.off('requestfinished', listener);
  await Promise.all(pending);
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

export const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
