/**
 * Programs the tool starts never outlive the run. Fake programs on PATH start children of their
 * own and hang (as a stuck `softwareupdate` or a wedged `nmcli` might); a command that times out
 * is killed with its whole process group, and so is every running command when the run is ended
 * by SIGTERM or Ctrl-C. The children are found by the unique path of the program they run.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../src/probe/live.js';
import { BIN, ROOT, runCli } from './helpers/cli.js';

const posix = process.platform !== 'win32';

/** The pids of the processes whose command line names `marker`. */
function processesWith(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const state = /^State:\s+(\w)/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1];
      if (cmdline.includes(marker) && state !== 'Z') found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

const leftovers: string[] = [];
afterEach(() => {
  // whatever a failing test left behind is ended here, by pid
  for (const marker of leftovers.splice(0)) for (const pid of processesWith(marker)) process.kill(pid, 'SIGKILL');
});

/**
 * A folder with a fake `program` on PATH: it starts two children (a `hang` script sleeping in
 * the background, holding stdout) and then hangs itself. `started` appears once it runs.
 */
function hangingProgram(program: string): { env: NodeJS.ProcessEnv; marker: string; started: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hoc-kids-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const hang = join(dir, 'hang-forever');
  const started = join(dir, 'started');
  writeFileSync(hang, '#!/bin/sh\nsleep 300\n');
  writeFileSync(join(bin, program), `#!/bin/sh\n'${hang}' &\n'${hang}' &\necho up >> '${started}'\n'${hang}'\n`);
  chmodSync(hang, 0o755);
  chmodSync(join(bin, program), 0o755);
  leftovers.push(hang);
  return { env: { PATH: `${bin}:${process.env.PATH}` }, marker: hang, started };
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

describe.runIf(posix)('child processes never outlive the run', () => {
  it('runCommand: a command that times out is killed with its children, and the result comes at the timeout', async () => {
    const { env, marker } = hangingProgram('stuck');
    const t0 = Date.now();
    const result = await runCommand('stuck', [], { timeoutMs: 800, env: { PATH: env.PATH! } });
    expect(result.failure).toBe('timeout');
    // not held until the children end (they hold the output pipe)
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(await until(() => processesWith(marker).length === 0, 2_000)).toBe(true);
  });

  it('runCommand: an aborted command is killed with its children', async () => {
    const { env, marker, started } = hangingProgram('stuck');
    const controller = new AbortController();
    const pending = runCommand('stuck', [], { timeoutMs: 60_000, env: { PATH: env.PATH! }, signal: controller.signal });
    await until(() => existsSync(started), 5_000);
    controller.abort();
    expect((await pending).failure).toBe('aborted');
    expect(await until(() => processesWith(marker).length === 0, 2_000)).toBe(true);
  });

  it('runCommand: a command that ends but leaves children behind holding its output does not hold the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-kids-'));
    const hang = join(dir, 'hang-forever');
    writeFileSync(hang, '#!/bin/sh\nsleep 300\n');
    chmodSync(hang, 0o755);
    leftovers.push(hang);
    const t0 = Date.now();
    const result = await runCommand('sh', ['-c', `'${hang}' & echo done`], { timeoutMs: 20_000 });
    expect(result).toMatchObject({ code: 0, stdout: 'done\n' });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(await until(() => processesWith(hang).length === 0, 2_000)).toBe(true);
  });

  it('a run whose command times out leaves no process behind (admin-rights, a stuck `id`)', async () => {
    const { env, marker } = hangingProgram('id');
    const run = await runCli(['--json', '--no-questions', '--offline', '--only', 'admin-rights'], { env, timeoutMs: 40_000 });
    expect([0, 1]).toContain(run.code);
    const admin = (JSON.parse(run.stdout) as { checks: Array<{ id: string; status: string; reason?: unknown }> }).checks.find((c) => c.id === 'admin-rights')!;
    expect(admin.status).toBe('unknown');
    expect(admin.reason).toEqual({ code: 'timeout', tool: 'id' });
    expect(await until(() => processesWith(marker).length === 0, 2_000)).toEqual(true);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} during a running command: exit 130 at once, and the command and its children are gone`, async () => {
      const { env, marker, started } = hangingProgram('id');
      const child = spawn(process.execPath, [BIN, '--json', '--no-questions', '--offline', '--only', 'admin-rights'], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      expect(await until(() => existsSync(started), 15_000)).toBe(true);
      // at least the stand-in's three sleepers (more when the check has started it more than once);
      // the stand-in marks its start before it forks them, so wait for them to be there
      expect(await until(() => processesWith(marker).length >= 3, 10_000)).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(130);
      expect(await until(() => processesWith(marker).length === 0, 2_000)).toBe(true);
    });
  }
});
