/**
 * Browser tests run against the built site (dist/): a small static server on
 * loopback and Debian's Chromium driven by playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../src/config.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export function serve(root = 'dist'): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': types['.html']! });
      response.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'not found');
      return;
    }
    // Like a static host: text is sent gzipped to clients that accept it.
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    if (/text|javascript|json|svg/.test(type) && /gzip/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' });
      response.end(gzipSync(body));
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

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
