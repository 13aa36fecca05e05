/** What the OS check learns, the same shape on every platform. */
export interface PendingUpdates {
  manager: string;
  total: number;
  /** null when the package manager does not tell which are security updates */
  security: number | null;
}

export interface OsFacts {
  [key: string]: unknown;
  os: 'linux' | 'windows' | 'macos' | string;
  /** when the facts were gathered (ISO), so that evaluate stays pure */
  now: string;
  name: string | null;
  /** os-release ID on Linux; 'windows' or 'macos' elsewhere */
  distro: string | null;
  version: string | null;
  build: string | null;
  pending: PendingUpdates | null;
  /** why pending is null */
  pendingReason: string | null;
  rebootRequired: boolean | null;
  daysSinceUpdate: number | null;
  /** age of the package manager's lists, when it keeps any */
  listsAgeDays: number | null;
  /** why the OS itself could not be identified */
  unknownReason?: string;
  /** Windows: EditionID (Professional, Enterprise, EnterpriseS ...) and DisplayVersion (24H2) */
  edition?: string | null;
  displayVersion?: string | null;
  /** Windows: the newest installed update Get-HotFix lists (KB number, install day) */
  latestUpdate?: { id: string; date: string } | null;
  /** macOS: upgrades to a newer major offered beside the updates */
  majorUpgrades?: number;
  /** macOS: the full ProductVersion (14.6.1); `version` is the major */
  productVersion?: string;
}

/** Facts with nothing known yet: each platform's collector fills in what its OS tells. */
export function blankOsFacts(os: OsFacts['os'], now: Date): OsFacts {
  return {
    os,
    now: now.toISOString(),
    name: null,
    distro: null,
    version: null,
    build: null,
    pending: null,
    pendingReason: null,
    rebootRequired: null,
    daysSinceUpdate: null,
    listsAgeDays: null,
  };
}
