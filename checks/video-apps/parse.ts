/**
 * Reading what the OS says is installed: Info.plist (macOS), the inventory JSON of the PowerShell
 * script (Windows), `dpkg-query` lines (Linux), and comparing version strings. Pure, never throwing.
 */
import type { VideoApp } from './data.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The string values of the top-level dictionary of an XML property list (Apple's plist DTD:
 * `<dict>` holds `<key>` elements each followed by its value). Only `<key>K</key><string>V</string>`
 * pairs are read; other values (arrays, nested dicts, numbers) are skipped, and so are the keys of
 * nested dictionaries. A binary plist or anything else gives an empty object.
 */
export function parsePlistStrings(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const start = xml.search(/<plist[\s>]/);
  if (start < 0) return out;
  const body = xml.slice(start);
  let depth = 0;
  const token = /<(\/?)(dict|array)\s*>|<(dict|array)\s*\/>|<key>([^<]*)<\/key>\s*(?:<string>([^<]*)<\/string>|<string\s*\/>)?/g;
  for (let m = token.exec(body); m !== null; m = token.exec(body)) {
    if (m[2]) depth += m[1] ? -1 : 1;
    else if (m[4] !== undefined && depth === 1) {
      const key = decodeXml(m[4]).trim();
      if (m[0].includes('<string')) out[key] = decodeXml(m[5] ?? '');
    }
  }
  return out;
}

/** The version an app bundle states: CFBundleShortVersionString, else CFBundleVersion. */
export function bundleVersion(plist: Record<string, string>): string | null {
  const v = plist.CFBundleShortVersionString?.trim() || plist.CFBundleVersion?.trim();
  return v ? v : null;
}

export interface WindowsEntry {
  name: string;
  version: string | null;
  /** an Uninstall key of a user (HKEY_USERS), not of the machine */
  scope?: 'machine' | 'user';
}

export interface WindowsInventory {
  /** Uninstall registry entries (HKLM, HKLM WOW6432Node, HKCU) whose DisplayName passed the filter */
  programs: WindowsEntry[];
  /** Appx packages (new Teams) */
  appx: WindowsEntry[];
  /** false when Get-AppxPackage could not run (the new Teams cannot be seen) */
  appxReadable: boolean;
}

function entries(value: unknown): WindowsEntry[] {
  // ConvertTo-Json writes a one-element array as the element itself in some PowerShell versions
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  const out: WindowsEntry[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const { name, version, scope } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) continue;
    out.push({
      name: name.trim(),
      version: typeof version === 'string' && version.trim() ? version.trim() : null,
      ...(scope === 'user' || scope === 'machine' ? { scope } : {}),
    });
  }
  return out;
}

/** The JSON document the Windows script prints (see index.ts), or null when it is not that shape. */
export function parseWindowsInventory(json: unknown): WindowsInventory | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  if (!('programs' in o)) return null;
  return { programs: entries(o.programs), appx: entries(o.appx), appxReadable: o.appxFailed !== true };
}

export interface DebEntry {
  name: string;
  version: string;
}

/**
 * `dpkg-query -W --showformat='${Package}\t${Version}\t${db:Status-Abbrev}\n' NAME...`: one line per
 * known package; the abbreviated status is the desired state, the current state and an error flag
 * ("ii " = installed). The program's files are on disk in every current state but n (not installed)
 * and c (only configuration files left, as after a removal: "rc"). A line of any other shape means
 * the answer is not dpkg-query's: null, so that garbage is never "nothing installed".
 */
export function parseDpkgQuery(text: string): DebEntry[] | null {
  const out: DebEntry[] = [];
  for (const line of text.replace(/\r/g, '').split('\n')) {
    if (!line.trim()) continue;
    const m = /^([a-z0-9][a-z0-9+.-]*)\t([^\t]*)\t([a-zA-Z])([a-zA-Z])[ a-zA-Z]?\s*$/.exec(line);
    if (!m) return null;
    if (!/^[iUFHWt]$/.test(m[4]!) || !m[2]!.trim()) continue;
    out.push({ name: m[1]!, version: m[2]!.trim() });
  }
  return out;
}

/**
 * The numeric parts of a version as vendors write it: "6.2.3 (45678)", "6.1.43316", "1.8.00.27654",
 * "24335.206.3315.2410", a Debian "1:6.0.2.4680-1". Null when it holds no number.
 */
export function versionParts(version: string): number[] | null {
  const withoutEpoch = version.trim().replace(/^\d+:/, '');
  const m = /^v?(\d+(?:\.\d+)*)/i.exec(withoutEpoch);
  if (!m) return null;
  const parts = m[1]!.split('.').map((p) => Number.parseInt(p, 10));
  return parts.every((p) => Number.isSafeInteger(p)) ? parts : null;
}

/** -1, 0, 1 like a comparator; missing parts count as 0. Null when either is not a version. */
export function compareVersions(a: string, b: string): number | null {
  const pa = versionParts(a);
  const pb = versionParts(b);
  if (!pa || !pb) return null;
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The build date a new-Teams version carries in its first field (YYDDD), as an ISO date, or null. */
export function teamsBuildDate(version: string): string | null {
  const m = /^(\d{2})(\d{3})\./.exec(version.trim());
  if (!m) return null;
  const year = 2000 + Number(m[1]);
  const day = Number(m[2]);
  if (year < 2023 || day < 1 || day > 366) return null;
  const date = new Date(Date.UTC(year, 0, day));
  if (date.getUTCFullYear() !== year) return null;
  return date.toISOString().slice(0, 10);
}

/** The ids of the apps whose Windows display name matches, with the version the entry gives. */
export function matchWindowsPrograms(
  programs: readonly WindowsEntry[],
  apps: readonly VideoApp[],
): { id: string; version: string | null; scope?: 'machine' | 'user' }[] {
  const out: { id: string; version: string | null; scope?: 'machine' | 'user' }[] = [];
  for (const p of programs) {
    const app = apps.find((a) => (a.windowsNames ?? []).some((re) => re.test(p.name)));
    if (!app) continue;
    // "Microsoft Teams" with a dated build number (YYDDD.x) is the new Teams, not a classic 1.x install
    const id = app.id === 'teams-classic' && p.version && teamsBuildDate(p.version) ? 'teams' : app.id;
    out.push({ id, version: p.version, ...(p.scope ? { scope: p.scope } : {}) });
  }
  return out;
}
