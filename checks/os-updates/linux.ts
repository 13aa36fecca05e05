/**
 * Linux: distribution and release from os-release, pending updates from the package manager that
 * exists (apt, dnf, zypper, pacman), reboot-required markers. Programs run with LC_ALL=C.UTF-8 so
 * their labels are not translated; still, every parser first recognises the shape of the answer
 * it expects: a program that prints something else, even with exit code 0, counts nothing.
 */
import { reason } from '../../src/check.js';
import type { CommandResult, Probe } from '../../src/probe/types.js';
import { commandReason } from '../lib/reason.js';
import { blankOsFacts, pendingUnknown, type OsFacts, type Pending } from './facts.js';
import { supportOfRelease } from './support.js';

/** os-release: KEY=value lines, values optionally quoted with shell-style escapes. */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2] ?? '';
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\(["\\$`])/g, '$1');
    }
    out[m[1]!] = value;
  }
  return out;
}

/** What a package manager's answer says: how many updates wait, and how many of those are security updates. */
export interface Counted {
  total: number;
  security: number | null;
}

const APT_PACKAGE = /^([a-z0-9][a-z0-9+.-]*)\/(\S+)\s+\S+\s+\S+\s+\[/;

/**
 * `apt list --upgradable`: a "Listing..." header (stdout, also when nothing waits), then one line
 * per package, `name/suite[,suite] version arch [upgradable from: v]`. A suite ending in
 * `-security` marks a security update. Null when the answer has neither the header nor a package
 * line: that is not apt's list, whatever the exit code said.
 */
export function parseAptUpgradable(stdout: string): Counted | null {
  let total = 0;
  let security = 0;
  let header = false;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^Listing\.\.\.(\s*Done)?$/.test(line)) header = true;
    const m = APT_PACKAGE.exec(line);
    if (!m) continue;
    total += 1;
    if (m[2]!.split(',').some((suite) => /-security$/.test(suite))) security += 1;
  }
  return header || total > 0 ? { total, security } : null;
}

/**
 * dnf's own lines that are not packages (dnf4 prints the first on stdout in older releases), and
 * the progress line of a repository's metadata download (`<repository>  71 kB/s |  16 kB  00:00`),
 * which it prints when the metadata was refreshed.
 */
const DNF_NOISE =
  /^(Last metadata expiration check|Obsoleting Packages|Security: )|\s\d+(\.\d+)?\s?[kMG]?B\/s\s*\|\s*\d+(\.\d+)?\s?[kMG]?B\s+(\d+:)?\d{2}:\d{2}\s*$/;

/**
 * `dnf check-update`: exit 0 = none, 100 = updates listed, 1 = error. Package lines are
 * `name.arch  version  repo`; indented lines under "Obsoleting Packages" describe what is replaced.
 * A repo starting with `@` is the installed package, not an update. Exit 0 with lines that are
 * neither dnf's notes nor packages, or exit 100 without a package line, is not dnf's answer: null.
 */
export function parseDnfCheckUpdate(stdout: string, code: number | null): Counted | null {
  if (code !== 0 && code !== 100) return null;
  const names = new Set<string>();
  let packageLines = 0;
  let strange = 0;
  for (const raw of stdout.split(/\r?\n/)) {
    if (!raw.trim()) continue;
    const fields = raw.trim().split(/\s+/);
    const looksLikePackage = fields.length === 3 && /^[^\s.]+.*\.[a-z0-9_]+$/i.test(fields[0]!) && /\d/.test(fields[1]!);
    if (looksLikePackage) {
      packageLines += 1;
      if (!/^\s/.test(raw) && !fields[2]!.startsWith('@')) names.add(fields[0]!);
    } else if (!DNF_NOISE.test(raw.trim())) strange += 1;
  }
  if (code === 0) return strange === 0 && packageLines === 0 ? { total: 0, security: null } : null;
  return packageLines > 0 ? { total: names.size, security: null } : null;
}

/**
 * `zypper --non-interactive --no-refresh list-updates`: a table whose separator line is dashes and
 * `+` (`--+-----+---`), then one row per update with as many `|` cells as the separator has parts
 * (the header words are translated, the shape is not). "No updates found." without a table is none.
 * Null for anything else.
 */
export function parseZypperListUpdates(stdout: string): Counted | null {
  const lines = stdout.split(/\r?\n/);
  const sep = lines.findIndex((l) => /^-+(\+-+)+\s*$/.test(l.trim()));
  if (sep < 0) return /^No updates found\.$/m.test(stdout) ? { total: 0, security: null } : null;
  const columns = lines[sep]!.trim().split('+').length;
  let total = 0;
  for (const line of lines.slice(sep + 1)) {
    if (!line.trim()) continue;
    const cells = line.split('|');
    if (cells.length !== columns) return null;
    total += 1;
  }
  return total > 0 ? { total, security: null } : null;
}

const PACMAN_LINE = /^(\S+) (\S+) -> (\S+)( \[ignored\])?$/;

/**
 * `pacman -Qu` (against the local copy of the sync databases; no network, no root): one line per
 * package, `name old -> new`, ` [ignored]` after those pacman.conf holds back. Exit 1 with no output
 * at all is "nothing to upgrade"; exit 1 with an error on stderr is a failure (a broken database),
 * never "none". Null for anything else.
 */
export function parsePacmanQu(r: Pick<CommandResult, 'stdout' | 'stderr' | 'code'>): Counted | null {
  if (r.code === 1) return !r.stdout.trim() && !r.stderr.trim() ? { total: 0, security: null } : null;
  if (r.code !== 0) return null;
  let total = 0;
  for (const raw of r.stdout.split(/\r?\n/)) {
    if (!raw.trim()) continue;
    const m = PACMAN_LINE.exec(raw.trim());
    if (!m) return null;
    if (!m[4]) total += 1;
  }
  return { total, security: null };
}

