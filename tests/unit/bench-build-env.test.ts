/** The benchmark builds with the environment `npm run build` gives astro build, read from package.json. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { astroBuildEnv } from '../../scripts/bench/build.ts';

test('the benchmark measures astro build with the heap limit npm run build sets', () => {
  assert.match(astroBuildEnv().NODE_OPTIONS ?? '', /--max-old-space-size=\d+/);
});

test('variables before astro build are read, and a script that does not start with it is refused', () => {
  assert.deepEqual(astroBuildEnv('A=1 B=x astro build --force && node next.ts'), { A: '1', B: 'x' });
  assert.deepEqual(astroBuildEnv('astro build'), {});
  assert.throws(() => astroBuildEnv('vite build && astro build'), /does not start with astro build/);
});
