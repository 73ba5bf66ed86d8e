/**
 * npm run bench [-- --sizes 5,500,5000,10000]
 *
 * For each size N: generates a synthetic corpus of N reports
 * (scripts/generate-corpus.ts), runs the real build on it (astro build, then
 * the sharded search index), and measures
 *   - build and index time, peak memory of the whole process tree, dist and
 *     index size, pages written;
 *   - in Chromium (first visit, no service worker, served gzipped like a
 *     static host): bytes transferred for the home page, a report page, the
 *     search page (which warms the index of its language while the reader
 *     types), a first and a second query; JavaScript before search; time from
 *     submitting a query to seeing results (first, and median of 5), and from
 *     opening a shared search link (?q=) to seeing results;
 *     a report page's HTML+CSS against the text it carries, both gzipped.
 * Writes bench/results.json (one entry per N, newest run wins) and
 * bench/results.md, and checks the budgets of the README.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch, serve } from './lib/browser.ts';
import { median, query, resultsShown, transferred } from './lib/measure.ts';
import { generateCorpus } from './generate-corpus.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,500,5000,10000' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench' },
    // Rewrite bench/results.md from bench/results.json without building anything.
    'tables-only': { type: 'boolean', default: false },
  },
});
const sizes = values['tables-only'] ? [] : values.sizes.split(',').map(Number);
const work = join(tmpdir(), 'town-reports-bench');

/** Resident memory of a process and all its descendants, from /proc. */
function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command; resolves with its wall time and the peak memory of its process tree. */
function measured(command: string, args: string[], env: Record<string, string>, log: string) {
  return new Promise<{ seconds: number; peakBytes: number }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeMemory(child.pid!))), 250);
    child.on('exit', (code) => {
      clearInterval(sampler);
      writeFileSync(log, Buffer.concat(output));
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${log}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakBytes });
    });
  });
}

function sizeOf(path: string): { bytes: number; files: number } {
  if (!existsSync(path)) return { bytes: 0, files: 0 };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) (bytes += statSync(join(entry.parentPath, entry.name)).size), files++;
  return { bytes, files };
}

const countPages = (dist: string) => readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;

