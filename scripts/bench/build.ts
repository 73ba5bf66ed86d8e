/**
 * The real build of a generated corpus (astro build, then the sharded search
 * index), measured: wall time and peak memory of each step's whole process
 * tree, the size of dist/ and of the index, the pages written.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildFigures } from './results.ts';

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
export function measured(command: string, args: string[], env: Record<string, string>, log: string) {
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

/** Bytes of a file, or of all files under a folder. */
function sizeOf(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  let bytes = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  return bytes;
}

const countPages = (dist: string) => readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The variables `npm run build` sets for its astro step (the `NAME=value` words before `astro build` in
 * package.json), so the benchmark measures the process the edition is built with: its heap limit above all.
 */
export function astroBuildEnv(script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build): Record<string, string> {
  const astroStep = script.split('&&')[0]!.trim();
  const prefix = /^((?:\w+=\S+\s+)*)astro build\b/.exec(astroStep);
  if (!prefix) throw new Error(`package.json: the build script does not start with astro build: ${script}`);
  return Object.fromEntries(prefix[1]!.trim().split(/\s+/).filter(Boolean).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]));
}

/** Builds the corpus in `content` into `dist` as `npm run build` does (logs and Astro's cache go to `root`). */
export async function buildMeasured(root: string, content: string, dist: string): Promise<BuildFigures> {
  const env = { ...astroBuildEnv(), CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(root, 'cache') };
  const astro = await measured('astro', ['build', '--force', '--outDir', dist], env, join(root, 'astro.log'));
  console.log(`astro build ${astro.seconds.toFixed(1)} s, peak ${(astro.peakBytes / 2 ** 30).toFixed(2)} GiB`);
  const search = await measured(process.execPath, ['scripts/build-search.ts'], env, join(root, 'search.log'));
  console.log(`search index ${search.seconds.toFixed(1)} s, peak ${(search.peakBytes / 2 ** 30).toFixed(2)} GiB`);
  return {
    pages: countPages(dist),
    astroSeconds: round(astro.seconds, 1),
    searchSeconds: round(search.seconds, 1),
    peakMemoryGiB: round(Math.max(astro.peakBytes, search.peakBytes) / 2 ** 30, 2),
    astroPeakGiB: round(astro.peakBytes / 2 ** 30, 2),
    searchPeakGiB: round(search.peakBytes / 2 ** 30, 2),
    distMB: round(sizeOf(dist) / 2 ** 20, 1),
    indexMB: round(sizeOf(join(dist, 'pagefind')) / 2 ** 20, 1),
  };
}
