/**
 * Parsers for the signs that an organisation manages the machine. Pure, never throwing; values
 * that do not change with the display language first (booleans, registry values, counts), words
 * only where the program has nothing else, matched as whole lines.
 */

/** The dsregcmd /status keys the Windows script keeps (every other line, tenant and device ids among them, stays on the machine). */
export const DSREG_KEYS = ['AzureAdJoined', 'EnterpriseJoined', 'DomainJoined', 'WorkplaceJoined'] as const;
export type DsregKey = (typeof DSREG_KEYS)[number];

/** ProviderID of Microsoft Intune's enrollments (DMClient CSP; Intune's documentation). */
export const INTUNE_PROVIDER = 'MS DM Server';
/** The local MDM bridge (mdmlocalmanagement.dll) registers itself as an enrollment; it is no organisation. */
const LOCAL_PROVIDERS = new Set(['local_management']);

/**
 * The `key : YES|NO` lines of `dsregcmd /status` (learn.microsoft.com, "Troubleshoot devices by
 * using the dsregcmd command"). The key names are the same in every captured output and in every
 * translation of Microsoft's page; values other than YES and NO are left unread.
 */
export function parseDsregLines(lines: readonly string[] | string): Partial<Record<DsregKey, boolean>> {
  const list = typeof lines === 'string' ? lines.replace(/\r/g, '').split('\n') : lines;
  const out: Partial<Record<DsregKey, boolean>> = {};
  for (const line of list) {
    const m = /^\s*([A-Za-z]+)\s*:\s*(YES|NO)\s*$/.exec(line);
    if (!m || !(DSREG_KEYS as readonly string[]).includes(m[1]!)) continue;
    out[m[1] as DsregKey] = m[2] === 'YES';
  }
  return out;
}

export interface WindowsEnrollment {
  provider: string;
  /** EnrollmentState as text; empty when the value is absent */
  state: string;
}

export interface WindowsRead {
  /** Win32_ComputerSystem.PartOfDomain; null when CIM could not be read */
  partOfDomain: boolean | null;
  /** subkeys of HKLM\SYSTEM\CurrentControlSet\Control\CloudDomainJoin\JoinInfo (one per Entra join); null when unreadable */
  cloudJoins: number | null;
  /** the enrollments under HKLM\SOFTWARE\Microsoft\Enrollments that name a ProviderID; null when the key could not be read */
  enrollments: WindowsEnrollment[] | null;
  dsreg: Partial<Record<DsregKey, boolean>>;
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]);

/**
 * The Windows section's JSON (the check's own script): PartOfDomain, the count of Entra joins, the
 * enrollments with their provider and state, and the dsregcmd lines kept. Null for anything that
 * is not that object. ConvertTo-Json writes a one-element array as the element itself in some
 * places; both are read.
 */
export function parseWindowsJson(json: unknown): WindowsRead | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const doc = json as Record<string, unknown>;
  if (!('partOfDomain' in doc) || !('cloudJoins' in doc)) return null;
  const partOfDomain = typeof doc.partOfDomain === 'boolean' ? doc.partOfDomain : null;
  const cloudJoins = typeof doc.cloudJoins === 'number' && Number.isInteger(doc.cloudJoins) && doc.cloudJoins >= 0 ? doc.cloudJoins : null;
  let enrollments: WindowsEnrollment[] | null = null;
  if (doc.enrollmentsRead !== false) {
    enrollments = [];
    for (const e of asList(doc.enrollments)) {
      if (typeof e !== 'object' || e === null) continue;
      const { provider, state } = e as { provider?: unknown; state?: unknown };
      if (typeof provider !== 'string' || provider.trim() === '') continue;
      enrollments.push({ provider: provider.trim(), state: typeof state === 'string' ? state.trim() : typeof state === 'number' ? String(state) : '' });
    }
  }
  const dsreg = parseDsregLines(asList(doc.dsreg).filter((l): l is string => typeof l === 'string'));
  return { partOfDomain, cloudJoins, enrollments, dsreg };
}

/**
 * The enrollments that show an organisation's MDM: a provider other than the local bridge, whose
 * EnrollmentState is 1 (enrolled) or absent. Null when the enrollments could not be read.
 */
export function activeMdm(enrollments: readonly WindowsEnrollment[] | null): { enrolled: boolean; provider: 'intune' | 'other' | null } | null {
  if (enrollments === null) return null;
  const active = enrollments.filter((e) => !LOCAL_PROVIDERS.has(e.provider.toLowerCase()) && (e.state === '' || e.state === '1'));
  if (active.length === 0) return { enrolled: false, provider: null };
  return { enrolled: true, provider: active.some((e) => e.provider === INTUNE_PROVIDER) ? 'intune' : 'other' };
}

/**
 * `profiles status -type enrollment` (macOS 10.13.4 and later): "Enrolled via DEP: Yes|No" and
 * "MDM enrollment: Yes|Yes (User Approved)|No", then "MDM server: <url>" when enrolled (never kept).
 * Null when the MDM line is not there.
 */
export function parseProfilesEnrollment(text: string): { dep: boolean | null; mdm: boolean; userApproved: boolean } | null {
  let dep: boolean | null = null;
  let mdm: boolean | null = null;
  let userApproved = false;
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const line = raw.trim();
    const d = /^Enrolled via DEP:\s*(Yes|No)$/i.exec(line);
    if (d) dep = d[1]!.toLowerCase() === 'yes';
    const m = /^MDM enrollment:\s*(Yes|No)\b\s*(\(User Approved\))?$/i.exec(line);
    if (m) {
      mdm = m[1]!.toLowerCase() === 'yes';
      userApproved = mdm && Boolean(m[2]);
    }
  }
  return mdm === null ? null : { dep, mdm, userApproved };
}

/**
 * `realm list` (realmd): one block per realm, a name line and indented `key: value` lines; a realm
 * this machine is joined to says `configured: kerberos-member` (or another membership), a realm only
 * discovered says `configured: no`. Nothing at all when no realm is configured. Returns the number of
 * realms this machine is configured for; null when the text has lines but no realm block.
 */
export function parseRealmList(text: string): number | null {
  const lines = text
    .replace(/\r/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return 0;
  let blocks = 0;
  let stated = 0;
  let configured = 0;
  for (const line of lines) {
    if (!/^\s/.test(line)) blocks += 1;
    const m = /^\s+configured:\s*(\S+)\s*$/.exec(line);
    if (!m) continue;
    stated += 1;
    if (m[1] !== 'no') configured += 1;
  }
  // every realm block says whether it is configured; a text without that is not realm's answer
  return blocks === 0 || stated !== blocks ? null : configured;
}