const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function browse(dist: string, reportSlug: string) {
  const { server, url } = await serve(dist);
  const browser = await launch();
  const visit = async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    return { context, page: await context.newPage() };
  };
  try {
    let first = await visit();
    const home = await transferred(first.page, async () => void (await first.page.goto(`${url}/zh/`)));
    await first.context.close();

    first = await visit();
    const reportUrl = `${url}/zh/reports/${reportSlug}/`;
    const report = await transferred(first.page, async () => void (await first.page.goto(reportUrl)));
    // The page's text: everything <main> carries as text (both readings, the translation, notes), not only what one mode shows.
    const text = await first.page.evaluate(() => document.querySelector('main')?.textContent ?? '');
    const html = readFileSync(join(dist, 'zh', 'reports', reportSlug, 'index.html'));
    const cssFiles = await first.page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((link) => new URL(link.href).pathname));
    const cssBytes = cssFiles.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
    await first.context.close();

    first = await visit();
    const searchPage = await transferred(first.page, async () => void (await first.page.goto(`${url}/zh/search/`)));
    let firstMs = 0;
    let secondMs = 0;
    const firstQuery = await transferred(first.page, async () => void (firstMs = await query(first.page, '垃圾分类')));
    const secondQuery = await transferred(first.page, async () => void (secondMs = await query(first.page, '未来社区')));
    const repeat: number[] = [];
    for (const text of ['亚运', '共同富裕', '数字经济', '乡村振兴', '居家养老']) repeat.push(await query(first.page, text));
    await first.context.close();

    // A shared search link: page, index and query from nothing, as one wait.
    const link = await visit();
    const linkStarted = performance.now();
    await link.page.goto(`${url}/zh/search/?q=${encodeURIComponent('垃圾分类')}`);
    await resultsShown(link.page);
    const linkMs = performance.now() - linkStarted;
    await link.context.close();

    const english = await visit();
    const englishPage = await transferred(english.page, async () => void (await english.page.goto(`${url}/en/search/`)));
    let englishMs = 0;
    const englishQuery = await transferred(english.page, async () => void (englishMs = await query(english.page, 'village')));
    await english.context.close();

    return {
      homeKB: kB(home.bytes),
      homeScriptKB: kB(home.scriptBytes),
      reportKB: kB(report.bytes),
      reportScriptKB: kB(report.scriptBytes),
      reportHtmlGzipKB: kB(gzipSync(html).length),
      reportCssGzipKB: kB(cssBytes),
      reportTextGzipKB: kB(gzipSync(text).length),
      reportMarkupRatio: Math.round(((gzipSync(html).length + cssBytes) / gzipSync(text).length) * 100) / 100,
      searchPageKB: kB(searchPage.bytes),
      firstQueryKB: kB(firstQuery.bytes),
      firstLoadPlusQueryKB: kB(searchPage.bytes + firstQuery.bytes),
      secondQueryKB: kB(secondQuery.bytes),
      firstQueryMs: Math.round(firstMs),
      secondQueryMs: Math.round(secondMs),
      repeatMedianMs: Math.round(median(repeat)),
      linkQueryMs: Math.round(linkMs),
      englishFirstLoadPlusQueryKB: kB(englishPage.bytes + englishQuery.bytes),
      englishFirstQueryMs: Math.round(englishMs),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

type Run = Record<string, number | string>;
const resultsFile = join(values.out, 'results.json');
const results: { machine: Record<string, string | number>; runs: Record<string, Run> } = existsSync(resultsFile)
  ? JSON.parse(readFileSync(resultsFile, 'utf8'))
  : { machine: {}, runs: {} };
results.machine = { cpus: availableParallelism(), cpu: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };

for (const count of sizes) {
  const root = join(work, String(count));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  mkdirSync(root, { recursive: true });
  console.log(`\n== ${count} reports`);
  generateCorpus(count, content);
  const env = { CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(root, 'cache'), NODE_OPTIONS: '--max-old-space-size=12288' };
  const astro = await measured('astro', ['build', '--force', '--outDir', dist], env, join(root, 'astro.log'));
  console.log(`astro build ${astro.seconds.toFixed(1)} s, peak ${(astro.peakBytes / 2 ** 30).toFixed(2)} GiB`);
  const search = await measured(process.execPath, ['scripts/build-search.ts'], env, join(root, 'search.log'));
  console.log(`search index ${search.seconds.toFixed(1)} s, peak ${(search.peakBytes / 2 ** 30).toFixed(2)} GiB`);
  const reportSlug = readdirSync(join(content, 'reports', 'zh')).sort()[Math.floor(count / 2)]!.replace(/\.md$/, '');
  const browser = await browse(dist, reportSlug);
  const run: Run = {
    reports: count,
    measured: new Date().toISOString(),
    pages: countPages(dist),
    astroSeconds: Math.round(astro.seconds * 10) / 10,
    searchSeconds: Math.round(search.seconds * 10) / 10,
    peakMemoryGiB: Math.round((Math.max(astro.peakBytes, search.peakBytes) / 2 ** 30) * 100) / 100,
    distMB: Math.round((sizeOf(dist).bytes / 2 ** 20) * 10) / 10,
    indexMB: Math.round((sizeOf(join(dist, 'pagefind')).bytes / 2 ** 20) * 10) / 10,
    ...browser,
  };
  results.runs[String(count)] = run;
  console.log(JSON.stringify(run));
  mkdirSync(values.out, { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

// The table and the budgets, from every run on file.
const runs = Object.values(results.runs).sort((a, b) => Number(a.reports) - Number(b.reports));
type Column = [key: string, label: string];
const buildColumns: Column[] = [
  ['reports', 'reports'],
  ['pages', 'pages'],
  ['astroSeconds', 'astro build (s)'],
  ['searchSeconds', 'search index (s)'],
  ['peakMemoryGiB', 'peak memory (GiB)'],
  ['distMB', 'dist (MB)'],
  ['indexMB', 'index (MB)'],
];
const readerColumns: Column[] = [
  ['reports', 'reports'],
  ['homeKB', 'home (kB)'],
  ['reportKB', 'report page (kB)'],
  ['searchPageKB', 'search page, index warmed (kB)'],
  ['firstQueryKB', 'first query (kB)'],
  ['firstLoadPlusQueryKB', 'search page + first query (kB)'],
  ['secondQueryKB', 'second query (kB)'],
  ['englishFirstLoadPlusQueryKB', 'English: search page + first query (kB)'],
  ['firstQueryMs', 'Enter → results, first query (ms)'],
  ['repeatMedianMs', 'later queries, median (ms)'],
  ['linkQueryMs', 'search link (?q=) → results (ms)'],
  ['reportScriptKB', 'JS before search (kB)'],
  ['reportMarkupRatio', 'report HTML+CSS ÷ text (gzip)'],
];
const tableOf = (columns: Column[], rows: Run[]) => [
  `| ${columns.map(([, label]) => label).join(' | ')} |`,
  `|${columns.map(() => '---').join('|')}|`,
  ...rows.map((run) => `| ${columns.map(([key]) => run[key] ?? '–').join(' | ')} |`),
];

const perReport = (run: Run | undefined, key: string) => (run ? Number(run[key]) / Number(run.reports) : NaN);
const small = results.runs['500'];
const large = results.runs['10000'];
const ratio = (key: string) => perReport(large, key) / perReport(small, key);
// Cost per report at each size, as a ratio to the same cost at 500 reports.
const costKeys = ['astroSeconds', 'searchSeconds', 'distMB', 'indexMB'] as const;
const costTable = small
  ? [
      `| reports | ${costKeys.map((key) => `${buildColumns.find(([column]) => column === key)![1].replace(/ \(.*\)$/, '')} per report (× at 500)`).join(' | ')} |`,
      `|---|${costKeys.map(() => '---').join('|')}|`,
      ...runs.filter((run) => Number(run.reports) >= 500).map((run) => `| ${run.reports} | ${costKeys.map((key) => `× ${(perReport(run, key) / perReport(small, key)).toFixed(2)}`).join(' | ')} |`),
    ]
  : [];
const budgets: [string, string, boolean][] = large
  ? [
      ['10,000 reports build and index on this machine', `${large.pages} pages, peak ${large.peakMemoryGiB} GiB`, true],
      ['search page + first query ≤ 300 kB at 10,000 (aim 150 kB)', `${large.firstLoadPlusQueryKB} kB`, Number(large.firstLoadPlusQueryKB) <= 300],
      ['typing → first results < 1 s', `${large.firstQueryMs} ms first, ${large.repeatMedianMs} ms later; ${large.linkQueryMs ?? '–'} ms from opening a search link`, Number(large.firstQueryMs) < 1000],
      ['report HTML+CSS (gzip) ≤ 2 × its text (gzip)', `${large.reportMarkupRatio} ×`, Number(large.reportMarkupRatio) <= 2],
      ['≤ 15 kB JavaScript (gzip) before search', `${large.reportScriptKB} kB on a report page, ${large.homeScriptKB} kB on the home page`, Math.max(Number(large.reportScriptKB), Number(large.homeScriptKB)) <= 15],
      ...(small
        ? (['astroSeconds', 'searchSeconds', 'distMB', 'indexMB'] as const).map(
            (key): [string, string, boolean] => [`cost per report 500 → 10,000 rises ≤ 10% (${key})`, `× ${ratio(key).toFixed(2)}`, ratio(key) <= 1.1],
          )
        : []),
    ]
  : [];
const markdown = [
  `Measured on ${results.machine.cpus} cores (${results.machine.cpu}), ${results.machine.memoryGiB} GiB, Node ${results.machine.node}.`,
  '',
  ...tableOf(buildColumns, runs),
  '',
  ...tableOf(readerColumns, runs),
  '',
  ...(costTable.length ? [...costTable, ''] : []),
  ...(budgets.length ? ['| budget | measured | holds |', '|---|---|---|', ...budgets.map(([name, value, holds]) => `| ${name} | ${value} | ${holds ? 'yes' : '**no**'} |`)] : []),
  '',
];
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'results.md'), markdown.join('\n'));
console.log(`\n${markdown.join('\n')}`);
