/**
 * Windows: edition, version, build and UBR, the latest installed update and a pending restart, in
 * ONE PowerShell start. The script shapes its own JSON and writes dates as ISO strings in the
 * invariant culture, so the display language and the region's date format cannot change what the
 * parser sees. Where an older PowerShell still hands over a region-formatted date (Get-HotFix and
 * Win32_QuickFixEngineering print "6/15/2017 12:00:00 AM" in en-US, "27/09/2019 12:00:00 a. m." in
 * es), `parseHotfixDate` reads it day first when written with dots (de-DE, nb-NO: 08.12.2022), and with
 * slashes only when the day and month cannot be mistaken for each other.
 */
import { reason } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { parsePowershellJson, powershellSection, sectionReason } from '../lib/powershell.js';
import { blankOsFacts, type OsFacts } from './facts.js';
import { supportOf } from './support.js';

/**
 * Registry: HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion (EditionID, DisplayVersion from 20H2,
 * ReleaseId before, CurrentBuild, UBR, ProductName). Pending restart: the servicing stack's
 * Component Based Servicing\RebootPending key and Windows Update's Auto Update\RebootRequired key
 * exist only while a restart is due. Updates: Get-HotFix (Win32_QuickFixEngineering), newest first.
 */
export const WINDOWS_OS_SCRIPT =
  "$cv=Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';" +
  '$os=Get-CimInstance -ClassName Win32_OperatingSystem -ErrorAction SilentlyContinue;' +
  "$rp=(Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending') -or " +
  "(Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired');" +
  '$hf=@(Get-HotFix -ErrorAction SilentlyContinue|ForEach-Object{$d=$_.InstalledOn;' +
  "if($d -is [datetime]){$d=$d.ToString('yyyy-MM-dd',[Globalization.CultureInfo]::InvariantCulture)}elseif($d){$d=[string]$d};" +
  '[pscustomobject]@{id=$_.HotFixID;description=$_.Description;installedOn=$d}});' +
  '[pscustomobject]@{caption=$os.Caption;productName=$cv.ProductName;editionId=$cv.EditionID;installationType=$cv.InstallationType;' +
  'displayVersion=$cv.DisplayVersion;releaseId=$cv.ReleaseId;currentBuild=$cv.CurrentBuild;ubr=$cv.UBR;' +
  'osVersion=$os.Version;rebootPending=$rp;hotfixes=$hf}|ConvertTo-Json -Compress -Depth 3';

export interface WindowsOs {
  caption: string | null;
  edition: string | null;
  /** '10' or '11' */
  major: '10' | '11' | null;
  /** DisplayVersion (23H2), or ReleaseId (1909) on releases before 20H2 */
  displayVersion: string | null;
  build: number | null;
  ubr: number | null;
  rebootPending: boolean | null;
  latestUpdate: { id: string; date: string } | null;
  hotfixCount: number;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const int = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\d{1,9}$/.test(v.trim())) return Number(v.trim());
  return null;
};

function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * An update's install date as yyyy-mm-dd, or null. Accepts the script's ISO date; the 16-digit hex
 * FILETIME some updates store; and region-formatted dates with numeric parts (any time or AM/PM
 * marker after them): year first (ja-JP "2023/11/20 0:00:00", a custom region's "2023-06-23 12:00:00
 * AM"), always followed by month and day; with dots, day first ("08.12.2022" is 8 December, as every culture that writes
 * dots has it); with slashes or dashes (d/m/y or m/d/y) when the order is not in doubt: a part above
 * 12 is the day, and equal parts are the same either way. "8/02/2020" could be 8 February or
 * 2 August, so it is null rather than a guess.
 */
export function parseHotfixDate(value: unknown): string | null {
  const text = str(value);
  if (!text) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  // year first is year, month, day in every culture: ja-JP and zh-CN "2023/11/20 0:00:00", "2023/5/12"
  m = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:$|\s)/.exec(text);
  if (m) return isoDay(Number(m[1]), Number(m[3]), Number(m[4]));
  if (/^[0-9a-f]{16}$/i.test(text)) {
    // FILETIME: 100-ns ticks since 1601-01-01
    const ticks = BigInt(`0x${text}`);
    const ms = Number(ticks / 10_000n) - 11_644_473_600_000;
    if (!Number.isFinite(ms)) return null;
    const d = new Date(ms);
    return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:$|\s)/.exec(text);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // Every culture that writes the date with dots puts the day first (de-DE, nb-NO, ru-RU, fi-FI: dd.MM.yyyy)
  if (m[2] === '.') return isoDay(y, b, a);
  if (a > 12 && b <= 12) return isoDay(y, b, a);
  if (b > 12 && a <= 12) return isoDay(y, a, b);
  if (a === b) return isoDay(y, a, b);
  return null;
}

