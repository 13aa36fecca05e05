/**
 * Where `-o` and `--record` write. A regular file is replaced atomically (temp file + rename); a
 * device node, a FIFO or a path through /dev or /proc (such as /dev/stdout) is written into and
 * never replaced, even as root; a target that cannot be written is refused with exit 2 before
 * anything is run. The device nodes and FIFOs here are made by the test in its own folder.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputTargets, writeFileAtomic } from '../src/output.js';
import { UsageError } from '../src/input.js';
import { ReportSchema } from '../src/report/schema.js';
import { runCli } from './helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'hoc-out-'));
const REPLAY = ['--replay', 'test/fixtures/bundles/linux-firewall-ufw-active.json', '--no-questions', '--offline', '--lang', 'en'];
const isRoot = process.getuid?.() === 0;

/** a null device of our own (char 1,3), so a test that fails cannot damage the machine's /dev/null */
function ownNullDevice(dir: string): string {
  const path = join(dir, 'null');
  execFileSync('mknod', [path, 'c', '1', '3']);
  return path;
}

/** a FIFO with `cat` reading it into a file; resolves with what the reader got once the writer closes */
/**
 * A FIFO with a reader that has opened it: the writer opens without waiting and is refused when
 * nobody reads yet, so the test waits until the reader holds the FIFO (its /proc fd links to it).
 */
async function fifoWithReader(dir: string): Promise<{ path: string; read: Promise<string>; stop(): void }> {
  const path = join(dir, 'fifo');
  execFileSync('mkfifo', [path]);
  const reader = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'ignore'] });
  let got = '';
  reader.stdout.setEncoding('utf8').on('data', (d: string) => (got += d));
  const read = new Promise<string>((resolve) => reader.on('close', () => resolve(got)));
  const holds = () => {
    try {
      return readdirSync(`/proc/${reader.pid}/fd`).some((fd) => readlinkSync(`/proc/${reader.pid}/fd/${fd}`) === path);
    } catch {
      return false;
    }
  };
  for (const end = Date.now() + 10_000; !holds() && Date.now() < end;) await new Promise((r) => setTimeout(r, 20));
  return { path, read, stop: () => reader.kill() };
}

/** a fake program on PATH that leaves a mark when run: proof of whether the checks ran */
function markingPath(dir: string, program: string): { env: NodeJS.ProcessEnv; mark: string } {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const mark = join(dir, 'ran');
  writeFileSync(join(bin, program), `#!/bin/sh\necho ran >> '${mark}'\necho 1000\n`);
  chmodSync(join(bin, program), 0o755);
  return { env: { PATH: `${bin}:${process.env.PATH}` }, mark };
}

