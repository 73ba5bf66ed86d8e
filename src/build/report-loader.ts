/**
 * The content loader of the reports and translations: one entry per Markdown
 * file, holding its validated frontmatter, its path and a small summary of its
 * rendering (src/build/rendering.ts: length, opening, where the glossary terms
 * occur), which is all that pages listing reports read. The loader renders
 * each file once, as it reads it, and writes the rendering to a file in
 * Astro's cache folder for the report page and the per-report endpoints. The
 * content store stays small: Astro's glob loader would keep every rendered
 * report in it (about 70 kB each), rewrite it while syncing and bundle it into
 * the build, which at 10,000 reports is gigabytes.
 *
 * An entry's digest covers what its rendering depends on: the file, the
 * glossary (remark-glossary marks its terms) and the pipeline's code (the
 * plugins, the edition core, src/lib and the installed packages), so a load
 * renders only the files whose digest changed since the store was written.
 * `astro build --force`, as `npm run build` runs it, empties the store, not the
 * renderings: a rendering under the file's current digest is read back with
 * the summary kept beside it, not rendered again (so the merge step of a
 * partitioned build renders nothing the partitions rendered; the renderings
 * no current entry names are removed after the load). Under `astro dev` the loader
 * follows Astro's watcher: a changed or added file is read and validated
 * again, a deleted one leaves the store, and a change to the glossary gives
 * every entry a new digest; each update rewrites the store, which reloads
 * the page in the browser.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import matter from '../lib/frontmatter.ts';
import { readContentMarkdown } from '../lib/text-file.ts';
import { describeChange } from '../edition/unicode.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { glossaryFile } from '../config.ts';
import { linkRules, renderOptions } from './pipeline.ts';
import { cachedSummary, removeRendering, renderFile, writeRendering, writeSummary } from './rendering.ts';

interface Options {
  /** The glossary file (its terms are marked and counted). */
  glossary?: string;
  /** Count where the glossary's terms occur (the Chinese reports; the concordance is of the Chinese text). */
  countTerms?: boolean;
  /** Load only these files (by id): a partition's reports (src/build/partition.ts). Default: every file. */
  only?: Set<string>;
}

/** The sources a rendering depends on besides its file and the glossary, as one text to digest. */
function pipelineSources(): string {
  const src = fileURLToPath(new URL('../', import.meta.url));
  const files = ['plugins', 'edition', 'lib'].flatMap((folder) =>
    readdirSync(`${src}${folder}`, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|js|json|yaml)$/.test(name))
      .map((name) => `${src}${folder}/${name}`),
  );
  const lockfile = resolve('package-lock.json');
  return [...files.sort(), `${src}build/pipeline.ts`, `${src}build/rendering.ts`, lockfile]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\0');
}

