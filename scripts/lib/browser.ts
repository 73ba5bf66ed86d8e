/**
 * The built site in a browser, shared by the scripts that measure it (bench,
 * measure:search, lighthouse) and the browser tests (playwright.config.ts's
 * web server, scripts/serve-site.ts; tests/scale/smoke.test.ts): a small static server on loopback that sends
 * text gzipped and the headers of the site's `_headers` file (written by the build) like a static host, and
 * Debian's Chromium driven by playwright-core (CHROMIUM_PATH, src/config.ts). The server counts the bytes it
 * sends (`Traffic`): what a page costs, its workers included, as the network carries it.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
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

/** One response as the server sent it. */
export interface Sent {
  path: string;
  type: string;
  /** Status line, headers and body, as written to the connection. */
  bytes: number;
  /** The body alone, gzipped where it was sent gzipped. */
  bodyBytes: number;
}

/**
 * Every response the server sent, in the order it sent them: the bytes a reader's browser received, service
 * and web workers included. A phase is a range of `sent`: its length when the phase began and when it ended.
 */
export class Traffic {
  readonly sent: Sent[] = [];
  /** Bytes of the responses `sent[from]` up to (not including) `sent[to]`. */
  bytes(from = 0, to = this.sent.length): number {
    return this.sent.slice(from, to).reduce((sum, response) => sum + response.bytes, 0);
  }
}

/** Sends a whole response, and records what was written to the connection for it (headers and body are written at once). */
function send(response: ServerResponse, traffic: Traffic, path: string, status: number, headers: Record<string, string>, body: Buffer | string) {
  const socket = response.socket!;
  const before = socket.bytesWritten;
  // With its length, as a static host sends a file (without it Node would frame the body in chunks).
  response.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  response.end(body);
  // bytesWritten counts what the socket has accepted, buffered or not: end() has handed it all the response.
  traffic.sent.push({
    path,
    type: headers['Content-Type'] ?? '',
    bytes: socket.bytesWritten - before,
    bodyBytes: Buffer.byteLength(body),
  });
}

/**
 * Serves a built site (default dist/) on a loopback port (default: a free one); missing files get its 404.html.
 * Every response carries the headers its path gets from the site's `_headers` (read once, at the start), as on
 * Netlify or Cloudflare Pages; the file itself is not served. `traffic` records every response.
 */
export function serve(root = 'dist', port = 0): Promise<{ server: Server; url: string; traffic: Traffic }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const traffic = new Traffic();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
    const path = normalize(decodeURIComponent(pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || file === headersFile) {
      send(response, traffic, pathname, 404, { 'Content-Type': types['.html']! }, existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'not found');
      return;
    }
    // Like a static host: text is sent gzipped to clients that accept it.
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    if (/text|javascript|json|svg/.test(type) && /gzip/.test(String(request.headers['accept-encoding']))) {
      send(response, traffic, pathname, 200, { 'Content-Type': type, 'Content-Encoding': 'gzip' }, gzipSync(body));
      return;
    }
    send(response, traffic, pathname, 200, { 'Content-Type': type }, body);
  });
  return new Promise((resolve, reject) =>
    server.once('error', reject).listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, traffic });
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
