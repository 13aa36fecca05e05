/**
 * Windows queries through PowerShell: a check gives its script (one JSON document out) and gets
 * the JSON or the reason there is none. The start itself (one per run, batched, Constrained
 * Language Mode safe, recorded per section) is the probe's: src/probe/powershell.ts.
 */
import { reason, type Reason } from '../../src/check.js';
import { POWERSHELL, powershellSection, type SectionResult } from '../../src/probe/powershell.js';
import type { Probe } from '../../src/probe/types.js';
import { commandReason } from './reason.js';

export { POWERSHELL, powershellArgs, powershellSection, type SectionResult } from '../../src/probe/powershell.js';

/**
 * Why a section gave no JSON: Constrained Language Mode when PowerShell ran locked down and the
 * section failed, else the start's failure or exit code, or `unreadable` output.
 */
export function sectionReason(r: SectionResult, detail?: string): Reason {
  if (!r.failure && r.code !== 0 && r.languageMode && r.languageMode !== 'FullLanguage') return reason('constrained-language', 'powershell', r.stderr.split('\n')[0]);
  return commandReason(POWERSHELL, r, detail);
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
  /** why there is no JSON (a reason code): the start's failure, the section's error, Constrained Language Mode, unreadable output */
  why: Reason | null;
  /** the PowerShell language mode the section ran in, when known */
  languageMode: string | null;
}

export async function runPowershellJson(probe: Probe, script: string, signal?: AbortSignal, timeoutMs = 15_000): Promise<PowershellAnswer> {
  const r = await powershellSection(probe, script, timeoutMs, signal);
  const languageMode = r.languageMode ?? null;
  const fail = (why: Reason): PowershellAnswer => ({ json: null, why, languageMode });
  if (r.failure || r.code !== 0) return fail(sectionReason(r));
  const json = parsePowershellJson(r.stdout);
  return json === null ? fail(reason('unreadable', 'powershell')) : { json, why: null, languageMode };
}
