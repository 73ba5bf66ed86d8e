/**
 * npm run lighthouse — Lighthouse (performance, accessibility, best practices,
 * SEO) on the home page, a report, the glossary and search, in Debian's
 * Chromium, against the built site served gzipped on loopback. Writes
 * bench/lighthouse.json and prints a table for the README.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath, serve } from './lib/browser.ts';

const { server, url } = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumArgs,
});
const pages = ['/zh/', '/zh/reports/wenyan/', '/en/glossary/', '/en/search/?q=village'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const results: Record<string, Record<string, number>> = {};
for (const path of pages) {
  const run = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
  results[path] = Object.fromEntries(categories.map((category) => [category, Math.round((run?.lhr.categories[category]?.score ?? 0) * 100)]));
  const failing = Object.values(run?.lhr.audits ?? {}).filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary');
  if (failing.length) console.error(`${path}: ${failing.map((audit) => audit.id).join(', ')}`);
}
await chrome.kill();
server.close();
mkdirSync('bench', { recursive: true });
writeFileSync('bench/lighthouse.json', `${JSON.stringify({ measured: new Date().toISOString(), results }, null, 2)}\n`);
console.log('| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|');
for (const [path, scores] of Object.entries(results)) console.log(`| ${path} | ${categories.map((category) => scores[category]).join(' | ')} |`);
