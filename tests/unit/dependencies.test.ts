/**
 * Every package the code imports is declared in package.json, so that it
 * does not resolve only because another package happened to bring it
 * (hoisting). Type-only imports of `hast`, `mdast`, `unist` and `xast` are declared
 * as their @types packages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|mjs|js|astro)$/.test(name) ? [path] : [];
  });
}

const specifier = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require(?:\.resolve)?\(\s*['"]([^'"]+)['"]/g;

test('every imported package is declared in package.json', () => {
  const undeclared = new Map<string, string>();
  for (const file of [...['src', 'scripts', 'tests'].flatMap(sourceFiles), 'astro.config.mjs']) {
    for (const match of readFileSync(file, 'utf8').matchAll(specifier)) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      if (/^[./]|^node:|^astro:|^virtual:/.test(spec) || builtinModules.includes(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      const packageName = ['hast', 'mdast', 'unist', 'xast'].includes(name) ? `@types/${name}` : name;
      if (!declared.has(packageName) && !undeclared.has(packageName)) undeclared.set(packageName, file);
    }
  }
  assert.deepEqual(
    [...undeclared].map(([name, file]) => `${name} (${file})`),
    [],
  );
});
