/**
 * Antivirus state. Pure, never throwing.
 */

/** What the check's PowerShell script prints (Get-MpComputerStatus and Security Center), as JSON. */
export interface DefenderJson {
  amServiceEnabled?: unknown;
  antivirusEnabled?: unknown;
  realTime?: unknown;
  runningMode?: unknown;
  /** AntivirusSignatureLastUpdated as ISO 8601 UTC (the script converts it; the text form follows the region) */
  signatureUpdated?: unknown;
  /** display names of the antivirus products registered with Windows Security Center */
  products?: unknown;
}

export interface DefenderState {
  /** Defender is the active antivirus (not off, not passive beside another product) */
  active: boolean | null;
  realTime: boolean | null;
  signatureUpdated: string | null;
  /** other antivirus products registered with Security Center */
  others: string[];
}

const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

export function parseDefenderJson(json: unknown): DefenderState | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const j = json as DefenderJson;
  const names = Array.isArray(j.products) ? j.products : j.products === undefined || j.products === null ? [] : [j.products];
  const others = names.filter((n): n is string => typeof n === 'string' && n.length > 0 && !/^Windows Defender$|^Microsoft Defender/i.test(n)).map((n) => n.slice(0, 80));
  const service = bool(j.amServiceEnabled);
  const enabled = bool(j.antivirusEnabled);
  const mode = typeof j.runningMode === 'string' ? j.runningMode : null;
  // AMRunningMode (Microsoft Learn): "Normal" = active; "Passive Mode" / "SxS Passive Mode" / "EDR Block Mode" = another product protects
  const passive = mode !== null && mode !== 'Normal';
  let active: boolean | null = null;
  if (service === false || enabled === false || passive) active = false;
  else if (service === true && enabled === true) active = true;
  const updated = typeof j.signatureUpdated === 'string' && !Number.isNaN(Date.parse(j.signatureUpdated)) ? new Date(j.signatureUpdated).toISOString() : null;
  if (active === null && others.length === 0 && updated === null) return null;
  return { active, realTime: bool(j.realTime), signatureUpdated: updated, others };
}

const DAY = 86_400_000;

/** Whole days from `thenIso` to `now`; null when unknown; never negative. */
export function ageDays(now: Date, thenIso: string | null): number | null {
  if (!thenIso) return null;
  const t = Date.parse(thenIso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / DAY));
}