export function markdownFiles(dir: string, { glossary = glossaryFile, countTerms = false, only }: Options = {}): Loader {
  return {
    name: 'markdown-files',
    load: async ({ collection, config, store, parseData, generateDigest, watcher, logger }) => {
      const renderings = fileURLToPath(new URL(`renderings/${collection}/`, config.cacheDir));
      // The links content may hold depend on the site and the hosts listed in content/edition.yaml.
      const code = generateDigest(`${pipelineSources()}\0${JSON.stringify(linkRules())}`);
      const glossaryDigest = () => `${code}:${generateDigest(existsSync(glossary) ? readFileSync(glossary, 'utf8') : '')}`;
      let renderedWith = glossaryDigest();
      const fileNames = () =>
        readdirSync(dir)
          .filter((file) => file.endsWith('.md') && (!only || only.has(file.slice(0, -'.md'.length))))
          .sort();

      /**
       * Reads, validates and renders one file, unless the store has it as it is, and stores it, or hands
       * the store update to `later`; a malformed file stops the build with its path.
       */
      async function sync(name: string, later?: (() => void)[]) {
        // Astro keeps paths relative to the project, wherever CONTENT_DIR points.
        const filePath = relative(process.cwd(), `${dir}/${name}`);
        // Strict UTF-8 (the file, line and byte of a bad byte), no byte-order mark, NFC, no zero-width characters.
        const { text: raw, changes } = readContentMarkdown(filePath);
        for (const change of changes.slice(0, 5)) logger.warn(`${filePath}:${change.line}:${change.column}: ${describeChange(change)}`);
        if (changes.length > 5) logger.warn(`${filePath}: ${changes.length - 5} more such changes`);
        const id = name.slice(0, -'.md'.length);
        const digest = generateDigest(`${renderedWith}\n${raw}`);
        const stored = store.get<{ summary?: { rendering: string } }>(id);
        const before = stored?.data.summary?.rendering;
        if (stored?.digest === digest && before && existsSync(before)) return;
        let frontmatter: Record<string, unknown>;
        try {
          frontmatter = matter(raw).data;
        } catch (error) {
          throw new Error(`${filePath}: malformed frontmatter: ${(error as Error).message}`, { cause: error });
        }
        const data = await parseData({ id, data: frontmatter, filePath });
        const file = `${renderings}${id}-${digest}.json`;
        // Rendered already under this digest (by an earlier load, or by a partition whose cache was copied here).
        let summary = cachedSummary(file);
        if (summary) counts.readBack++;
        else {
          counts.rendered++;
          const rendered = await renderFile(filePath, renderOptions(collection as 'reports' | 'translations', data), digest, countTerms ? loadGlossary(glossary) : undefined);
          writeRendering(file, rendered.rendering);
          writeSummary(file, rendered.summary);
          summary = rendered.summary;
        }
        // A copy: the parsed strings are slices of the file's text, and would keep every file in memory.
        const entry = { id, data: structuredClone({ ...data, summary: { ...summary, rendering: file } }), filePath, digest };
        const storeIt = () => {
          store.set(entry);
          if (before && before !== file) removeRendering(before);
        };
        if (later) later.push(storeIt);
        else storeIt();
      }

      /** Takes a file that is gone out of the store, with its rendering. */
      function remove(id: string) {
        const rendering = store.get<{ summary?: { rendering: string } }>(id)?.data.summary?.rendering;
        if (rendering) removeRendering(rendering);
        store.delete(id);
      }

      const names = fileNames();
      const counts = { rendered: 0, readBack: 0 };
      const ids = new Set(names.map((name) => name.slice(0, -'.md'.length)));
      for (const id of store.keys()) if (!ids.has(id)) remove(id);
      // Stored at the end, all at once: Astro writes the whole store to disk after each pause of 500 ms
      // between updates, and a render can take that long on a busy machine (10,000 writes of a growing store).
      const updates: (() => void)[] = [];
      for (const name of names) await sync(name, updates);
      for (const storeUpdate of updates) storeUpdate();
      logger.info(`${collection}: ${counts.rendered} rendered, ${counts.readBack} read back from renderings under the same digest`);
      // Renderings of files that are gone or changed since (`--force` empties the store, not this folder) are removed.
      const current = new Set(store.keys().map((id) => basename(store.get<{ summary?: { rendering: string } }>(id)?.data.summary?.rendering ?? '', '.json')));
      if (existsSync(renderings)) for (const name of readdirSync(renderings)) if (!current.has(name.split('.')[0]!)) rmSync(`${renderings}${name}`, { force: true });
      if (!watcher) return;

      // Dev: follow the folder (CONTENT_DIR may be outside the project) and the glossary.
      const folder = resolve(dir);
      const glossaryPath = resolve(glossary);
      watcher.add([folder, glossaryPath]);
      const entryName = (path: string) => (dirname(path) === folder && path.endsWith('.md') ? basename(path) : undefined);
      // One update at a time, in the order of the events; a bad file is reported and the server goes on.
      let queue = Promise.resolve();
      const update = (work: () => Promise<void> | void) => {
        queue = queue.then(work).catch((error: Error) => logger.error(error.message));
      };
      const reload = async (names: string[]) => {
        for (const name of names) {
          try {
            await sync(name);
            if (names.length === 1) logger.info(`reloaded ${relative(process.cwd(), `${dir}/${name}`)}`);
          } catch (error) {
            logger.error((error as Error).message);
          }
        }
      };
      const apply = (path: string) => {
        if (path === glossaryPath) {
          logger.info(`${relative(process.cwd(), glossaryPath)} changed: ${relative(process.cwd(), dir)} renders again`);
          renderedWith = glossaryDigest();
          return reload(fileNames());
        }
        const name = entryName(path)!;
        if (existsSync(path)) return reload([name]);
        remove(name.slice(0, -'.md'.length));
      };
      // A file is read 100 ms after its last event: an editor saving in place truncates the file, then
      // writes it, and the watcher drops a change that follows another within 50 ms, so a file read at
      // the first event may still be empty.
      const timers = new Map<string, ReturnType<typeof setTimeout>>();
      const onEvent = (changed: string) => {
        const path = resolve(changed);
        if (path !== glossaryPath && !entryName(path)) return;
        clearTimeout(timers.get(path));
        timers.set(
          path,
          setTimeout(() => {
            timers.delete(path);
            update(() => apply(path));
          }, 100),
        );
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
    },
  };
}
