/**
 * The published package: `npm pack` → install the tarball into an empty folder with no registry
 * access → the command works there. And the bundler settings shown to carry every library the CLI
 * uses (Ink with its WebAssembly and top-level await, enquirer, zod, undici, node-wifi loaded only
 * on demand).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/schema.js';
// @ts-expect-error a plain ESM script without type declarations
import { bundle, bundleOptions, packageDirOf } from '../scripts/bundle.mjs';
import { ROOT } from './helpers/cli.js';

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies?: object; engines: { node: string } };

/** "20.18.1" from ">=20.18.1" or ">=20"; null for any other form */
function lowest(range: string | undefined): number[] | null {
  const m = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec((range ?? '').trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : null;
}
const atLeast = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

describe('the packed tarball', () => {
  let work: string;
  let app: string;
  let files: string[];
  let bundled: Array<{ name: string }>;
  let metafile: { outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }> };
  const bin = () => join(app, 'node_modules/.bin/homeoffice-check');
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(bin(), args, { cwd: app, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', ...env }, timeout: 60_000 });

  beforeAll(async () => {
    ({ packages: bundled, metafile } = await bundle());
    work = mkdtempSync(join(tmpdir(), 'hoc-pack-'));
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    files = packed[0]!.files.map((f) => f.path).sort();
    app = join(work, 'app');
    mkdirSync(app);
    npm(['install', '--offline', '--no-audit', '--no-fund', join(work, packed[0]!.filename)], app);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds only the bundle, the launcher, README, NOTICES and LICENSE', () => {
    expect(files.filter((f) => !/^(lib\/|bin\/homeoffice-check\.js$|README\.md$|NOTICES$|LICENSE$|package\.json$)/.test(f))).toEqual([]);
    expect(files).toContain('lib/cli.js');
    expect(files).toContain('NOTICES');
    expect(files.some((f) => f.startsWith('dist/') || f.startsWith('src/'))).toBe(false);
  });

  it('loads undici (network, upload), Ink and React (interactive view), enquirer (questions), iconv-lite (Windows console output) and the fleet summary renderers from chunks of their own, not at start', () => {
    // what starting lib/cli.js parses: the entry and every chunk it imports statically, transitively
    const outputs = metafile.outputs;
    const entry = Object.keys(outputs).filter((file) => file.endsWith('lib/cli.js'));
    expect(entry).toHaveLength(1);
    const atStart = new Set<string>();
    const visit = (file: string) => {
      if (atStart.has(file)) return;
      atStart.add(file);
      for (const i of outputs[file]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
    };
    visit(entry[0]!);
    const startInputs = [...atStart].flatMap((file) => Object.keys(outputs[file]!.inputs));
    const allInputs = Object.values(outputs).flatMap((o) => Object.keys(o.inputs));
    expect(startInputs.some((i) => i.includes('node_modules/zod/'))).toBe(true);
    for (const lazy of [
      'node_modules/undici/',
      'node_modules/ink/',
      'node_modules/react/',
      'node_modules/enquirer/',
      'node_modules/iconv-lite/',
      'dist/src/report/summary-html.js',
    ]) {
      expect(
        startInputs.some((i) => i.includes(lazy)),
        lazy,
      ).toBe(false);
      expect(
        allInputs.some((i) => i.includes(lazy)),
        lazy,
      ).toBe(true);
    }
  });

  it('has no runtime dependency: the install brings in this one package only', () => {
    expect(pkg.dependencies).toBeUndefined();
    const installed = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['homeoffice-check']);
  });

  it('answers --version from the installed package', () => {
    const r = run(['--version']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('runs a full offline assessment from the installed package: a valid report, exit code by verdict', () => {
    const r = run(['--json', '--no-questions', '--offline']);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.tool.version).toBe(pkg.version);
    expect(report.checks.length).toBeGreaterThan(5);
    expect(r.status).toBe(report.score.verdict === 'not-ready' ? 1 : 0);
    // usage errors keep their code and their one line in the bundle too, with zod's English messages
    const bad = run(['--lang', 'sv']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const policy = join(work, 'bad-policy.json');
    writeFileSync(policy, '{"thresholds":{"network":{"hdMbps":"fast"}}}');
    const badPolicy = run(['--policy', policy, '--offline']);
    expect(badPolicy.status).toBe(2);
    expect(badPolicy.stderr).toMatch(/thresholds\.network\.hdMbps: expected a number/);
  });

  it('asks for a Node at least as new as every bundled package does', () => {
    const ours = lowest(pkg.engines.node);
    expect(ours).not.toBeNull();
    for (const { name } of bundled) {
      const theirs = lowest(
        (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node,
      );
      if (theirs) expect(atLeast(ours!, theirs), `${name} needs node ${theirs.join('.')}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('ships NOTICES naming every bundled package with its licence text', () => {
    const text = readFileSync(join(app, 'node_modules/homeoffice-check/NOTICES'), 'utf8');
    expect(bundled.length).toBeGreaterThan(0);
    for (const { name } of bundled) expect(text).toMatch(new RegExp(`^- ${name.replace('/', '\\/')}@\\d`, 'm'));
    expect(text).toContain('zod@');
    expect(text).toContain('Permission is hereby granted');
  });
});

describe('NOTICES: which package a bundled file belongs to', () => {
  const cases: Array<[string, string | null]> = [
    ['node_modules/zod/v4/core/core.js', 'node_modules/zod'],
    ['node_modules/@alcalzone/ansi-tokenize/build/index.js', 'node_modules/@alcalzone/ansi-tokenize'],
    ['node_modules/ink/node_modules/chalk/source/index.js', 'node_modules/ink/node_modules/chalk'],
    ['dist/src/cli.js', null],
    ['zod-locales:/abs/node_modules/zod/v4/locales/en.js', null],
  ];
  it.each(cases)('%s → %s', (input, dir) => expect(packageDirOf(input)).toBe(dir));
});

describe('the bundler settings carry every library the CLI uses', () => {
  let dir: string;
  let outputs: Record<string, { inputs: Record<string, unknown> }>;
  const smoke = (env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [join(dir, 'lib/smoke.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'nb_NO.UTF-8', LC_ALL: '', DEV: '', ...env },
      timeout: 60_000,
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hoc-smoke-'));
    // the package layout: lib/ beside a package.json (Ink reads it when DEV=true)
    writeFileSync(join(dir, 'package.json'), '{"name":"smoke","version":"0.0.0","type":"module"}\n');
    const result = await build(bundleOptions({ entryPoints: { smoke: join(ROOT, 'test/fixtures/bundle-smoke/entry.mjs') }, outdir: join(dir, 'lib') }));
    outputs = result.metafile.outputs;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs Ink (string and stream render), an enquirer prompt, zod, undici and iconv-lite from the bundle; node-wifi only when imported', () => {
    const r = smoke();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, string | null>;
    expect(out.ink).toContain('╭');
    expect(out.ink).toContain('klar');
    expect(out.enquirer).toBe('function');
    expect(out.inkRender).toContain('ferdig');
    expect(out.enquirerAnswer).toBe('åpent');
    expect(out.zod).toMatch(/expected number/);
    expect(out.undici).toBe('function');
    expect(out.iconv850).toBe('PÅ');
    // node-wifi rewrites LANG when it loads: untouched until the dynamic import, rewritten after it
    expect(out.langBeforeWifi).toBe('nb_NO.UTF-8');
    expect(out.wifi).toBe('function');
    expect(out.langAfterWifi).not.toBe('nb_NO.UTF-8');
  });

  it('gives the same result as the libraries straight from node_modules', () => {
    const env = { ...process.env, LANG: 'nb_NO.UTF-8', LC_ALL: '', DEV: '' };
    const direct = spawnSync(process.execPath, [join(ROOT, 'test/fixtures/bundle-smoke/entry.mjs')], { cwd: ROOT, encoding: 'utf8', env, timeout: 60_000 });
    expect(direct.status).toBe(0);
    expect(JSON.parse(smoke().stdout)).toEqual(JSON.parse(direct.stdout));
  });

  it('leaves iconv-lite’s double-byte tables out (those code pages are read with TextDecoder)', () => {
    const inputs = Object.values(outputs).flatMap((o) => Object.keys(o.inputs));
    expect(inputs.some((i) => i.includes('node_modules/iconv-lite/encodings/sbcs-data-generated.js'))).toBe(true);
    expect(inputs.filter((i) => /iconv-lite[\\/]encodings[\\/]tables[\\/]/.test(i))).toEqual([]);
  });

  it('keeps node-wifi out of the entry chunk', () => {
    const [entry, other] = Object.entries(outputs).reduce<[string[], string[]]>(
      ([e, o], [file, meta]) => (file.endsWith('lib/smoke.js') ? [[...e, ...Object.keys(meta.inputs)], o] : [e, [...o, ...Object.keys(meta.inputs)]]),
      [[], []],
    );
    expect(entry.some((i) => i.includes('node_modules/ink/'))).toBe(true);
    expect(entry.some((i) => i.includes('node_modules/node-wifi/'))).toBe(false);
    expect(other.some((i) => i.includes('node_modules/node-wifi/'))).toBe(true);
  });

  it('leaves the React devtools bridge out: with DEV=true Ink prints its hint and goes on', () => {
    const r = smoke({ DEV: 'true' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('react-devtools-core');
    expect((JSON.parse(r.stdout) as { ink: string }).ink).toContain('klar');
    expect(existsSync(join(ROOT, 'node_modules/react-devtools-core'))).toBe(false);
  });
});
