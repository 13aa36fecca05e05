/**
 * The live probe: runs programs with execFile (an argument array, never a shell), each with a
 * timeout and an output cap; reads files with a size cap. Optionally records every interaction.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { open, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import type { Bundle, Interaction } from './bundle.js';
import { commandText } from './console-text.js';
import { resolveSystemCommand, systemCommandEnv } from './system-paths.js';
import type { CommandResult, FileStat, PlatformInfo, Probe, RunOptions } from './types.js';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
const DEFAULT_FILE_MAX_BYTES = 1024 * 1024;

/**
 * The tool's own secrets: the report token and its header, the signing key. No program the tool
 * starts needs them, and every one could read them from its environment: they are left out of
 * every command's environment, and a live probe takes them out of process.env altogether (so that
 * node-wifi, which starts programs of its own with process.env, cannot pass them on). The CLI gets them back with `withheldSecrets()`.
 */
export const SECRET_VARIABLES = ['HOMEOFFICE_CHECK_REPORT_AUTH', 'HOMEOFFICE_CHECK_REPORT_HEADER', 'HOMEOFFICE_CHECK_SIGNING_KEY'] as const;
const withheld: Record<string, string> = {};

/** Take the secrets out of `env` (process.env by default), keeping them here. */
export function withholdSecrets(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of SECRET_VARIABLES) {
    const value = env[name];
    if (value === undefined) continue;
    withheld[name] = value;
    delete env[name];
  }
}

/** The secrets taken out of process.env by a live probe (empty when none were). */
export function withheldSecrets(): Readonly<Record<string, string>> {
  return { ...withheld };
}

export function commandEnv(options: RunOptions, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const name of SECRET_VARIABLES) delete env[name];
  if ((options.locale ?? 'c') === 'c') {
    env.LC_ALL = 'C.UTF-8';
    env.LANG = 'C.UTF-8';
    env.LANGUAGE = '';
  }
  return { ...env, ...options.env };
}

/**
 * The programs running now, by pid. Each runs in a process group of its own (POSIX: spawned
 * detached, so its pid is the group's id), so that it can be ended together with every child it
 * started: on its timeout, when it is aborted, and when the run ends for any reason (process
 * exit, including SIGINT/SIGTERM, which the CLI turns into an exit). On Windows there are no
 * process groups: the tree is ended with `taskkill /T /F /PID <pid>` (Microsoft's documented
 * flags: /T the process and every child it started, /F forcefully).
 */
const running = new Set<ChildProcess>();

/**
 * End a program and every process it started. On Windows `taskkill` (from System32, by its absolute
 * path) is started asynchronously, so that a timeout never blocks the event loop; only in the exit
 * handler (`sync`), where nothing asynchronous runs any more, does it wait for taskkill.
 */
export function killTree(child: ChildProcess, sync = false): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    const taskkill = resolveSystemCommand('taskkill');
    const args = ['/T', '/F', '/PID', String(pid)];
    if (sync) {
      try {
        execFileSync(taskkill, args, { stdio: 'ignore', windowsHide: true, timeout: 5_000 });
      } catch {
        child.kill('SIGKILL');
      }
      return;
    }
    try {
      const killer = spawn(taskkill, args, { stdio: 'ignore', windowsHide: true });
      killer.on('error', () => child.kill('SIGKILL'));
      killer.unref();
    } catch {
      child.kill('SIGKILL');
    }
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is gone already; the program itself, in case it was not a group leader
    try {
      child.kill('SIGKILL');
    } catch {
      // gone
    }
  }
}

let exitHook = false;
function endAllOnExit(): void {
  if (exitHook) return;
  exitHook = true;
  process.on('exit', () => {
    for (const child of running) killTree(child, true);
    running.clear();
  });
}

