/**
 * Windows queries go through one PowerShell start per check: each start costs hundreds of
 * milliseconds. The script prints one JSON document (ConvertTo-Json) in UTF-8, so that neither the
 * OEM code page nor the display language changes what the parser sees.
 */
import type { CommandResult, Probe } from '../../src/probe/types.js';

export const POWERSHELL = 'powershell.exe';

const PRELUDE = "$ErrorActionPreference='Stop';[Console]::OutputEncoding=[Text.Encoding]::UTF8;";

/** The argv of a PowerShell start for `script` (the same array is the replay key). */
export function powershellArgs(script: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-Command', PRELUDE + script];
}

/** The JSON a script printed, or null for anything else (no output, an error text, garbage). */
export function parsePowershellJson(stdout: string): unknown {
  const text = stdout.replace(/^\uFEFF/, '').trim();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export interface PowershellAnswer {
  json: unknown;
  /** why there is no JSON: the probe's failure, an exit code, or unreadable output */
  reason: string | null;
}

export async function runPowershellJson(probe: Probe, script: string, signal?: AbortSignal, timeoutMs = 15_000): Promise<PowershellAnswer> {
  const r: CommandResult = await probe.run(POWERSHELL, powershellArgs(script), { timeoutMs, signal });
  if (r.failure) return { json: null, reason: `powershell ${r.failure}` };
  if (r.code !== 0) return { json: null, reason: `powershell exit code ${r.code}` };
  const json = parsePowershellJson(r.stdout);
  return json === null ? { json: null, reason: 'powershell printed no JSON' } : { json, reason: null };
}
