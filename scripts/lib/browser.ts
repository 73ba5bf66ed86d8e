/**
 * The built site in a browser, shared by the scripts that measure it (bench,
 * measure:search, lighthouse) and the browser tests (playwright.config.ts's
 * web server, scripts/serve-site.ts; tests/scale/smoke.test.ts): a small static server on loopback that sends
 * text gzipped and the headers of the site's `_headers` file (written by the build) like a static host, and
 * Debian's Chromium driven by playwright-core (CHROMIUM_PATH, src/config.ts).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../src/config.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/host-headers.ts';

export { chromiumPath };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves a built site (default dist/) on a loopback port (default: a free one); missing files get its 404.html.
 * Every response carries the headers its path gets from the site's `_headers` (read once, at the start), as on
 * Netlify or Cloudflare Pages; the file itself is not served.
 */
export function serve(root = 'dist', port = 0): Promise<{ server: Server; url: string }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
    const path = normalize(decodeURIComponent(pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || file === headersFile) {
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
  return new Promise((resolve, reject) =>
    server.once('error', reject).listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

/** Chromium's flags for measuring and testing: headless, and no traffic of its own (updates, sync, QUIC). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium under playwright-core. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