const DAY = 86_400_000;

function daysBetween(now: Date, thenMs: number): number {
  return Math.max(0, Math.floor((now.getTime() - thenMs) / DAY));
}

interface Manager {
  id: NonNullable<Pending['manager']>;
  cmd: string;
  args: string[];
  timeoutMs: number;
  parse: (r: CommandResult) => Counted | null;
  /** exit codes of an answer that should be readable; any other is the program failing */
  okCodes: readonly number[];
  /** lists the manager keeps: their age says how fresh the count is */
  lists?: string;
  /** a file or folder that changes when packages are installed or removed */
  installed: string[];
  reboot: (probe: Probe, signal?: AbortSignal) => Promise<boolean | null>;
}

const exitCodeReboot =
  (cmd: string, args: string[], needed: number) =>
  async (probe: Probe, signal?: AbortSignal): Promise<boolean | null> => {
    const r = await probe.run(cmd, args, { timeoutMs: 15_000, signal });
    return r.failure ? null : r.code === needed ? true : r.code === 0 ? false : null;
  };

/** In the order they are tried; the first whose answer can be read counts. */
export const MANAGERS: readonly Manager[] = [
  {
    id: 'apt',
    cmd: 'apt',
    args: ['list', '--upgradable'],
    timeoutMs: 20_000,
    parse: (r) => (r.code === 0 ? parseAptUpgradable(r.stdout) : null),
    okCodes: [0],
    lists: '/var/lib/apt/lists',
    installed: ['/var/lib/dpkg/status'],
    // Debian's update-notifier and unattended-upgrades leave this marker while a restart is due
    reboot: async (probe) => (await probe.stat('/var/run/reboot-required')) !== null,
  },
  {
    id: 'dnf',
    cmd: 'dnf',
    args: ['check-update', '--cacheonly', '--quiet'],
    timeoutMs: 30_000,
    parse: (r) => parseDnfCheckUpdate(r.stdout, r.code),
    okCodes: [0, 100],
    installed: ['/var/lib/rpm/rpmdb.sqlite', '/usr/lib/sysimage/rpm/rpmdb.sqlite', '/var/lib/rpm/Packages'],
    // needs-restarting -r (dnf-utils): exit 1 means a reboot is needed, 0 means not
    reboot: exitCodeReboot('needs-restarting', ['-r'], 1),
  },
  {
    id: 'zypper',
    cmd: 'zypper',
    args: ['--non-interactive', '--no-refresh', 'list-updates'],
    timeoutMs: 30_000,
    parse: (r) => (r.code === 0 ? parseZypperListUpdates(r.stdout) : null),
    okCodes: [0],
    installed: ['/usr/lib/sysimage/rpm/rpmdb.sqlite', '/var/lib/rpm/rpmdb.sqlite', '/var/lib/rpm/Packages'],
    // zypper(8): needs-rebooting exits 102 (ZYPPER_EXIT_INF_REBOOT_NEEDED) when a restart is due
    reboot: exitCodeReboot('zypper', ['--non-interactive', 'needs-rebooting'], 102),
  },
  {
    id: 'pacman',
    cmd: 'pacman',
    args: ['-Qu'],
    timeoutMs: 20_000,
    parse: (r) => parsePacmanQu(r),
    okCodes: [0],
    lists: '/var/lib/pacman/sync',
    installed: ['/var/lib/pacman/local'],
    reboot: async () => null,
  },
];

async function firstStat(probe: Probe, paths: readonly string[]) {
  for (const path of paths) {
    const s = await probe.stat(path);
    if (s) return s;
  }
  return null;
}

export async function collectLinux(probe: Probe, signal?: AbortSignal): Promise<OsFacts> {
  const now = probe.now();
  let text = await probe.readFile('/etc/os-release');
  let release = text ? parseOsRelease(text) : {};
  if (!release.ID) {
    text = await probe.readFile('/usr/lib/os-release');
    release = text ? parseOsRelease(text) : {};
  }
  const facts: OsFacts = {
    ...blankOsFacts('linux'),
    name: release.PRETTY_NAME ?? release.NAME ?? null,
    distro: release.ID ?? null,
    version: release.VERSION_ID ?? null,
  };
  if (!release.ID) facts.reason = reason(text === null ? 'not-found' : 'unreadable', 'os-release');
  else facts.support = supportOfRelease(release);

  // The first package manager whose answer can be read counts; the first that was there but could
  // not be read gives the reason when none can.
  let failed: Pending['reason'] = null;
  for (const manager of MANAGERS) {
    const r = await probe.run(manager.cmd, manager.args, { timeoutMs: manager.timeoutMs, signal });
    if (r.failure === 'not-found') continue;
    const counted = r.failure ? null : manager.parse(r);
    if (!counted) {
      const ran = !r.failure && r.code !== null && manager.okCodes.includes(r.code);
      failed ??= ran ? reason('unreadable', manager.cmd, 'not the expected list') : commandReason(manager.cmd, r);
      continue;
    }
    const lists = manager.lists ? await probe.stat(manager.lists) : null;
    facts.pending = { manager: manager.id, ...counted, listsAgeDays: lists ? daysBetween(now, lists.mtimeMs) : null, reason: null };
    const installed = await firstStat(probe, manager.installed);
    if (installed) facts.daysSinceUpdate = daysBetween(now, installed.mtimeMs);
    facts.rebootRequired = await manager.reboot(probe, signal);
    return facts;
  }
  facts.pending = pendingUnknown(failed ?? reason('not-found', MANAGERS.map((m) => m.cmd).join(', ')));
  return facts;
}
