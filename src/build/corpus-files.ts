/**
 * The corpus downloads, data/corpus.json, data/corpus.csv and data/corpus.tei.xml
 * (a teiCorpus): every report's export, put together from the per-report files
 * (data/reports/<slug>.json, .csv and .tei.xml, src/pages/data/reports/[file].ts),
 * one report at a time. Astro
 * holds an endpoint's whole body in memory, more than once while writing it
 * (well over a gigabyte at 10,000 reports), so these are not endpoints:
 * after a build they are written from the files in dist/, and `astro dev`
 * serves them from the per-report files it serves. The reports are the
 * build's own list, the search manifest's, in the edition's order. The
 * figures' corpus files are written here too (src/build/figures-files.ts).
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SearchManifest } from '../lib/search-records.ts';
import { csvHead, type ReportExport } from '../lib/exports.ts';
import { corpusMember, teiCorpusFrame } from '../lib/tei.ts';
import { reportOrder, type ReportMeta } from '../lib/schema.ts';
import { edition } from '../lib/edition-info.ts';
import { routesFor } from '../lib/routes.ts';
import { figuresFileWriters } from './figures-files.ts';
import { partition } from '../config.ts';

/** A file of the built site by its path under the base ("data/reports/a.json"), as text. */
type Read = (path: string) => Promise<string>;
type Write = (chunk: string) => Promise<void> | void;

export const corpusFileNames = ['data/corpus.json', 'data/corpus.csv', 'data/corpus.tei.xml', ...Object.keys(figuresFileWriters)];

/** The slugs in the edition's order (the manifest's are sorted; each export has its report's source file). */
async function orderedSlugs(read: Read): Promise<string[]> {
  const manifest = JSON.parse(await read('data/search-manifest.json')) as SearchManifest;
  const reports: { slug: string; source: ReportMeta['source'] }[] = [];
  // Ties keep the content store's order: by file name (<slug>.md).
  const slugs = manifest.shards.flatMap((shard) => shard.reports).sort((a, b) => (`${a}.md` < `${b}.md` ? -1 : 1));
  for (const slug of slugs) {
    const { metadata } = JSON.parse(await read(`data/reports/${slug}.json`)) as ReportExport;
    reports.push({ slug, source: metadata.source as ReportMeta['source'] });
  }
  return reports.sort(reportOrder).map((report) => report.slug);
}

const slugsRead = new WeakMap<Read, Promise<string[]>>();

/** orderedSlugs, once per reader: the files written after a build share one reading. */
function slugsOf(read: Read): Promise<string[]> {
  if (!slugsRead.has(read)) slugsRead.set(read, orderedSlugs(read));
  return slugsRead.get(read)!;
}

/**
 * corpus.json as JSON.stringify({ edition, version, reports }, null, 2) writes it: each report's file
 * (that function's output for one report) indented one level deeper as an element of "reports".
 */
async function writeJson(slugs: string[], read: Read, write: Write) {
  const placeholder = '@reports@';
  const whole = `${JSON.stringify({ edition: 'Town Reports', version: edition().version, reports: slugs.length ? [placeholder] : [] }, null, 2)}\n`;
  const [head, tail = ''] = whole.split(JSON.stringify(placeholder)) as [string, string?];
  await write(head);
  for (const [index, slug] of slugs.entries()) await write(`${index ? ',\n    ' : ''}${(await read(`data/reports/${slug}.json`)).trimEnd().replaceAll('\n', '\n    ')}`);
  await write(tail);
}

/** corpus.csv: one head, then each report's rows (its file without the head), cells as csvCell wrote them: a cell a spreadsheet would run as a formula is already text. */
async function writeCsv(slugs: string[], read: Read, write: Write) {
  await write(csvHead);
  // The head is the first line (a BOM before it, unless the reader decoded it away, as fetch does).
  for (const slug of slugs) await write((await read(`data/reports/${slug}.csv`)).replace(/^\uFEFF?.*\r\n/, ''));
}

/** corpus.tei.xml: a teiCorpus of each report's TEI file, its ids prefixed with the report's slug (corpusMember). */
async function writeTei(slugs: string[], read: Read, write: Write, absolute: Absolute) {
  const { head, tail } = teiCorpusFrame(edition(), { corpus: absolute('data/corpus.tei.xml'), method: absolute('en/about/') });
  await write(head);
  for (const slug of slugs) await write(`${corpusMember(await read(`data/reports/${slug}.tei.xml`), slug)}\n`);
  await write(tail);
}

/** The absolute URL of a path under the base ("data/corpus.tei.xml"), at the site Astro was configured with. */
type Absolute = (path: string) => string;

export async function writeCorpusFile(name: string, read: Read, write: Write, absolute: Absolute = (path) => `/${path}`) {
  const slugs = await slugsOf(read);
  const figures = figuresFileWriters[name];
  if (figures) await figures(slugs, read, write);
  else if (name.endsWith('.tei.xml')) await writeTei(slugs, read, write, absolute);
  else await (name.endsWith('.json') ? writeJson : writeCsv)(slugs, read, write);
}

/** Writes to a file stream, waiting when its buffer is full. */
function fileWriter(path: string) {
  mkdirSync(dirname(path), { recursive: true });
  const stream = createWriteStream(path);
  const write = async (chunk: string) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  const close = () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { write, close };
}

export function corpusFiles(): AstroIntegration {
  let { withBase } = routesFor('/');
  let absolute: Absolute = (path) => withBase(path);
  return {
    name: 'corpus-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ withBase } = routesFor(config.base));
        const site = config.site;
        absolute = (path) => (site ? new URL(withBase(path), site).href : withBase(path));
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A partition (PARTITION=k/N) has only its own reports' files: the merge step writes the corpus files.
        if (typeof partition === 'object') return;
        const read: Read = async (path) => readFileSync(fileURLToPath(new URL(path, dir)), 'utf8');
        for (const name of corpusFileNames) {
          const file = fileWriter(fileURLToPath(new URL(name, dir)));
          await writeCorpusFile(name, read, file.write, absolute);
          await file.close();
          logger.info(`${name} written`);
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = corpusFileNames.find((candidate) => request.url?.split('?')[0] === withBase(candidate));
          if (!name) return next();
          const origin = `http://${request.headers.host}`;
          const read: Read = async (path) => {
            const fetched = await fetch(`${origin}${withBase(path)}`);
            if (!fetched.ok) throw new Error(`${path}: ${fetched.status}`);
            return fetched.text();
          };
          response.setHeader('Content-Type', `${name.endsWith('.json') ? 'application/json' : name.endsWith('.csv') ? 'text/csv' : 'application/tei+xml'}; charset=utf-8`);
          writeCorpusFile(name, read, (chunk) => void response.write(chunk), absolute).then(
            () => response.end(),
            (error: Error) => next(error),
          );
        });
      },
    },
  };
}
