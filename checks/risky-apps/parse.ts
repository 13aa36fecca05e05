/**
 * Process names from the OS's own process lists. Pure, never throwing.
 */
import type { RiskyApp } from './apps.js';

/**
 * `tasklist /fo csv /nh`: one CSV row per process, the image name first and always quoted
 * ("Image Name","PID","Session Name","Session#","Mem Usage"); the other columns are translated or
 * formatted per locale and not read.
 */
export function parseTasklistCsv(text: string): string[] {
  const names: string[] = [];
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const m = /^"([^"]+)"\s*,/.exec(line.trim());
    if (m) names.push(m[1]!);
  }
  return names;
}

/**
 * `ps -A -o comm=` (POSIX): one command per line, no header. macOS prints the executable's full path
 * (spaces included), Linux the name truncated to 15 characters.
 */
export function parsePsComm(text: string): string[] {
  const names: string[] = [];
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const base = line.slice(line.lastIndexOf('/') + 1).trim();
    if (base) names.push(base);
  }
  return names;
}

export type OsKey = 'windows' | 'macos' | 'linux';

function normal(name: string, os: OsKey): string {
  let n = name.toLowerCase();
  if (os === 'windows') n = n.replace(/\.exe$/, '');
  // Linux keeps 15 characters of a command's name
  if (os === 'linux') n = n.slice(0, 15);
  return n;
}

/** The ids of the apps whose processes are in `running`. */
export function matchRunning(running: readonly string[], apps: readonly Pick<RiskyApp, 'id' | 'processes'>[], os: OsKey): string[] {
  const seen = new Set(running.map((n) => normal(n, os)));
  return apps.filter((a) => (a.processes[os] ?? []).some((p) => seen.has(normal(p, os)))).map((a) => a.id);
}
