/**
 * Antivirus state. Pure, never throwing.
 */

/** What the check's PowerShell script prints (Get-MpComputerStatus and Security Center), as JSON. */
export interface AntivirusJson {
  amServiceEnabled?: unknown;
  antivirusEnabled?: unknown;
  realTime?: unknown;
  runningMode?: unknown;
  /** AntivirusSignatureLastUpdated as ISO 8601 UTC (the script converts it; the text form follows the region) */
  signatureUpdated?: unknown;
  /** the antivirus products registered with Windows Security Center: { name, state } (display name and productState) */
  products?: unknown;
}

export interface DefenderState {
  /** Defender is the active antivirus (not off, not passive beside another product); null when not told */
  active: boolean | null;
  realTime: boolean | null;
  signatureUpdated: string | null;
}

export interface SecurityCenterProduct {
  /** the product's display name (a product, not a person or a machine) */
  name: string;
  /** real-time protection on, from productState; null when the state is missing or not one of the known values */
  enabled: boolean | null;
  /** the definitions are up to date, from productState; null when unknown */
  upToDate: boolean | null;
}

export interface AntivirusState {
  defender: DefenderState;
  /** the products other than Microsoft Defender registered with Security Center; null when Security Center gave nothing */
  thirdParty: SecurityCenterProduct[] | null;
}

const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

/**
 * Windows Security Center's productState (root/SecurityCenter2 AntiVirusProduct), a 24-bit value.
 * Microsoft does not document it; its layout is the one observed and published by administrators:
 * bits 12-15 the product state (0 off, 1 on, 2 snoozed, 3 expired), bits 8-11 the owner (1 Windows),
 * bits 4-7 the signature status (0 up to date, 1 out of date); the top byte names the provider kind.
 * Sources: Idera PowerShell tip "Identifying Antivirus Engine State" (2020: [Flags] masks 0xF000,
 * 0x0F00, 0x00F0), appgate/sdp-win-security-center av_wmic.js, wortell/PSHelpers Add-ProductStates.
 * Observed values: 397568 (0x061100, Defender on, up to date), 393472 (0x060100, Defender off beside
 * another product), 331776 (0x051000, Sophos on, up to date), 266240 (0x041000, Trend Micro on, up to
 * date), 397312 (0x061000, CylancePROTECT on, up to date).
 */
export function decodeProductState(state: unknown): { enabled: boolean | null; upToDate: boolean | null } {
  if (typeof state !== 'number' || !Number.isInteger(state) || state < 0 || state > 0xffffff) return { enabled: null, upToDate: null };
  const product = (state >> 12) & 0xf;
  const signatures = (state >> 4) & 0xf;
  return {
    enabled: product === 1 ? true : product === 0 || product === 2 || product === 3 ? false : null,
    upToDate: signatures === 0 ? true : signatures === 1 ? false : null,
  };
}

const MICROSOFT = /^Windows Defender$|^Microsoft Defender/i;

function products(value: unknown): SecurityCenterProduct[] | null {
  if (value === undefined || value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  const out: SecurityCenterProduct[] = [];
  for (const item of list) {
    // the first script printed display names only
    const name =
      typeof item === 'string'
        ? item
        : typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string'
          ? (item as { name: string }).name
          : null;
    if (!name || MICROSOFT.test(name)) continue;
    const state = typeof item === 'object' && item !== null ? (item as { state?: unknown }).state : undefined;
    out.push({ name: name.slice(0, 80), ...decodeProductState(state) });
  }
  return out;
}

export function parseAntivirusJson(json: unknown): AntivirusState | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const j = json as AntivirusJson;
  const service = bool(j.amServiceEnabled);
  const enabled = bool(j.antivirusEnabled);
  const mode = typeof j.runningMode === 'string' ? j.runningMode : null;
  // AMRunningMode (Microsoft Learn): "Normal" = active; "Passive Mode" / "SxS Passive Mode" / "EDR Block Mode" = another product protects
  const passive = mode !== null && mode !== 'Normal';
  let active: boolean | null = null;
  if (service === false || enabled === false || passive) active = false;
  else if (service === true && enabled === true) active = true;
  const updated = typeof j.signatureUpdated === 'string' && !Number.isNaN(Date.parse(j.signatureUpdated)) ? new Date(j.signatureUpdated).toISOString() : null;
  const thirdParty = products(j.products);
  if (active === null && updated === null && (thirdParty === null || thirdParty.length === 0)) return null;
  return { defender: { active, realTime: bool(j.realTime), signatureUpdated: updated }, thirdParty };
}

const DAY = 86_400_000;

/** Whole days from `thenIso` to `now`; null when unknown; never negative. */
export function ageDays(now: Date, thenIso: string | null): number | null {
  if (!thenIso) return null;
  const t = Date.parse(thenIso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / DAY));
}