describe.runIf(isRoot)('-o and --record never replace what is not a regular file (as root)', () => {
  it('-o into a character device writes into it and leaves it a character device', async () => {
    const dev = ownNullDevice(tmp());
    const run = await runCli(['--json', '-o', dev, ...REPLAY]);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
  });

  it('--record into a character device leaves it a character device', async () => {
    const dir = tmp();
    const dev = ownNullDevice(dir);
    const { env } = markingPath(dir, 'id');
    const run = await runCli(['--json', '--record', dev, '--only', 'admin-rights', '--no-questions', '--offline'], { env });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
  });

  it('-o into a FIFO with a reader: the reader gets the whole report and the FIFO stays a FIFO', async () => {
    const { path, read, stop } = await fifoWithReader(tmp());
    const run = await runCli(['--json', '-o', path, ...REPLAY], { timeoutMs: 20_000 }).finally(stop);
    expect([0, 1]).toContain(run.code);
    const got = await read;
    expect(ReportSchema.parse(JSON.parse(got)).tool.name).toBe('homeoffice-check');
    expect(got).toBe(run.stdout);
    expect(lstatSync(path).isFIFO()).toBe(true);
  });

  it('-o into a FIFO nobody reads: exit 2 with one line, and no hang', async () => {
    const path = join(tmp(), 'fifo');
    execFileSync('mkfifo', [path]);
    const run = await runCli(['--json', '-o', path, ...REPLAY], { timeoutMs: 20_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^homeoffice-check: -o '.*fifo': a FIFO that nobody reads\n$/);
    expect(lstatSync(path).isFIFO()).toBe(true);
  });

  it('-o through a link to /proc/self/fd/1 (what /dev/stdout is) writes to stdout and leaves the link', async () => {
    const link = join(tmp(), 'stdout');
    symlinkSync('/proc/self/fd/1', link);
    const run = await runCli(['--plain', '-o', link, ...REPLAY]);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const json = run.stdout.slice(0, run.stdout.lastIndexOf('}\n') + 2);
    expect(ReportSchema.parse(JSON.parse(json)).mode).toBe('replay');
    expect(run.stdout).toMatch(/Score \d+ of 100/);
  });

  it('-o through a symbolic link to a regular file replaces the file, not the link', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    const run = await runCli(['--json', '-o', join(dir, 'link.json'), ...REPLAY]);
    expect([0, 1]).toContain(run.code);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe(run.stdout);
  });

  it('the real /dev/null and /dev/stdout stay what they are', async () => {
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const run = await runCli(['--json', '-o', '/dev/null', '--record', '/dev/null', '--only', 'admin-rights', '--no-questions', '--offline']);
    expect([0, 1]).toContain(run.code);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const out = await runCli(['--plain', '-o', '/dev/stdout', ...REPLAY]);
    expect(out.stderr).toBe('');
    expect([0, 1]).toContain(out.code);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
    expect(out.stdout).toContain('"schemaVersion": 2');
    expect(out.stdout).toMatch(/Score \d+ of 100/);
  });
});

describe('an -o or --record target that cannot be written is refused before anything runs', () => {
  const cases: Array<[string, (dir: string) => string, RegExp]> = [
    ['a missing folder', (dir) => join(dir, 'no', 'such', 'report.json'), /the folder '.*no[/\\]such' does not exist/],
    ['a folder', (dir) => dir, /is a folder/],
    ['a file as the folder', (dir) => (writeFileSync(join(dir, 'plain'), ''), join(dir, 'plain', 'report.json')), /is not a folder/],
  ];
  for (const flag of ['-o', '--record'] as const) {
    for (const [name, target, reason] of cases) {
      it(`${flag} into ${name}: exit 2, one line, no check run`, async () => {
        const dir = tmp();
        const { env, mark } = markingPath(dir, 'id');
        const run = await runCli(['--json', flag, target(dir), '--only', 'admin-rights', '--no-questions', '--offline'], { env });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')).toHaveLength(2);
        expect(run.stderr).toMatch(new RegExp(`^homeoffice-check: ${flag} '`));
        expect(run.stderr).toMatch(reason);
        expect(existsSync(mark)).toBe(false);
      });
    }
  }

  it('checkOutputTargets accepts a new file in a writable folder and leaves nothing behind', async () => {
    const dir = tmp();
    await checkOutputTargets({ output: join(dir, 'r.json'), record: join(dir, 'b.json') });
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
    expect(readdirNames(dir)).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('a write that fails names the target in one line, not a temporary file', async () => {
    const dir = tmp();
    const error = await writeFileAtomic(join(dir, 'missing', 'r.json'), '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toMatch(/\.tmp/);
    expect((error as Error).message).toContain(join(dir, 'missing', 'r.json'));
  });

  it('a FIFO: 1 MB (far more than a pipe holds) arrives whole, written as the reader takes it', async () => {
    const { path, read, stop } = await fifoWithReader(tmp());
    try {
      await writeFileAtomic(path, 'x'.repeat(1_000_000));
    } finally {
      setTimeout(stop, 5_000).unref();
    }
    expect((await read).length).toBe(1_000_000);
  });

  it.runIf(isRoot)('a full device (char 1,7, as /dev/full): the error says there is no space, in one line', async () => {
    const full = join(tmp(), 'full');
    execFileSync('mknod', [full, 'c', '1', '7']);
    const error = await writeFileAtomic(full, '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/no space left/);
    expect(statSync(full).isCharacterDevice()).toBe(true);
  });
});

function readdirNames(dir: string): string[] {
  return execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).split('\n').filter(Boolean);
}
