/**
 * The measuring server counts what it sends (scripts/lib/browser.ts, `Traffic`): status line, headers and
 * body as written, gzip as sent. Chromium's own figures leave out a web worker's script (Pagefind's worker:
 * 233 bytes reported, 12,668 sent), so every "search page" figure of the benchmark was about 12 kB low.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import * as pagefind from 'pagefind';
import { launch, serve, type Traffic } from '../../scripts/lib/browser.ts';
import { searchFromNothing, transferred } from '../../scripts/lib/measure.ts';

const site = mkdtempSync(join(tmpdir(), 'server-traffic-'));
const worker = () => readFileSync(join(site, 'pagefind', 'pagefind-worker.js'));
let server: Server;
let url: string;
let traffic: Traffic;

before(async () => {
  // A real Pagefind bundle (runtime, worker, WebAssembly, index) and a page that searches it.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  await index.addCustomRecord({ url: '/river/', content: 'The river chief patrols the river every week.', language: 'en' });
  await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><title>search</title><p id="found"></p>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search('river');
document.getElementById('found').textContent = String(search.results.length);
</script>`,
  );
  // A search page that keeps the page's contract (#search-status[data-state]): a first result from one
  // file ("partial"), then the rest of the index from another ("done").
  mkdirSync(join(site, 'search'));
  writeFileSync(join(site, 'first.json'), JSON.stringify({ results: 1 }));
  writeFileSync(join(site, 'rest.json'), JSON.stringify({ rest: randomBytes(30_000).toString('base64') }));
  writeFileSync(
    join(site, 'search', 'index.html'),
    `<!doctype html><title>search</title><link rel="icon" href="data:,">
<input id="search-input"><p id="search-status"></p><ol id="results"></ol>
<script>
const status = document.getElementById('search-status');
document.getElementById('search-input').addEventListener('keydown', async (event) => {
  if (event.key !== 'Enter') return;
  status.dataset.state = 'searching';
  await (await fetch('/first.json')).text();
  document.getElementById('results').append(Object.assign(document.createElement('li'), { className: 'result' }));
  status.dataset.state = 'partial';
  await new Promise((resolve) => setTimeout(resolve, 300));
  await (await fetch('/rest.json')).text();
  status.dataset.state = 'done';
});
</script>`,
  );
  ({ server, url, traffic } = await serve(site));
});

after(() => {
  server.close();
  rmSync(site, { recursive: true, force: true });
});

/** Every byte a plain HTTP/1.1 client receives for one request. */
function rawGet(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const received: Buffer[] = [];
    const socket = connect(Number(new URL(url).port), '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`),
    );
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(received)));
    socket.on('error', reject);
  });
}

test("the server counts Pagefind's worker as it sends it: the gzipped body and the headers, every byte the client receives", async () => {
  const from = traffic.sent.length;
  const received = await rawGet('/pagefind/pagefind-worker.js');
  const headerBytes = received.indexOf('\r\n\r\n') + 4;
  const body = received.subarray(headerBytes);
  assert.deepEqual(gunzipSync(body), worker(), 'the body is the worker, gzipped');
  assert.equal(body.length, gzipSync(worker()).length);
  const [sent, ...others] = traffic.sent.slice(from);
  assert.deepEqual(others, []);
  assert.equal(sent!.path, '/pagefind/pagefind-worker.js');
  assert.equal(sent!.bodyBytes, body.length);
  assert.equal(sent!.bytes, headerBytes + gzipSync(worker()).length);
  assert.equal(sent!.bytes, received.length);
  assert.equal(traffic.bytes(from), received.length);
});

test("a page's bytes in Chromium include the script of Pagefind's web worker, whole", async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const from = traffic.sent.length;
    const loaded = await transferred(page, traffic, async () => {
      await page.goto(`${url}/`);
      await page.waitForFunction(() => document.getElementById('found')?.textContent === '1');
    });
    const workerSent = traffic.sent.slice(from).filter((response) => response.path === '/pagefind/pagefind-worker.js');
    assert.equal(workerSent.length, 1, 'the page started the worker');
    assert.equal(workerSent[0]!.bodyBytes, gzipSync(worker()).length);
    const runtime = gzipSync(readFileSync(join(site, 'pagefind', 'pagefind.js'))).length;
    assert.equal(loaded.scriptBytes, runtime + gzipSync(worker()).length, 'the scripts: the runtime and the worker, both whole');
    assert.equal(loaded.bytes, traffic.bytes(from));
    await context.close();
  } finally {
    await browser.close();
  }
});

test('a search from a first visit: the bytes and time to the first result, and to "done" with the rest', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const from = traffic.sent.length;
    const search = await searchFromNothing(await context.newPage(), traffic, `${url}/search/`, 'river');
    const sent = (path: string) => traffic.sent.slice(from).find((response) => response.path === path)!.bytes;
    const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
    assert.deepEqual(
      traffic.sent.slice(from).map((response) => response.path),
      ['/search/', '/first.json', '/rest.json'],
    );
    assert.equal(search.firstResultsKB, kB(sent('/search/') + sent('/first.json')), 'first results: the page and the first file');
    assert.equal(search.allResultsKB, kB(sent('/search/') + sent('/first.json') + sent('/rest.json')), 'all results: and the rest');
    assert.ok(search.allResultsMs - search.firstResultsMs >= 300, `the rest came ${search.allResultsMs - search.firstResultsMs} ms after the first result`);
    assert.equal(search.results, 1);
    await context.close();
  } finally {
    await browser.close();
  }
});
