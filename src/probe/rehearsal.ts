/**
 * A rehearsal: a run answered from a bundle, as a replay is, but going through the paths a live run
 * takes, so that what a live run would start can be counted. The probe calls itself `live`: the
 * engine hands the PowerShell sections over before the checks start, and they go out as one
 * combined start, which is answered here from the bundle's recording of each section. Every program
 * start is counted by its name; every library call is listed by its name (and answered from the
 * bundle, never run). Used by the tests and the benchmark of process starts per OS.
 */
import type { Bundle } from './bundle.js';
import { POWERSHELL, powershellSection } from './powershell.js';
import { ReplayProbe } from './replay.js';
import type { CommandResult, FileStat, PlatformInfo, Probe, RunOptions } from './types.js';

const SECTION_HEAD = /try\{\$hoc\['s(\d+)'\]=\[string\]\(& \{/g;

/** The sections of a combined script (see combinedScript), in order; null when it is not one. */
export function sectionsOf(combined: string): string[] | null {
  const scripts: string[] = [];
  for (const m of combined.matchAll(SECTION_HEAD)) {
    const i = Number(m[1]);
    const start = m.index + m[0].length;
    const end = combined.indexOf(`})}catch{$hoc['e${i}']=[string]$_}`, start);
    if (i !== scripts.length || end < 0) return null;
    scripts.push(combined.slice(start, end));
  }
  return scripts.length > 0 ? scripts : null;
}

/** A program's name as counted: its base name, lower case, without `.exe`. */
export function programName(cmd: string): string {
  return cmd
    .split(/[\\/]/)
    .pop()!
    .toLowerCase()
    .replace(/\.exe$/, '');
}

export class RehearsalProbe implements Probe {
  readonly mode = 'live' as const;
  readonly platform: PlatformInfo;
  private readonly inner: ReplayProbe;
  /** program name → how many times it was started */
  readonly starts = new Map<string, number>();
  /** every start, as program name and arguments, in order */
  readonly runs: string[][] = [];
  /** every start's program as the check named it (a bare name or a path) */
  readonly commands: string[] = [];
  /** the names of the library calls asked for, in order */
  readonly calls: string[] = [];

  constructor(bundle: Bundle) {
    this.inner = new ReplayProbe(bundle);
    this.platform = bundle.platform;
  }

  now(): Date {
    return this.inner.now();
  }

  async run(cmd: string, args: string[], options: RunOptions = {}): Promise<CommandResult> {
    const name = programName(cmd);
    this.starts.set(name, (this.starts.get(name) ?? 0) + 1);
    this.runs.push([name, ...args]);
    this.commands.push(cmd);
    const sections = cmd === POWERSHELL ? sectionsOf(args[args.length - 1] ?? '') : null;
    if (!sections) return this.inner.run(cmd, args, options);
    const results = await Promise.all(sections.map((script) => powershellSection(this.inner, script)));
    if (results.every((r) => r.failure === 'not-found')) return { stdout: '', stderr: '', code: null, failure: 'not-found' };
    const answer: Record<string, string> = { mode: results.find((r) => r.languageMode)?.languageMode ?? 'FullLanguage' };
    results.forEach((r, i) => {
      if (r.failure || r.code !== 0) answer[`e${i}`] = r.stderr || r.failure || `exit code ${r.code}`;
      else answer[`s${i}`] = r.stdout;
    });
    return { stdout: JSON.stringify(answer), stderr: '', code: 0 };
  }

  readFile(path: string): Promise<string | null> {
    return this.inner.readFile(path);
  }

  listDir(path: string): Promise<string[] | null> {
    return this.inner.listDir(path);
  }

  stat(path: string): Promise<FileStat | null> {
    return this.inner.stat(path);
  }

  /** PowerShell sections take the live path (the run's one start); any other call is answered from the bundle. */
  call<T>(name: string, args: unknown[], fn: () => Promise<T>): Promise<T> {
    this.calls.push(name);
    return name === 'powershell' ? fn() : this.inner.call(name, args, fn);
  }
}
