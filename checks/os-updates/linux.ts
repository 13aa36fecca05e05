/**
 * Linux: distribution and release from os-release, pending updates from the package manager that
 * exists (apt, dnf), reboot-required markers. Programs run with LC_ALL=C.UTF-8 so their labels are
 * not translated; the parsers still rely on structure, not on English words, wherever they can.
 */
import type { Probe } from '../../src/probe/types.js';
import { blankOsFacts, type OsFacts, type PendingUpdates } from './facts.js';

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

/**
 * `apt list --upgradable`: one line per package, `name/suite[,suite] version arch [upgradable from: v]`.
 * The "Listing..." header and the stderr warning are not packages. A suite ending in `-security`
 * marks a security update.
 */
export function parseAptUpgradable(stdout: string): PendingUpdates {
  let total = 0;
  let security = 0;
  for (const raw of stdout.split(/\r?\n/)) {
    const m = /^([a-z0-9][a-z0-9+.-]*)\/(\S+)\s+\S+\s+\S+\s+\[/.exec(raw.trim());
    if (!m) continue;
    total += 1;
    if (m[2]!.split(',').some((suite) => /-security$/.test(suite))) security += 1;
  }
  return { manager: 'apt', total, security };
}

/**
 * `dnf check-update`: exit 0 = none, 100 = updates listed, 1 = error. Package lines are
 * `name.arch  version  repo`; indented lines under "Obsoleting Packages" describe what is replaced.
 * A repo starting with `@` is the installed package, not an update.
 */
export function parseDnfCheckUpdate(stdout: string, code: number | null): PendingUpdates | null {
  if (code === 0) return { manager: 'dnf', total: 0, security: null };
  if (code !== 100) return null;
  const names = new Set<string>();
  for (const raw of stdout.split(/\r?\n/)) {
    if (/^\s/.test(raw)) continue;
    const fields = raw.trim().split(/\s+/);
    if (fields.length !== 3) continue;
    const [pkg, version, repo] = fields as [string, string, string];
    if (!/^[^\s.]+.*\.[a-z0-9_]+$/i.test(pkg) || !/\d/.test(version) || repo.startsWith('@')) continue;
    names.add(pkg);
  }
  return { manager: 'dnf', total: names.size, security: null };
}

const DAY = 86_400_000;

function daysBetween(now: Date, thenMs: number): number {
  return Math.max(0, Math.floor((now.getTime() - thenMs) / DAY));
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
    ...blankOsFacts('linux', now),
    name: release.PRETTY_NAME ?? release.NAME ?? null,
    distro: release.ID ?? null,
    version: release.VERSION_ID ?? null,
  };
  if (!release.ID) facts.unknownReason = 'no /etc/os-release';

  // Pending updates: apt first (Debian family), then dnf (Fedora/RHEL family).
  const apt = await probe.run('apt', ['list', '--upgradable'], { timeoutMs: 20_000, signal });
  if (apt.failure === undefined && apt.code === 0) {
    facts.pending = parseAptUpgradable(apt.stdout);
    const lists = await probe.stat('/var/lib/apt/lists');
    if (lists) facts.listsAgeDays = daysBetween(now, lists.mtimeMs);
    const dpkg = await probe.stat('/var/lib/dpkg/status');
    if (dpkg) facts.daysSinceUpdate = daysBetween(now, dpkg.mtimeMs);
    const marker = await probe.stat('/var/run/reboot-required');
    facts.rebootRequired = marker !== null;
  } else {
    const dnf = await probe.run('dnf', ['check-update', '--cacheonly', '--quiet'], { timeoutMs: 30_000, signal });
    const parsed = dnf.failure ? null : parseDnfCheckUpdate(dnf.stdout, dnf.code);
    if (parsed) {
      facts.pending = parsed;
      const rpmdb = (await probe.stat('/var/lib/rpm/rpmdb.sqlite')) ?? (await probe.stat('/var/lib/rpm/Packages'));
      if (rpmdb) facts.daysSinceUpdate = daysBetween(now, rpmdb.mtimeMs);
      // needs-restarting -r: exit 1 means a reboot is needed, 0 means not (dnf-utils)
      const nr = await probe.run('needs-restarting', ['-r'], { timeoutMs: 15_000, signal });
      facts.rebootRequired = nr.failure ? null : nr.code === 1 ? true : nr.code === 0 ? false : null;
    } else if (apt.failure === 'not-found' && dnf.failure === 'not-found') {
      facts.pendingReason = 'no supported package manager (apt, dnf)';
    } else {
      const failed = apt.failure === 'not-found' ? dnf : apt;
      facts.pendingReason = failed.failure ?? `exit code ${failed.code}`;
    }
  }
  return facts;
}
