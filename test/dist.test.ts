/**
 * The single executables (`npm run dist`, scripts/dist.mjs). The Linux one runs for real in an
 * environment with no Node.js on PATH; the Windows x64 one runs under Wine (Debian's wine64, which
 * the test set-up installs); the others are checked for what the injection must have left in them:
 * the right file format and CPU, the SEA blob with this build's bundle, the flipped SEA fuse, and
 * the vendor signature removed (IT signs; README "Signing").
 *
 * The build is made once and kept: scripts/dist.mjs rebuilds an executable only when its inputs (the
 * bundle, the pinned Node) changed, so the second and third CI run (Node 20, 22, 24) reuse it, and
 * the Node downloads are cached outside the clone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checks } from '../checks/index.js';
import { EMPLOYEE_HELP } from '../src/help-employee.js';
import { ReportSchema } from '../src/report/schema.js';
import { ROOT } from './helpers/cli.js';
import { TmuxSession } from './helpers/tmux.js';

const OUT = join(ROOT, 'dist-bin');
const exe = (id: string) => join(OUT, `homeoffice-check-${id}${id.startsWith('win') ? '.exe' : ''}`);
const LINUX = exe('linux-x64');
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const CACHE = process.env.HOMEOFFICE_CHECK_DIST_CACHE || join(tmpdir(), 'homeoffice-check-dist-cache');
const tmp = mkdtempSync(join(tmpdir(), 'hoc-dist-'));
let buildOutput = '';

/**
 * A PATH with every program of /usr/bin and /bin except Node.js and its package managers: the
 * machine's own node lives in /usr/bin, so `env -i PATH=/usr/bin:/bin` alone would still offer it.
 */
function pathWithoutNode(): string {
  const dir = join(tmp, 'bin');
  mkdirSync(dir);
  for (const from of ['/usr/bin', '/bin']) {
    for (const name of readdirSync(from)) {
      if (/^(node|nodejs|npm|npx|corepack|yarn|pnpm)$/.test(name) || existsSync(join(dir, name))) continue;
      symlinkSync(join(from, name), join(dir, name));
    }
  }
  return dir;
}

let CLEAN_ENV: Record<string, string>;

