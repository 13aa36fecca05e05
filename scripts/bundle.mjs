// The published package: the built CLI (dist/src/cli.js, from `npm run build`) and every library it
// uses bundled into one minified ESM file set in lib/, so the package has no runtime dependency and
// `npx` fetches a single tarball. Writes NOTICES with the licence of every bundled package, taken
// from the bundle's own list of inputs.
//
//   node scripts/bundle.mjs            build lib/ and NOTICES
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Ink loads its React devtools bridge (react-devtools-core and ws) only when DEV=true. That bridge is
 * a development aid and stays out of the package: in its place a module that fails the way a missing
 * package does, which Ink answers with its own one-line hint.
 */
export const inkDevtoolsOut = {
  name: 'ink-devtools-out',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]/.test(args.importer) ? { path: 'ink-devtools', namespace: 'left-out' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
      contents: "const e = new Error('react-devtools-core is not part of this package'); e.code = 'ERR_MODULE_NOT_FOUND'; throw e;",
      loader: 'js',
    }));
  },
};

/**
 * zod re-exports every one of its ~50 message locales as `z.locales` (a quarter of the bundle); the
 * CLI never switches zod's locale and keeps its English messages, so only English is kept there.
 */
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: join(args.resolveDir, '../locales/en.js'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/**
 * iconv-lite carries the tables of its double-byte code pages (Chinese, Japanese, Korean: 200 KB of
 * JSON, more than twice that once bundled). The CLI never asks it for them: those pages are read
 * with Node's own TextDecoder (src/probe/console-text.ts), iconv-lite only for the single-byte OEM
 * pages. The tables are left out; asking iconv-lite for one throws.
 */
export const iconvSingleByteOnly = {
  name: 'iconv-single-byte-only',
  setup(b) {
    b.onResolve({ filter: /^\.\/tables\/[\w-]+\.json$/ }, (args) =>
      /[\\/]iconv-lite[\\/]encodings[\\/]/.test(args.importer) ? { path: args.path, namespace: 'iconv-tables-out' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'iconv-tables-out' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`iconv-lite ${args.path} is not part of this package`)});`,
      loader: 'js',
    }));
  },
};

/**
 * esbuild options shared by the package build and the tests that prove the bundle runs.
 * - ESM with code splitting: a library loaded with `await import()` (node-wifi, which rewrites
 *   LANG/LC_ALL when it loads; iconv-lite, for Windows console output) stays in a chunk of its own
 *   and is loaded only when asked for.
 * - CommonJS libraries (node-wifi, enquirer) call require() for node built-ins:
 *   the banner gives every chunk a real `require`.
 * - jsonc-parser (duplicate keys in input files) is taken from its ESM build (see alias).
 * - Top-level await (Ink's yoga-layout loads its WebAssembly, embedded as base64, with it) is
 *   native ESM in Node 20.
 */
export function bundleOptions({ entryPoints, outdir, metafile = true, minify = true }) {
  return {
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify,
    metafile,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    define: { 'process.env.NODE_ENV': '"production"' },
    // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow: its ESM build
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    plugins: [inkDevtoolsOut, zodEnglishOnly, iconvSingleByteOnly],
    logLevel: 'warning',
  };
}

/** The npm package a bundled input file belongs to: its folder under the last node_modules. */
export function packageDirOf(input) {
  if (/^[a-z-]+:/.test(input)) return null; // a module made by a plugin above, not a file
  const parts = input.split(/[\\/]/);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return null;
  const scoped = parts[i + 1]?.startsWith('@');
  return parts.slice(0, i + (scoped ? 3 : 2)).join('/');
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** NOTICES text for the packages that own the given bundle inputs (paths relative to root). */
export function notices(inputs, root = ROOT) {
  const dirs = [...new Set(inputs.map(packageDirOf).filter(Boolean))];
  const packages = dirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const file = readdirSync(join(root, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    return { name: pkg.name, version: pkg.version, licence: licenceOf(pkg), text: file ? readFileSync(join(root, dir, file), 'utf8').trim() : null };
  });
  packages.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const unique = packages.filter((p, i) => i === 0 || p.name !== packages[i - 1].name || p.version !== packages[i - 1].version);
  const head = ['homeoffice-check bundles the following packages. Their licences follow.', '', ...unique.map((p) => `- ${p.name}@${p.version} (${p.licence})`)];
  const bodies = unique.map((p) =>
    [
      `${'='.repeat(72)}`,
      `${p.name}@${p.version}  licence: ${p.licence}`,
      '',
      p.text ?? `(the package ships no licence file; its package.json says ${p.licence})`,
    ].join('\n'),
  );
  return { packages: unique, text: `${head.join('\n')}\n\n${bodies.join('\n\n')}\n` };
}

export async function bundle({ root = ROOT } = {}) {
  const entry = join(root, 'dist/src/cli.js');
  if (!existsSync(entry)) throw new Error('dist/src/cli.js is missing: run `npm run build` first');
  const outdir = join(root, 'lib');
  rmSync(outdir, { recursive: true, force: true });
  const result = await build(bundleOptions({ entryPoints: { cli: entry }, outdir }));
  const inputs = Object.keys(result.metafile.inputs);
  const { packages, text } = notices(inputs, root);
  writeFileSync(join(root, 'NOTICES'), text);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  return {
    packages,
    outputs: Object.keys(result.metafile.outputs).map((o) => relative(root, join(root, o)).split(sep).join('/')),
    bytes,
    metafile: result.metafile,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { packages, outputs, bytes } = await bundle();
  console.log(`lib/: ${outputs.length} files, ${(bytes / 1024).toFixed(0)} KiB; NOTICES: ${packages.length} packages`);
}
