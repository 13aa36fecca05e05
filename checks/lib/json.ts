/** Parsed JSON a program printed (a PowerShell section, system_profiler, a plist read as JSON). */

/** A JSON object: not an array, not null (a `[pscustomobject]`, a system_profiler item). */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