function runExe(args: string[], file = LINUX) {
  const run = spawnSync(file, args, { env: CLEAN_ENV, cwd: tmp, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  try {
    buildOutput = execFileSync(process.execPath, [join(ROOT, 'scripts/dist.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 900_000,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run dist failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, { cause: error });
  }
  CLEAN_ENV = { PATH: pathWithoutNode() };
}, 900_000);

afterAll(() => {
  execFileSync('rm', ['-rf', tmp]);
});

describe('the Linux executable, with no Node.js on PATH', () => {
  it('the clean environment really has no node', () => {
    const probe = spawnSync('/bin/sh', ['-c', 'command -v node npm npx || echo none'], { env: CLEAN_ENV, encoding: 'utf8' });
    expect(probe.stdout.trim()).toBe('none');
  });

  it('--version prints the package version, exit 0', () => {
    const run = runExe(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('--help opens with the text for employees', () => {
    const run = runExe(['--help', '--lang', 'nb']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(EMPLOYEE_HELP.nb)).toBe(true);
  });

  it('a full offline run prints a report that validates against the report schema, every check in it', () => {
    const run = runExe(['--json', '--no-questions', '--offline']);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.tool).toEqual({ name: 'homeoffice-check', version: VERSION });
    expect(report.mode).toBe('live');
    expect(report.platform.os).toBe('linux');
    expect(report.checks.map((c) => c.id).sort()).toEqual(checks.map((c) => c.id).sort());
    expect(run.code).toBe(report.score.verdict === 'not-ready' ? 1 : 0);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exit 0 when ready: a replayed macOS firewall that is on, with good answers', () => {
    const run = runExe([
      '--json',
      '--only',
      'firewall',
      '--replay',
      join(ROOT, 'test/fixtures/bundles/darwin-firewall-enabled.json'),
      '--answers',
      join(ROOT, 'test/fixtures/answers/all-good.json'),
    ]);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.mode).toBe('replay');
    expect(report.checks.find((c) => c.id === 'firewall')?.status).toBe('pass');
    expect(report.score.verdict).toBe('ready');
    expect(run.code).toBe(0);
  });

  it('exit 1 when not ready: a red meeting in an open-plan room', () => {
    const answers = join(tmp, 'answers.json');
    writeFileSync(answers, JSON.stringify({ answers: { 'data-class': 'red', 'room-private': 'open-area' } }));
    const run = runExe(['--json', '--offline', '--answers', answers]);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.score.blockers).toContain('room-private');
    expect(run.code).toBe(1);
  });

  it('exit 2 with one line for a usage error, and the JSON Schema the package prints', () => {
    const bad = runExe(['--no-such-option']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const schema = runExe(['schema', 'report']);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout).required).toEqual(expect.arrayContaining(['schemaVersion', 'score', 'checks']));
  });

  it('the interactive view (Ink, its layout engine started without top-level await) runs, and the window waits for a key when told to', async () => {
    const term = new TmuxSession();
    try {
      term.start(['--no-questions', '--offline', '--only', 'firewall'], {
        program: ['env', '-i', `PATH=${CLEAN_ENV.PATH}`, 'TERM=xterm-256color', 'HOMEOFFICE_CHECK_HOLD_WINDOW=1', LINUX],
        cols: 100,
        rows: 30,
      });
      const screen = await term.waitFor(/Press any key to close this window\./, 30_000);
      expect(screen).toMatch(/Firewall/);
      await new Promise((r) => setTimeout(r, 800));
      expect(term.capture()).not.toMatch(/EXIT=/); // still waiting
      term.type('x');
      expect([0, 1]).toContain(await term.exitCode(10_000));
    } finally {
      term.kill();
    }
  });
});

describe('the build', () => {
  it('is kept when nothing changed: a second build rebuilds nothing, and SHA256SUMS names every executable with its real hash', () => {
    const again = execFileSync(process.execPath, [join(ROOT, 'scripts/dist.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
    const lines = again
      .trim()
      .split('\n')
      .filter((l) => /dist-bin\/homeoffice-check-/.test(l));
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/ kept /);
    const sums = readFileSync(join(OUT, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split('  ')[1]).sort()).toEqual(
      ['darwin-arm64', 'darwin-x64', 'linux-x64', 'win-arm64', 'win-x64'].map((id) => exe(id).split('/').pop()).sort(),
    );
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(
        createHash('sha256')
          .update(readFileSync(join(OUT, name!)))
          .digest('hex'),
        name,
      ).toBe(hash);
    }
    expect(buildOutput).toMatch(/SHA256SUMS written/);
  });
});

/** The first 4 KiB of the bundle this build injected: proof that the blob in a file is this build's. */
function bundleHead(): Buffer {
  return readFileSync(join(OUT, '.build/sea-main.cjs')).subarray(0, 4096);
}

function fuseFlipped(buf: Buffer): void {
  const at = buf.indexOf(FUSE);
  expect(at).toBeGreaterThan(0);
  expect(buf.indexOf(FUSE, at + 1)).toBe(-1);
  expect(String.fromCharCode(buf[at + FUSE.length]!, buf[at + FUSE.length + 1]!)).toBe(':1');
}

describe('the Windows executables: PE files with the SEA blob', () => {
  for (const [id, machine] of [
    ['win-x64', 0x8664],
    ['win-arm64', 0xaa64],
  ] as const) {
    it(`${id}: MZ, PE header for machine 0x${machine.toString(16)}, console subsystem, NODE_SEA_BLOB resource with this build's bundle, fuse flipped, vendor signature removed`, () => {
      const buf = readFileSync(exe(id));
      expect(buf.toString('latin1', 0, 2)).toBe('MZ');
      const pe = buf.readUInt32LE(0x3c);
      expect(buf.toString('latin1', pe, pe + 4)).toBe('PE\0\0');
      expect(buf.readUInt16LE(pe + 4)).toBe(machine);
      const optional = pe + 24;
      expect(buf.readUInt16LE(optional)).toBe(0x20b); // PE32+
      expect(buf.readUInt16LE(optional + 68)).toBe(3); // IMAGE_SUBSYSTEM_WINDOWS_CUI: a console of its own when double-clicked
      const security = optional + 112 + 4 * 8;
      expect([buf.readUInt32LE(security), buf.readUInt32LE(security + 4)]).toEqual([0, 0]);
      expect(buf.indexOf(Buffer.from('NODE_SEA_BLOB', 'utf16le'))).toBeGreaterThan(0); // resource names are UTF-16
      expect(buf.indexOf(bundleHead())).toBeGreaterThan(0);
      fuseFlipped(buf);
    });
  }
});

interface MachSection {
  segment: string;
  section: string;
  offset: number;
  size: number;
}

/** Load commands of a thin 64-bit Mach-O: its CPU type, its sections, and whether it carries a code signature. */
function machO(buf: Buffer): { cputype: number; sections: MachSection[]; signed: boolean } {
  const ncmds = buf.readUInt32LE(16);
  const sections: MachSection[] = [];
  let signed = false;
  let at = 32;
  for (let i = 0; i < ncmds; i++) {
    const cmd = buf.readUInt32LE(at);
    const size = buf.readUInt32LE(at + 4);
    if (cmd === 0x19) {
      // LC_SEGMENT_64: segname, then nsects section_64 records of 80 bytes after the 72-byte command
      const segment = buf.toString('latin1', at + 8, at + 24).replace(/\0+$/, '');
      const nsects = buf.readUInt32LE(at + 64);
      for (let s = 0; s < nsects; s++) {
        const sec = at + 72 + s * 80;
        sections.push({
          segment,
          section: buf.toString('latin1', sec, sec + 16).replace(/\0+$/, ''),
          size: Number(buf.readBigUInt64LE(sec + 40)),
          offset: buf.readUInt32LE(sec + 48),
        });
      }
    }
    if (cmd === 0x1d) signed = true; // LC_CODE_SIGNATURE
    at += size;
  }
  return { cputype: buf.readUInt32LE(4), sections, signed };
}

describe('the macOS executables: Mach-O files with the SEA blob', () => {
  for (const [id, cputype] of [
    ['darwin-x64', 0x01000007],
    ['darwin-arm64', 0x0100000c],
  ] as const) {
    it(`${id}: 64-bit Mach-O for cputype 0x${cputype.toString(16)}, segment NODE_SEA with section __NODE_SEA_BLOB holding an SEA blob of this build, fuse flipped, no stale signature`, () => {
      const buf = readFileSync(exe(id));
      expect(buf.readUInt32LE(0)).toBe(0xfeedfacf); // MH_MAGIC_64, little-endian
      const file = machO(buf);
      expect(file.cputype).toBe(cputype);
      const blob = file.sections.find((s) => s.segment === 'NODE_SEA' && s.section === '__NODE_SEA_BLOB');
      expect(blob).toBeDefined();
      expect(buf.readUInt32LE(blob!.offset)).toBe(0x143da20); // the SEA blob's magic (src/node_sea.cc kMagic)
      expect(buf.subarray(blob!.offset, blob!.offset + blob!.size).indexOf(bundleHead())).toBeGreaterThan(0);
      expect(file.signed).toBe(false); // IT signs (README "Signing"); a stale Node.js signature would no longer match
      fuseFlipped(buf);
    });
  }
});

describe('the Windows x64 executable under Wine', () => {
  const wine = '/usr/lib/wine/wine64';
  const prefix = join(CACHE, 'wine-prefix');

  /** Wine's pipes give Node EBADF for stdout, so output goes to files. */
  function runWine(args: string[]): { code: number | null; stdout: string; stderr: string } {
    const out = join(tmp, 'wine.out');
    const err = join(tmp, 'wine.err');
    const fds = [openSync(out, 'w'), openSync(err, 'w')];
    const env = { ...CLEAN_ENV, HOME: tmp, WINEPREFIX: prefix, WINEDEBUG: '-all' };
    try {
      const run = spawnSync(wine, [exe('win-x64'), ...args], { env, cwd: tmp, stdio: ['ignore', fds[0]!, fds[1]!], timeout: 180_000 });
      return { code: run.status, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
    } finally {
      fds.forEach((fd) => closeSync(fd));
    }
  }

  beforeAll(() => {
    if (existsSync(join(prefix, 'system.reg'))) return;
    // a new prefix says Windows 7 by default, below what Node 22 runs on
    mkdirSync(prefix, { recursive: true });
    spawnSync(wine, ['winecfg', '/v', 'win10'], { env: { ...CLEAN_ENV, HOME: tmp, WINEPREFIX: prefix, WINEDEBUG: '-all' }, stdio: 'ignore', timeout: 180_000 });
  }, 200_000);

  it('--version', () => {
    const run = runWine(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('a full offline run: a schema-valid report from Windows (its PowerShell-based checks say unknown under Wine)', () => {
    const run = runWine(['--json', '--no-questions', '--offline']);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.platform.os).toBe('win32');
    expect(report.checks.map((c) => c.id).sort()).toEqual(checks.map((c) => c.id).sort());
    expect(run.code).toBe(report.score.verdict === 'not-ready' ? 1 : 0);
  });
});