/** The script's JSON → what it says about Windows; null when it is not that JSON at all. */
export function parseWindowsOsJson(json: unknown): WindowsOs | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const j = json as Record<string, unknown>;
  const build = int(j.currentBuild) ?? int(str(j.osVersion)?.split('.')[2]);
  const caption = str(j.caption) ?? str(j.productName);
  if (build === null && caption === null) return null;
  // Build 22000 and later is Windows 11, whatever ProductName still says
  const major =
    build !== null
      ? build >= 22000
        ? '11'
        : build >= 10240
          ? '10'
          : null
      : /Windows 11/.test(caption ?? '')
        ? '11'
        : /Windows 10/.test(caption ?? '')
          ? '10'
          : null;
  const list = Array.isArray(j.hotfixes) ? j.hotfixes : j.hotfixes && typeof j.hotfixes === 'object' ? [j.hotfixes] : [];
  let latest: { id: string; date: string } | null = null;
  for (const h of list) {
    if (!h || typeof h !== 'object') continue;
    const id = str((h as Record<string, unknown>).id);
    const date = parseHotfixDate((h as Record<string, unknown>).installedOn);
    if (!id || !date) continue;
    if (!latest || date > latest.date) latest = { id, date };
  }
  const displayVersion = str(j.displayVersion) ?? str(j.releaseId);
  return {
    caption,
    edition: str(j.editionId),
    major,
    displayVersion: displayVersion && /^[0-9A-Z]{4}$/i.test(displayVersion) ? displayVersion.toUpperCase() : null,
    build,
    ubr: int(j.ubr),
    rebootPending: typeof j.rebootPending === 'boolean' ? j.rebootPending : null,
    latestUpdate: latest,
    hotfixCount: list.length,
  };
}

/**
 * The EditionIDs of Microsoft's "Enterprise and Education" life-cycle policy (36 months for H2
 * releases): Enterprise, Education, IoT Enterprise, Enterprise multi-session (ServerRdsh), with their
 * N, G and K variants. Pro Education (ProfessionalEducation), Pro for Workstations, Home and SE follow
 * the "Home and Pro" policy (24 months), Education in their name or not.
 */
/** Windows 10 versions by build (Windows 10 release information) */
export const WINDOWS_10_BUILDS: Readonly<Record<number, string>> = {
  10240: '1507',
  10586: '1511',
  14393: '1607',
  15063: '1703',
  16299: '1709',
  17134: '1803',
  17763: '1809',
  18362: '1903',
  18363: '1909',
  19041: '2004',
  19042: '20H2',
  19043: '21H1',
  19044: '21H2',
  19045: '22H2',
};

const ENTERPRISE_POLICY = /^(Enterprise|Education|IoTEnterprise|ServerRdsh)(N|G|GN|K)?$/i;

/**
 * The key into the support table: '10-22H2', '10-1903-enterprise', '11-24H2', '11-24H2-enterprise'
 * (the Enterprise and Education policy), '10-ltsc-17763' (Long-Term Servicing editions, EditionID EnterpriseS / IoTEnterpriseS).
 */
export function windowsSupportKey(w: Pick<WindowsOs, 'major' | 'displayVersion' | 'edition' | 'build'>): string | null {
  const edition = w.edition ?? '';
  if (/^(IoT)?EnterpriseSN?$/i.test(edition) && w.build !== null && w.major) return `${w.major}-ltsc-${w.build}`;
  if (w.major === '10') {
    // the build names the version (ReleaseId stays "2009" from 20H2 on); DisplayVersion only from 20H2
    const version = w.build !== null ? WINDOWS_10_BUILDS[w.build] : undefined;
    return version ? `10-${version}${ENTERPRISE_POLICY.test(edition) ? '-enterprise' : ''}` : null;
  }
  if (w.major === '11' && w.displayVersion) return `11-${w.displayVersion}${ENTERPRISE_POLICY.test(edition) ? '-enterprise' : ''}`;
  return null;
}

const DAY = 86_400_000;

export async function collectWindows(probe: Probe, signal?: AbortSignal): Promise<OsFacts> {
  const now = probe.now();
  const r = await powershellSection(probe, WINDOWS_OS_SCRIPT, 30_000, signal);
  const base = blankOsFacts('windows');
  if (r.failure || r.code !== 0) return { ...base, reason: sectionReason(r) };
  const w = parseWindowsOsJson(parsePowershellJson(r.stdout));
  if (!w || !w.major) return { ...base, reason: reason('unreadable', 'powershell', w ? 'no Windows version in the answer' : 'no JSON of the expected shape') };
  const display = w.major === '10' && w.build !== null && WINDOWS_10_BUILDS[w.build] ? WINDOWS_10_BUILDS[w.build] : w.displayVersion;
  const name = [`Windows ${w.major}`, display].filter(Boolean).join(' ');
  const version = windowsSupportKey(w);
  return {
    ...base,
    name,
    distro: 'windows',
    version,
    build: w.build !== null ? `${w.build}${w.ubr !== null ? `.${w.ubr}` : ''}` : null,
    edition: w.edition,
    displayVersion: w.displayVersion,
    support: supportOf('windows', version),
    // Windows has no cheap, offline count of waiting updates: the age of the newest one speaks instead
    pending: null,
    rebootRequired: w.rebootPending,
    latestUpdate: w.latestUpdate,
    daysSinceUpdate: w.latestUpdate ? Math.max(0, Math.floor((now.getTime() - Date.parse(`${w.latestUpdate.date}T00:00:00Z`)) / DAY)) : null,
  };
}
