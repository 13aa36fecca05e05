/**
 * The list of running programs, for the checks that look for known tools among them (risky-apps,
 * vpn). Windows: `tasklist /fo csv /nh`; macOS and Linux: `ps -A -o comm=`. One list per run: both
 * checks share the answer of a single process start (each start costs, most of all on Windows).
 *
 * A list is believed only when it looks like one: a program that prints something else and exits 0
 * (a wrapper, a stub, an error text) must not read as "none of the tools runs". Parsers are pure and
 * never throw; they return null for output that is not a process list.
 */
import { reason, type Reason } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import type { OsKey } from './fixes.js';
import { commandReason } from './reason.js';

export type { OsKey };

export const TASKLIST = 'tasklist';
export const TASKLIST_ARGS = ['/fo', 'csv', '/nh'];
export const PS = 'ps';
export const PS_ARGS = ['-A', '-o', 'comm='];

/** A row of `tasklist /fo csv`: the quoted image name, then the quoted PID (digits in every locale). */
const TASKLIST_ROW = /^"([^"]+)","(\d+)"(,|$)/;

/**
 * `tasklist /fo csv /nh` (learn.microsoft.com, tasklist): one CSV row per process, the image name
 * first, then the PID; the other columns are translated or formatted per locale and not read. A
 * listing is believed when every line is such a row and it holds a mark every real listing has:
 * tasklist.exe itself, or PID 0 (the System Idle Process, named differently per language) or 4
 * (System). Otherwise null.
 */
export function parseTasklistCsv(text: string): string[] | null {
  const names: string[] = [];
  let marked = false;
  for (const raw of text.replace(/^\uFEFF/, '').replace(/\r/g, '').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = TASKLIST_ROW.exec(line);
    if (!m) return null;
    names.push(m[1]!);
    if (m[2] === '0' || m[2] === '4' || m[1]!.toLowerCase() === 'tasklist.exe') marked = true;
  }
  return names.length > 0 && marked ? names : null;
}

/** PID 1's program, present in every full listing: launchd on macOS, systemd or init on Linux. */
const FIRST_PROCESS: Record<'macos' | 'linux', readonly string[]> = { macos: ['launchd'], linux: ['systemd', 'init'] };
/** A desktop runs far more programs than this; fewer lines without `ps` itself are not trusted. */
const PLAUSIBLE_COUNT = 20;

/**
 * `ps -A -o comm=` (POSIX): one command per line, no header. macOS prints the executable's full path
 * (spaces included), Linux the name cut to 15 characters (kernel threads such as `kworker/0:1` keep
 * their slash). A listing is believed when it holds `ps` itself (every `ps -A` lists its own
 * process), or, failing that, many lines with PID 1's program among them. Control characters (other
 * than tabs) never occur in a listing. Otherwise null.
 */
export function parsePsComm(text: string, os: 'macos' | 'linux'): string[] | null {
  const names: string[] = [];
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
     
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(line)) return null;
    const base = os === 'macos' ? line.slice(line.lastIndexOf('/') + 1).trim() : line;
    if (base) names.push(base);
  }
  if (names.includes('ps')) return names;
  const first = FIRST_PROCESS[os];
  return names.length >= PLAUSIBLE_COUNT && names.some((n) => first.includes(n)) ? names : null;
}

function normal(name: string, os: OsKey): string {
  let n = name.toLowerCase();
  if (os === 'windows') n = n.replace(/\.exe$/, '');
  // Linux keeps 15 characters of a command's name
  if (os === 'linux') n = n.slice(0, 15);
  return n;
}

/** A table entry to look for: an id and its process names per OS. */
export interface KnownProgram {
  id: string;
  processes: Partial<Record<OsKey, readonly string[]>>;
}

/** The ids of the programs whose processes are in `running` (whole names, without case or `.exe`). */
export function matchRunning(running: readonly string[], programs: readonly KnownProgram[], os: OsKey): string[] {
  const seen = new Set(running.map((n) => normal(n, os)));
  return programs.filter((a) => (a.processes[os] ?? []).some((p) => seen.has(normal(p, os)))).map((a) => a.id);
}

export type ProcessList =
  | { method: 'tasklist' | 'ps'; names: string[]; reason: null }
  | { method: null; names: null; reason: Reason };

async function read(probe: Probe, os: OsKey, signal: AbortSignal): Promise<ProcessList> {
  const windows = os === 'windows';
  const cmd = windows ? TASKLIST : PS;
  const r = windows
    ? await probe.run(TASKLIST, TASKLIST_ARGS, { timeoutMs: 15_000, signal })
    : await probe.run(PS, PS_ARGS, { timeoutMs: 10_000, signal });
  if (r.failure || r.code !== 0) return { method: null, names: null, reason: commandReason(cmd, r) };
  const names = windows ? parseTasklistCsv(r.stdout) : parsePsComm(r.stdout, os);
  if (!names) return { method: null, names: null, reason: commandReason(cmd, r, r.stdout.trim() ? 'not a process list' : 'empty output') };
  return { method: windows ? 'tasklist' : 'ps', names, reason: null };
}

/** One reading per probe (one run): the checks that ask share it. */
const readings = new WeakMap<Probe, Map<OsKey, Promise<ProcessList>>>();

/** The running programs' names, read once per run and shared; never throws. */
export function runningProcesses(probe: Probe, os: OsKey, signal: AbortSignal): Promise<ProcessList> {
  let byOs = readings.get(probe);
  if (!byOs) readings.set(probe, (byOs = new Map()));
  let reading = byOs.get(os);
  if (!reading) {
    reading = read(probe, os, signal).catch((error: unknown) => ({ method: null, names: null, reason: reason('internal', os === 'windows' ? TASKLIST : PS, String(error)) }));
    byOs.set(os, reading);
  }
  return reading;
}
