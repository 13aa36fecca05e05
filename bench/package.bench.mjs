// What `npx homeoffice-check` fetches and how fast it starts: the bundled package (lib/, no
// dependency) against the same CLI published unbundled (dist/ plus its libraries as dependencies).
// Both are packed and installed into empty folders (from npm's cache, the registry for what the
// cache lacks) and timed there, after each has shown that it runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundle } from '../scripts/bundle.mjs';
import { median, ms, timeCli } from './lib.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/**
 * The libraries the CLI is built on, the dependencies of an unbundled package: every package the
 * build (dist/) imports, statically or with import().
 */
function runtimeLibraries(pkg) {
  const found = new Set();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js'))
        for (const m of readFileSync(p, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s*)['"]([^'"./][^'"]*)['"]/gm)) {
          const [a, b] = m[1].split('/');
          found.add(a.startsWith('@') ? `${a}/${b}` : a);
        }
    }
  };
  walk(join(ROOT, 'dist'));
  return [...found].filter((n) => !n.startsWith('node:') && pkg.devDependencies[n] !== undefined).sort();
}

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

function pack(dir, dest) {
  const [info] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dest], dir));
  return { file: join(dest, info.filename), size: info.size, unpacked: info.unpackedSize, files: info.entryCount };
}

function install(tarball, dir) {
  mkdirSync(dir, { recursive: true });
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir);
  return join(dir, 'node_modules/homeoffice-check/bin/homeoffice-check.js');
}

/** An install that cannot run (a library missing) must not be timed: both exit 1, as "not ready" does. */
function mustRun(bin, version) {
  const env = { ...process.env, LANG: 'C.UTF-8' };
  const v = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env });
  if (v.status !== 0 || !v.stdout.includes(version)) throw new Error(`${bin} --version: exit ${v.status}: ${v.stderr}`);
  const r = spawnSync(process.execPath, [bin, '--json', '--no-questions', '--offline'], { encoding: 'utf8', env, timeout: 120_000 });
  try {
    if (JSON.parse(r.stdout).checks === undefined) throw new Error('no checks');
  } catch (e) {
    throw new Error(`${bin} gives no report (exit ${r.status}, ${e.message}): ${r.stderr}`, { cause: e });
  }
}

/** files, bytes and the gzip size of their concatenation (about what a fetch of the tree costs) */
function tree(dir) {
  let files = 0;
  let bytes = 0;
  const chunks = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (!name.startsWith('.package-lock')) {
        files += 1;
        bytes += s.size;
        chunks.push(readFileSync(p));
      }
    }
  };
  walk(dir);
  return { files, bytes, gzip: gzipSync(Buffer.concat(chunks)).length };
}

const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;

/** The two installs timed turn about, so that a change in the machine's load hits both alike. */
function timePair(args, runs, binA, binB) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i += 1) {
    a.push(timeCli(args, 1, binA).median);
    b.push(timeCli(args, 1, binB).median);
  }
  return [{ median: median(a) }, { median: median(b) }];
}

export default async function () {
  const work = mkdtempSync(join(tmpdir(), 'hoc-bench-pack-'));
  await bundle();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  // bundled: the real package
  const bundled = pack(ROOT, work);
  const bundledBin = install(bundled.file, join(work, 'bundled'));
  const bundledTree = tree(join(work, 'bundled/node_modules'));

  // unbundled: the same build as dist/ with its libraries as dependencies
  const src = join(work, 'unbundled-src');
  mkdirSync(src);
  cpSync(join(ROOT, 'bin'), join(src, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(src, 'dist'), { recursive: true });
  const dependencies = Object.fromEntries(runtimeLibraries(pkg).map((n) => [n, pkg.devDependencies[n]]));
  writeFileSync(
    join(src, 'package.json'),
    JSON.stringify({ name: pkg.name, version: pkg.version, type: 'module', bin: pkg.bin, files: ['bin/', 'dist/'], dependencies }, null, 2),
  );
  const unbundled = pack(src, work);
  const unbundledBin = install(unbundled.file, join(work, 'unbundled'));
  const unbundledTree = tree(join(work, 'unbundled/node_modules'));
  const unbundledPackages = readdirSync(join(work, 'unbundled/node_modules'))
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => (n.startsWith('@') ? readdirSync(join(work, 'unbundled/node_modules', n)).map((m) => `${n}/${m}`) : [n])).length;

  mustRun(bundledBin, pkg.version);
  mustRun(unbundledBin, pkg.version);
  const full = ['--json', '--no-questions', '--offline'];
  timePair(['--version'], 2, bundledBin, unbundledBin); // warm the file cache
  const [bV, uV] = timePair(['--version'], 15, bundledBin, unbundledBin);
  const [bF, uF] = timePair(full, 11, bundledBin, unbundledBin);
  rmSync(work, { recursive: true, force: true });
  const ratio = (u, b) => `${(u / b).toFixed(2)}×`;
  return [
    `                               bundled        unbundled      unbundled/bundled`,
    `tarball (npm pack)             ${kib(bundled.size).padEnd(14)} ${kib(unbundled.size).padEnd(14)} (own tarball only)`,
    `fetched by npx (gzip of tree)  ${kib(bundledTree.gzip).padEnd(14)} ${kib(unbundledTree.gzip).padEnd(14)} ${ratio(unbundledTree.gzip, bundledTree.gzip)}`,
    `packages installed             ${'1'.padEnd(14)} ${String(unbundledPackages).padEnd(14)}`,
    `unpacked size (node_modules)   ${kib(bundledTree.bytes).padEnd(14)} ${kib(unbundledTree.bytes).padEnd(14)} ${ratio(unbundledTree.bytes, bundledTree.bytes)}`,
    `files (node_modules)           ${String(bundledTree.files).padEnd(14)} ${String(unbundledTree.files).padEnd(14)} ${ratio(unbundledTree.files, bundledTree.files)}`,
    `tarball entries / unpacked     ${`${bundled.files} / ${kib(bundled.unpacked)}`.padEnd(14)} ${`${unbundled.files} / ${kib(unbundled.unpacked)}`.padEnd(14)}`,
    `cold start --version (median)  ${ms(bV.median).padEnd(14)} ${ms(uV.median).padEnd(14)} ${ratio(uV.median, bV.median)}  (15 runs each, taking turns)`,
    `full offline run (median)      ${ms(bF.median).padEnd(14)} ${ms(uF.median).padEnd(14)} ${ratio(uF.median, bF.median)}  (11 runs each, taking turns, ${full.join(' ')})`,
  ];
}
