/**
 * `npm run dev` shows an edit: `astro dev` on a copy of content/ (CONTENT_DIR,
 * GLOSSARY_FILE), then a paragraph of a report, a paragraph of its
 * translation and a glossary term are edited in the copy, and the next load
 * of the report's page must show each change (without a restart). The tests
 * run in order on one server: a failure skips the rest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

let copy = '';
let content = '';
let server: ChildProcess | undefined;
let output = '';
let page = '';
const messages = () => output.slice(-3000);

test.describe.configure({ mode: 'serial' });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function load(): Promise<{ status: number; html: string }> {
  try {
    const response = await fetch(page);
    return { status: response.status, html: await response.text() };
  } catch {
    return { status: 0, html: '' };
  }
}

/** Loads the page until it passes the check (or the time is up); returns the last load. */
async function until(check: (html: string) => boolean, seconds: number): Promise<string> {
  const end = Date.now() + seconds * 1000;
  let last = await load();
  while (!(last.status === 200 && check(last.html)) && Date.now() < end) {
    if (server?.exitCode !== null || server.signalCode !== null) throw new Error(`astro dev exited:\n${messages()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await load();
  }
  return last.html;
}

/** Replaces text that occurs exactly once in a file of the copy (one write for all replacements). */
function edit(file: string, ...replacements: [string, string][]) {
  const path = join(content, file);
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of replacements) {
    expect(text.split(from).length, `${file} has "${from}" once`).toBe(2);
    text = text.replace(from, to);
  }
  writeFileSync(path, text);
}

test.beforeAll(async () => {
  // The first load starts Vite and syncs the content; the machine may be busy.
  test.setTimeout(240_000);
  copy = mkdtempSync(join(tmpdir(), 'town-reports-dev-'));
  content = join(copy, 'content');
  cpSync('content', content, { recursive: true });
  const port = await freePort();
  page = `http://127.0.0.1:${port}/zh/reports/gutang/`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, CONTENT_DIR: content, GLOSSARY_FILE: join(content, 'glossary/terms.yaml'), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Its messages, without its log of requests.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString().replace(/^.*\[\d{3}\] \/.*\n/gm, '')).slice(-20_000));
  for (const stream of [server.stdout!, server.stderr!]) stream.on('data', keep);
  const html = await until(() => true, 180);
  expect(html, `astro dev serves ${page}:\n${messages()}`).toMatch(/古塘街道/);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    try {
      process.kill(-server.pid, 'SIGTERM'); // the dev server and any process it started
    } catch {
      server.kill('SIGTERM');
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('an edit to a report shows on the next load', async () => {
  const marker = '鹦鹉螺麒麟'; // nowhere in the content
  expect((await load()).html).toContain('在党工委的领导下');
  edit('reports/zh/gutang.md', ['在党工委的领导下', `在${marker}的领导下`]);
  const html = await until((text) => text.includes(marker), 30);
  expect(html, `the page shows the edited paragraph:\n${messages()}`).toContain(marker);
  expect(html, 'and not the old text').not.toContain('在党工委的领导下');
});

test('an edit to a translation shows on the next load', async () => {
  const old = 'whose production is good for business';
  expect((await load()).html).toContain(old);
  edit('reports/en/gutang.md', [old, 'whose production is good for quixotic zebras']);
  const html = await until((text) => text.includes('quixotic zebras'), 30);
  expect(html, `the page shows the edited translation:\n${messages()}`).toContain('quixotic zebras');
  expect(html, 'and not the old text').not.toContain(old);
});

test('an edit to the glossary shows on the next load: the definition and the marks', async () => {
  // The popover's definition (GlossaryDefs) and the marks in the text (remark-glossary).
  const definition = /class="gl-def-en"[^>]*>Zyxwv community</;
  const marked = /data-term="future-community"[^>]*>Xinchaotang Community</;
  const initial = (await load()).html;
  expect(initial).toContain('Xinchaotang Community');
  expect(initial).not.toMatch(marked);
  expect(initial).not.toMatch(definition);
  edit(
    'glossary/terms.yaml',
    ['  en: future community\n', '  en: Zyxwv community\n'],
    ['enForms: [future community, future communities]', 'enForms: [future community, future communities, Xinchaotang Community]'],
  );
  const html = await until((text) => definition.test(text) && marked.test(text), 30);
  expect(html, 'the definition shows the new English').toMatch(definition);
  expect(html, `the translation marks the new English form:\n${messages()}`).toMatch(marked);
});
