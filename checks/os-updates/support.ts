/**
 * When each operating-system release stops getting security updates. A data table, compiled by
 * hand from the vendors' published life-cycle pages on the date below; the check says so when the
 * table is older than the policy allows, because a stale table can call a dead release alive.
 */
import type { Support } from './facts.js';

export const SUPPORT_TABLE_COMPILED = '2026-11-23';

export interface SupportEntry {
  /** matches /etc/os-release ID (linux), 'windows' or 'macos' */
  os: string;
  /** the release: VERSION_ID on Linux, e.g. '12', '24.04'; Windows '10', '11-24H2'; macOS major '15' */
  version: string;
  /** last day of security updates, ISO date */
  ends: string;
  /** Extended Security Updates can be bought after the end (Windows 10 22H2 only) */
  esu?: boolean;
  note?: string;
}

export const supportTable: readonly SupportEntry[] = [
  // Debian: regular security support, then Debian LTS (the ends below are the LTS ends)
  { os: 'debian', version: '10', ends: '2024-06-30' },
  { os: 'debian', version: '11', ends: '2026-08-31' },
  { os: 'debian', version: '12', ends: '2028-06-30', note: 'security team until 2026-06-10, then Debian LTS' },
  { os: 'debian', version: '13', ends: '2030-06-30' },
  // Ubuntu: standard support (longer with Ubuntu Pro)
  { os: 'ubuntu', version: '14.04', ends: '2019-04-30' },
  { os: 'ubuntu', version: '16.04', ends: '2021-04-30' },
  { os: 'ubuntu', version: '18.04', ends: '2023-05-31' },
  { os: 'ubuntu', version: '20.04', ends: '2025-05-31' },
  { os: 'ubuntu', version: '22.04', ends: '2027-06-01' },
  { os: 'ubuntu', version: '24.04', ends: '2029-05-31' },
  { os: 'ubuntu', version: '24.10', ends: '2025-07-10' },
  { os: 'ubuntu', version: '25.04', ends: '2026-01-15' },
  { os: 'ubuntu', version: '25.10', ends: '2026-07-09' },
  { os: 'ubuntu', version: '26.04', ends: '2031-05-31' },
  // Linux Mint follows its Ubuntu base
  { os: 'linuxmint', version: '17', ends: '2019-04-30' },
  { os: 'linuxmint', version: '20', ends: '2025-04-30' },
  { os: 'linuxmint', version: '21', ends: '2027-04-30' },
  { os: 'linuxmint', version: '22', ends: '2029-04-30' },
  // Fedora: about 13 months each
  { os: 'fedora', version: '40', ends: '2025-05-13' },
  { os: 'fedora', version: '41', ends: '2025-12-10' },
  { os: 'fedora', version: '42', ends: '2026-05-13' },
  { os: 'fedora', version: '43', ends: '2026-12-09' },
  // Red Hat Enterprise Linux (maintenance support) and its rebuilds
  { os: 'rhel', version: '8', ends: '2029-05-31' },
  { os: 'rhel', version: '9', ends: '2032-05-31' },
  { os: 'rhel', version: '10', ends: '2035-05-31' },
  // openSUSE Leap
  { os: 'opensuse-leap', version: '15.2', ends: '2022-01-04' },
  { os: 'opensuse-leap', version: '15.5', ends: '2024-12-31' },
  { os: 'opensuse-leap', version: '15.6', ends: '2026-04-30' },
  { os: 'opensuse-leap', version: '16.0', ends: '2027-10-31' },
  // Windows (Microsoft Lifecycle: Windows 10 Home and Pro, Windows 11 release information), the
  // editions of the Home and Pro policy (Home, Pro, Pro Education, Pro for Workstations, SE); keys
  // are built by windowsSupportKey() in windows.ts
  // Windows 10, by version (windowsSupportKey() reads it from the build). Extended Security Updates
  // exist only for 22H2 (build 19045), by enrolment: every earlier version gets nothing.
  { os: 'windows', version: '10-22H2', ends: '2025-10-14', esu: true },
  { os: 'windows', version: '10-22H2-enterprise', ends: '2025-10-14', esu: true },
  { os: 'windows', version: '10-1507', ends: '2017-05-09' },
  { os: 'windows', version: '10-1511', ends: '2017-10-10' },
  { os: 'windows', version: '10-1607', ends: '2018-04-10' },
  { os: 'windows', version: '10-1703', ends: '2018-10-09' },
  { os: 'windows', version: '10-1709', ends: '2019-04-09' },
  { os: 'windows', version: '10-1803', ends: '2019-11-12' },
  { os: 'windows', version: '10-1809', ends: '2020-11-10' },
  { os: 'windows', version: '10-1903', ends: '2020-12-08' },
  { os: 'windows', version: '10-1909', ends: '2021-05-11' },
  { os: 'windows', version: '10-2004', ends: '2021-12-14' },
  { os: 'windows', version: '10-20H2', ends: '2022-05-10' },
  { os: 'windows', version: '10-21H1', ends: '2022-12-13' },
  { os: 'windows', version: '10-21H2', ends: '2023-06-13' },
  { os: 'windows', version: '10-1507-enterprise', ends: '2017-05-09' },
  { os: 'windows', version: '10-1511-enterprise', ends: '2017-10-10' },
  { os: 'windows', version: '10-1607-enterprise', ends: '2019-04-09' },
  { os: 'windows', version: '10-1703-enterprise', ends: '2019-10-08' },
  { os: 'windows', version: '10-1709-enterprise', ends: '2020-10-13' },
  { os: 'windows', version: '10-1803-enterprise', ends: '2021-05-11' },
  { os: 'windows', version: '10-1809-enterprise', ends: '2021-05-11' },
  { os: 'windows', version: '10-1903-enterprise', ends: '2020-12-08' },
  { os: 'windows', version: '10-1909-enterprise', ends: '2022-05-10' },
  { os: 'windows', version: '10-2004-enterprise', ends: '2021-12-14' },
  { os: 'windows', version: '10-20H2-enterprise', ends: '2023-05-09' },
  { os: 'windows', version: '10-21H1-enterprise', ends: '2022-12-13' },
  { os: 'windows', version: '10-21H2-enterprise', ends: '2024-06-11' },
  { os: 'windows', version: '11-21H2', ends: '2023-10-10' },
  { os: 'windows', version: '11-22H2', ends: '2024-10-08' },
  { os: 'windows', version: '11-23H2', ends: '2025-11-11' },
  { os: 'windows', version: '11-24H2', ends: '2026-10-13' },
  { os: 'windows', version: '11-25H2', ends: '2027-10-12' },
  // 26H1: only on new devices (Snapdragon X2 and other ARM64 machines that ship with it, build 28000)
  { os: 'windows', version: '11-26H1', ends: '2028-03-14', note: 'build 28000, new ARM64 devices only' },
  { os: 'windows', version: '11-26H2', ends: '2028-10-10', note: 'build 26300' },
  // Enterprise, Education, IoT Enterprise and Enterprise multi-session get 36 months for the H2
  // releases of Windows 11 (and for 26H1)
  { os: 'windows', version: '11-21H2-enterprise', ends: '2024-10-08' },
  { os: 'windows', version: '11-22H2-enterprise', ends: '2025-10-14' },
  { os: 'windows', version: '11-23H2-enterprise', ends: '2026-11-10' },
  { os: 'windows', version: '11-24H2-enterprise', ends: '2027-10-12' },
  { os: 'windows', version: '11-25H2-enterprise', ends: '2028-10-10' },
  { os: 'windows', version: '11-26H1-enterprise', ends: '2029-03-13', note: 'build 28000, new ARM64 devices only' },
  { os: 'windows', version: '11-26H2-enterprise', ends: '2029-10-09', note: 'build 26300; 36 months, the second Tuesday of October 2029' },
  // Long-Term Servicing Channel, by build (EditionID EnterpriseS)
  { os: 'windows', version: '10-ltsc-14393', ends: '2026-10-13', note: 'Windows 10 Enterprise LTSB 2016' },
  { os: 'windows', version: '10-ltsc-17763', ends: '2029-01-09', note: 'Windows 10 Enterprise LTSC 2019' },
  { os: 'windows', version: '10-ltsc-19044', ends: '2027-01-12', note: 'Windows 10 Enterprise LTSC 2021' },
  { os: 'windows', version: '11-ltsc-26100', ends: '2029-10-09', note: 'Windows 11 Enterprise LTSC 2024' },
  // macOS: Apple publishes no dates; in practice the three newest majors get security updates.
  // The ends below are when the successor's successor's successor shipped.
  { os: 'macos', version: '10.15', ends: '2022-10-24' },
  { os: 'macos', version: '11', ends: '2023-09-26' },
  { os: 'macos', version: '12', ends: '2024-09-16' },
  { os: 'macos', version: '13', ends: '2025-09-15' },
  { os: 'macos', version: '14', ends: '2026-09-15', note: 'assumed: three newest majors' },
  // Not yet known: the expected release of the third major after each (September, as every year since 2013)
  { os: 'macos', version: '15', ends: '2027-09-15', note: 'assumed: three newest majors' },
  { os: 'macos', version: '26', ends: '2028-09-15', note: 'assumed: three newest majors' },
  { os: 'macos', version: '27', ends: '2029-09-15', note: 'assumed: three newest majors' },
];