export function runCommand(cmd: string, args: string[], options: RunOptions = {}): Promise<CommandResult> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBuffer = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return new Promise((resolve) => {
    if (options.signal?.aborted) return resolve({ stdout: '', stderr: '', code: null, failure: 'aborted' });
    let child: ChildProcess;
    try {
      child = spawn(resolveSystemCommand(cmd), args, {
        env: systemCommandEnv(cmd, commandEnv(options)),
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
        // POSIX: a process group of its own, to be ended whole (Windows: taskkill /T instead)
        detached: process.platform !== 'win32',
      });
    } catch {
      return resolve({ stdout: '', stderr: '', code: null, failure: 'failed' });
    }
    endAllOnExit();
    running.add(child);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let failure: CommandResult['failure'];
    let settled = false;
    const stop = (why: NonNullable<CommandResult['failure']>) => {
      failure ??= why;
      killTree(child);
    };
    /**
     * The result, with the output read as text: UTF-8, or on Windows the console's OEM code page
     * when the bytes are not UTF-8 (console-text.ts). `withOutput` false: nothing ran to write any.
     */
    const finish = (result: Pick<CommandResult, 'code' | 'failure'>, withOutput = true) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(linger);
      options.signal?.removeEventListener('abort', onAbort);
      running.delete(child);
      if (!withOutput) return resolve({ stdout: '', stderr: '', ...result });
      void Promise.all([commandText(Buffer.concat(out), process.platform), commandText(Buffer.concat(err), process.platform)]).then(
        ([stdout, stderr]) => resolve({ stdout, stderr, ...result }),
        () => resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ...result }),
      );
    };
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBuffer) {
        into.push(chunk.subarray(0, Math.max(0, chunk.length - (bytes - maxBuffer))));
        return stop('too-large');
      }
      into.push(chunk);
    };
    child.stdout!.on('data', collect(out));
    child.stderr!.on('data', collect(err));
    const timer = setTimeout(() => stop('timeout'), timeout);
    const onAbort = () => stop('aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let linger: NodeJS.Timeout | undefined;
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return finish({ code: null, failure: 'not-found' }, false);
      if (error.code === 'EACCES' || error.code === 'EPERM') return finish({ code: null, failure: 'denied' }, false);
      finish({ code: null, failure: failure ?? 'failed' });
    });
    child.on('exit', () => {
      // the program is done; children it left behind in its group may still hold its output
      // open: ended too (a short grace for its own last output), so the result never waits for
      // them. Not on Windows: the pid of a finished program may already be another's.
      if (process.platform !== 'win32' && !options.keepChildren) linger = setTimeout(() => killTree(child), 200);
    });
    child.on('close', (code) => {
      if (failure) return finish({ code: null, failure });
      if (typeof code === 'number') return finish({ code });
      finish({ code: null, failure: 'failed' });
    });
    // a program that waits for input must not hang the run
    child.stdin!.on('error', () => undefined);
    child.stdin!.end();
  });
}

async function readTextFile(path: string, maxBytes: number): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(maxBytes);
    let total = 0;
    while (total < maxBytes) {
      const { bytesRead } = await handle.read(buffer, total, maxBytes - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buffer.subarray(0, total).toString('utf8');
  } catch {
    return null;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export interface LiveProbeOptions {
  record?: boolean;
  platform?: PlatformInfo;
}

export class LiveProbe implements Probe {
  readonly mode: 'live' | 'record';
  readonly platform: PlatformInfo;
  private readonly started = new Date();
  private readonly log: Interaction[] = [];

  constructor(options: LiveProbeOptions = {}) {
    this.mode = options.record ? 'record' : 'live';
    // from here on, programs run (by the probe or a library it calls) inherit no secret
    withholdSecrets();
    this.platform = options.platform ?? { os: process.platform, release: os.release(), arch: process.arch };
  }

  /** the moment of the run: one instant for every check, the same one a recording keeps */
  now(): Date {
    return new Date(this.started);
  }

  private keep(interaction: Interaction): void {
    if (this.mode === 'record') this.log.push(interaction);
  }

  async run(cmd: string, args: string[], options: RunOptions = {}): Promise<CommandResult> {
    const result = await runCommand(cmd, args, options);
    this.keep({ type: 'run', cmd, args, locale: options.locale ?? 'c', ...(options.env ? { env: options.env } : {}), result });
    return result;
  }

  async readFile(path: string, options: { maxBytes?: number } = {}): Promise<string | null> {
    const result = await readTextFile(path, options.maxBytes ?? DEFAULT_FILE_MAX_BYTES);
    this.keep({ type: 'readFile', path, result });
    return result;
  }

  async listDir(path: string): Promise<string[] | null> {
    const result = await readdir(path).then(
      (names) => names.sort(),
      () => null,
    );
    this.keep({ type: 'listDir', path, result });
    return result;
  }

  async stat(path: string): Promise<FileStat | null> {
    const result = await stat(path).then(
      (s) => ({ size: s.size, mtimeMs: s.mtimeMs, isDirectory: s.isDirectory() }),
      () => null,
    );
    this.keep({ type: 'stat', path, result });
    return result;
  }

  async call<T>(name: string, args: unknown[], fn: () => Promise<T>): Promise<T> {
    try {
      const result = await fn();
      this.keep({ type: 'call', name, args: jsonClone(args) as unknown[], result: jsonClone(result) });
      return result;
    } catch (error) {
      this.keep({ type: 'call', name, args: jsonClone(args) as unknown[], error: errorText(error) });
      throw error;
    }
  }

  /** The recorded interactions as a bundle. */
  bundle(tool: string): Bundle {
    return {
      format: 'homeoffice-check-bundle',
      version: 1,
      recordedAt: this.started.toISOString(),
      platform: this.platform,
      tool,
      interactions: [...this.log],
    };
  }
}

function jsonClone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error).split('\n')[0] ?? 'error';
}
