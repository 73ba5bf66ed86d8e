/**
 * npm run measure:search — in Chromium, on the built site (served gzipped
 * like a static host): bytes the server sends (workers included) to load the
 * search page and to run a first and a second query, and the time from
 * submitting a query to seeing its results (median of 5). Writes bench/search.json.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { launch, serve } from './lib/browser.ts';
import { median, query, transferred } from './lib/measure.ts';

const { server, url, traffic } = await serve();
const browser = await launch();

const scenarios = [
  { lang: 'zh', first: '亚运', second: '未来社区' },
  { lang: 'zh', first: '亞運', second: '未來社區' },
  { lang: 'en', first: 'village', second: 'Asian Games' },
];
const results = [];
for (const scenario of scenarios) {
  // A first visit, as the network sees it: no service worker in between.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageBytes = (
    await transferred(page, traffic, async () => {
      await page.goto(`${url}/${scenario.lang}/search/`);
    })
  ).bytes;
  let firstLatency = 0;
  const firstBytes = (
    await transferred(page, traffic, async () => {
      firstLatency = await query(page, scenario.first);
    })
  ).bytes;
  let secondLatency = 0;
  const secondBytes = (
    await transferred(page, traffic, async () => {
      secondLatency = await query(page, scenario.second);
    })
  ).bytes;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push(await query(page, i % 2 ? scenario.first : scenario.second));
  results.push({
    ...scenario,
    pageKB: pageBytes / 1024,
    firstQueryKB: firstBytes / 1024,
    secondQueryKB: secondBytes / 1024,
    firstLatencyMs: firstLatency,
    secondLatencyMs: secondLatency,
    warmMedianMs: median(warm),
  });
  await context.close();
}
await browser.close();
server.close();

mkdirSync('bench', { recursive: true });
writeFileSync('bench/search.json', `${JSON.stringify({ measured: new Date().toISOString(), results }, null, 2)}\n`);
console.log('| page | first query | second query | page load (index warmed) | first query | second query | first → results | second → results | repeat (median of 5) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| /${r.lang}/search/ | ${r.first} | ${r.second} | ${r.pageKB.toFixed(1)} kB | ${r.firstQueryKB.toFixed(1)} kB | ${r.secondQueryKB.toFixed(1)} kB | ${Math.round(r.firstLatencyMs)} ms | ${Math.round(r.secondLatencyMs)} ms | ${Math.round(r.warmMedianMs)} ms |`,
  );