/** Rolling releases have no end of support as long as they are kept updated. */
export const ROLLING = new Set(['arch', 'manjaro', 'endeavouros', 'opensuse-tumbleweed', 'gentoo', 'void']);

/** IDs that follow another distribution's life cycle, e.g. rebuilds of RHEL. */
const ALIASES: Record<string, string> = { rocky: 'rhel', almalinux: 'rhel', centos: 'rhel', ol: 'rhel' };

export function findSupport(os: string, version: string): SupportEntry | undefined {
  const id = ALIASES[os] ?? os;
  const major = version.split('.')[0] ?? version;
  return (
    supportTable.find((e) => e.os === id && e.version === version) ??
    // RHEL-like and Debian VERSION_IDs may carry minor parts ("9.4"); match on the major
    supportTable.find((e) => e.os === id && e.version === major)
  );
}

/**
 * What is known of a release's end: the date its own os-release states (SUPPORT_END, written by the
 * distribution, e.g. Fedora), else the table's; or that it rolls.
 */
export function supportOf(distro: string, version: string | null, supportEnd?: string | null): Support {
  if (ROLLING.has(distro)) return { ends: null, rolling: true, source: null, esu: false, tableDate: SUPPORT_TABLE_COMPILED };
  if (supportEnd && isIsoDay(supportEnd)) return { ends: supportEnd, rolling: false, source: 'os-release', esu: false, tableDate: SUPPORT_TABLE_COMPILED };
  const entry = version ? findSupport(distro, version) : undefined;
  return { ends: entry?.ends ?? null, rolling: false, source: entry ? 'table' : null, esu: entry?.esu === true, tableDate: SUPPORT_TABLE_COMPILED };
}

