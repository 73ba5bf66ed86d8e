/**
 * Browser tests run against the built site (dist/): a small static server on
 * loopback and Debian's Chromium driven by playwright-core (both in
 * scripts/lib/browser.ts, which the measuring scripts share).
 */
import type { Server } from 'node:http';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, serve } from '../../scripts/lib/browser.ts';

export const slugs = ['jingjiang', 'wenyan', 'suoqian', 'taoyan', 'gutang'];

export interface Site {
  browser: Browser;
  /** http://127.0.0.1:<port> serving dist/ */
  base: string;
}

/** Serves dist/ and starts Chromium before a test file's tests; stops both after. */
export function useSite(): Site {
  const site = {} as Site & { server?: Server };
  before(async () => {
    const { server, url } = await serve();
    site.server = server;
    site.base = url;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

/** Waits until the element's top is in the upper half of the viewport (smooth scrolling takes a moment). */
export async function waitInView(page: Page, selector: string) {
  await page.waitForFunction(
    (target) => {
      const box = document.querySelector(target)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < innerHeight / 2;
    },
    selector,
    { timeout: 5000 },
  );
}
