/**
 * PowerShell on Windows, one start per run. Checks give their own scripts (sections that print one
 * JSON document each); the sections go into one `powershell.exe` start, each in its own scope and
 * try/catch, and come back as one JSON object that is split again per section. The engine hands
 * every check's declared scripts over before the checks start (`prefetchPowershell`), so they
 * share one start even when a check asks late; a script nobody declared joins a batch that waits a
 * short moment for others. A start costs 1.5-4 s on a slow laptop with Defender scanning it.
 *
 * The combined script runs under Constrained Language Mode (AppLocker/WDAC): cmdlets, core types
 * and operators only. It does not set [Console]::OutputEncoding (which CLM forbids); instead every
 * character above ASCII is written as a JSON \\u escape, so neither the OEM code page nor the display
 * language changes what the parser sees. The language mode is reported with every section.
 *
 * Recording and replay are per section (`call` "powershell" with the section's script), so a bundle
 * replays whatever other checks ran with it. Bundles recorded when every script had a start of its
 * own hold one `powershell.exe` run per script (with the prelude below); those are still answered.
 */
import { ProbeMissingError, type CommandResult, type Probe } from './types.js';

export const POWERSHELL = 'powershell.exe';

/** The prelude of the one-start-per-script runs; kept only to replay bundles recorded with it. */
const LEGACY_PRELUDE = "$ErrorActionPreference='Stop';[Console]::OutputEncoding=[Text.Encoding]::UTF8;";

/** The argv of a single-script start as bundles before batching recorded it (their replay key). */
export function powershellArgs(script: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-Command', LEGACY_PRELUDE + script];
}

/**
 * One PowerShell script for several sections: each runs in its own scope and try/catch, its
 * output kept as text (`s<i>`) or its error message (`e<i>`), with the language mode; the result
 * is one JSON object in plain ASCII.
 */
export function combinedScript(scripts: readonly string[]): string {
  const sections = scripts.map((script, i) => `try{$hoc['s${i}']=[string](& {${script}})}catch{$hoc['e${i}']=[string]$_}`);
  return [
    "$ErrorActionPreference='Stop'",
    '$hoc=@{}',
    "$hoc['mode']=[string]$ExecutionContext.SessionState.LanguageMode",
    ...sections,
    '$hocJson=$hoc|ConvertTo-Json -Compress',
    "-join($hocJson.ToCharArray()|ForEach-Object{if([int]$_ -gt 126){'\\u{0:x4}' -f [int]$_}else{[string]$_}})",
  ].join(';');
}

export function combinedArgs(scripts: readonly string[]): string[] {
  return ['-NoProfile', '-NonInteractive', '-Command', combinedScript(scripts)];
}

/** What one section gave: its output, as a start of its own would have, and the language mode. */
export interface SectionResult extends CommandResult {
  languageMode?: string;
}

/** The combined output split per section; every section failed when the start itself failed. */
export function splitCombined(r: CommandResult, count: number): SectionResult[] {
  const failed = (stderr: string, code: number | null, failure?: CommandResult['failure']): SectionResult[] =>
    Array.from({ length: count }, () => ({ stdout: '', stderr, code, ...(failure ? { failure } : {}) }));
  if (r.failure) return failed(r.stderr, r.code, r.failure);
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(r.stdout.replace(/^\uFEFF/, '').trim()) as Record<string, unknown>;
  } catch {
    return failed(r.stderr, r.code === 0 ? null : r.code, r.code === 0 ? 'failed' : undefined);
  }
  if (typeof parsed !== 'object' || parsed === null) return failed(r.stderr, null, 'failed');
  const languageMode = typeof parsed.mode === 'string' ? parsed.mode : undefined;
  return Array.from({ length: count }, (_, i) => {
    const out = parsed[`s${i}`];
    const err = parsed[`e${i}`];
    if (typeof err === 'string') return { stdout: '', stderr: err, code: 1, ...(languageMode ? { languageMode } : {}) };
    return { stdout: typeof out === 'string' ? out : '', stderr: '', code: 0, ...(languageMode ? { languageMode } : {}) };
  });
}

/** Sections asked for within this window share one start. */
const WINDOW_MS = 60;
/** Windows limits a command line to 32,767 characters; a batch stays well under it. */
const MAX_SCRIPT_CHARS = 24_000;

interface Pending {
  script: string;
  timeoutMs: number;
  resolve(result: SectionResult): void;
}
interface Batch {
  items: Pending[];
  chars: number;
  started: boolean;
}
const batches = new WeakMap<Probe, Batch>();
/** per probe: the sections handed over before the checks started, by script */
const prefetched = new WeakMap<Probe, Map<string, Promise<SectionResult>>>();

async function flush(probe: Probe, batch: Batch): Promise<void> {
  batch.started = true;
  const scripts = batch.items.map((item) => item.script);
  const timeoutMs = Math.max(...batch.items.map((item) => item.timeoutMs)) + 5_000;
  const r = await probe.run(POWERSHELL, combinedArgs(scripts), { timeoutMs, maxBytes: 8 * 1024 * 1024 });
  splitCombined(r, scripts.length).forEach((result, i) => batch.items[i]!.resolve(result));
}

/** Join the batch that is filling (or start one), and get this section's part of its answer. */
function enqueue(probe: Probe, script: string, timeoutMs: number): Promise<SectionResult> {
  let batch = batches.get(probe);
  if (!batch || batch.started || batch.chars + script.length > MAX_SCRIPT_CHARS) {
    const fresh: Batch = { items: [], chars: 0, started: false };
    batches.set(probe, fresh);
    setTimeout(() => void flush(probe, fresh), WINDOW_MS);
    batch = fresh;
  }
  const joined = batch;
  joined.chars += script.length;
  return new Promise((resolve) => joined.items.push({ script, timeoutMs, resolve }));
}

/**
 * Start the declared sections of every check that will run, in one start, before the checks ask.
 * Only on a live Windows run; a replay answers each section from its bundle.
 */
export function prefetchPowershell(probe: Probe, scripts: readonly { script: string; timeoutMs?: number }[]): void {
  if (probe.mode === 'replay' || probe.platform.os !== 'win32' || scripts.length === 0) return;
  const map = prefetched.get(probe) ?? new Map<string, Promise<SectionResult>>();
  prefetched.set(probe, map);
  for (const { script, timeoutMs } of scripts) if (!map.has(script)) map.set(script, enqueue(probe, script, timeoutMs ?? 30_000));
}

/** One section's result: from the run's one start when live, per section (or from an older bundle) in replay. */
export async function powershellSection(probe: Probe, script: string, timeoutMs = 15_000, signal?: AbortSignal): Promise<SectionResult> {
  if (probe.mode === 'replay') {
    try {
      return await probe.call<SectionResult>('powershell', [script], () => Promise.reject(new ProbeMissingError('powershell')));
    } catch (error) {
      if (!(error instanceof ProbeMissingError)) throw error;
    }
    return probe.run(POWERSHELL, powershellArgs(script), { timeoutMs, signal });
  }
  const early = prefetched.get(probe)?.get(script);
  return probe.call<SectionResult>('powershell', [script], () => early ?? enqueue(probe, script, timeoutMs));
}