/**
 * Ubuntu's release codenames (the UBUNTU_CODENAME an Ubuntu-based distribution writes into its
 * os-release, as Pop!_OS, elementary OS and Zorin OS do) and the release each names.
 */
export const UBUNTU_CODENAMES: Readonly<Record<string, string>> = {
  trusty: '14.04',
  xenial: '16.04',
  bionic: '18.04',
  focal: '20.04',
  jammy: '22.04',
  noble: '24.04',
  oracular: '24.10',
  plucky: '25.04',
  questing: '25.10',
};

/**
 * The support of the release an os-release describes: its own SUPPORT_END or the table's entry for
 * its ID; a distribution the table does not know that names its Ubuntu base (UBUNTU_CODENAME) gets
 * the base's end, whose security updates are the ones it receives.
 */
export function supportOfRelease(release: Readonly<Record<string, string>>): Support {
  const own = supportOf(release.ID ?? '', release.VERSION_ID ?? null, release.SUPPORT_END ?? null);
  if (own.ends !== null || own.rolling) return own;
  const base = UBUNTU_CODENAMES[(release.UBUNTU_CODENAME ?? '').trim().toLowerCase()];
  if (!base) return own;
  const ubuntu = supportOf('ubuntu', base);
  return ubuntu.ends === null ? own : ubuntu;
}

function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}
