/**
 * Is the user an administrator? Read from security identifiers and group names that no display
 * language translates. Pure, never throwing. Only booleans leave these functions: never a user
 * or group name.
 */

import { hasSid } from '../../src/probe/session.js';

export {
  isLocalSystem,
  parseConsoleOwner,
  parseLoginctlSessions,
  parseUid,
  parseWhoConsoleUsers,
  plausibleUserName,
  type SeatUsers,
} from '../../src/probe/session.js';

/** BUILTIN\Administrators, the same in every language */
const ADMINISTRATORS = 'S-1-5-32-544';
/** Mandatory integrity labels: High (an elevated process) and System */
const ELEVATED_LABELS = ['S-1-16-12288', 'S-1-16-16384'];

/**
 * `whoami /groups` (table, list or CSV): every group of the current token with its SID. An
 * administrator under UAC still has S-1-5-32-544 (deny-only) and runs at Medium integrity; an elevated
 * process runs at High. Documented SIDs: "Well-known SIDs" and "Mandatory Integrity Control".
 */
export function parseWhoamiGroups(text: string): { admin: boolean; elevated: boolean } | null {
  // the Everyone group (S-1-1-0) is in every token: without it this is not a group list
  if (!hasSid(text, 'S-1-1-0')) return null;
  const admin = hasSid(text, ADMINISTRATORS);
  const elevated = ELEVATED_LABELS.some((sid) => hasSid(text, sid));
  return { admin, elevated };
}

/** Groups that may run anything as root: sudo (Debian, Ubuntu), wheel (Fedora, RHEL, Arch, SUSE), admin (macOS; Ubuntu before 12.04). */
export const ADMIN_GROUPS = { linux: ['sudo', 'wheel', 'admin'], macos: ['admin'] } as const;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** `id -G` (POSIX): the numeric group ids, separated by blanks; null unless every word is a number. */
export function parseIdGids(text: string): number[] | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || !words.every((w) => /^\d{1,10}$/.test(w))) return null;
  return words.map(Number);
}

/**
 * `id -Gn` (POSIX): the group names, separated by blanks. Checked against `id -G`, the same list as
 * numbers: a name may hold a blank (directory-bound Macs: "ACME\domain users"), so there are at
 * least as many words as ids, never fewer. Anything else (an error text, garbage) is null.
 */
export function parseIdGroups(text: string, gids: readonly number[]): string[] | null {
  if (CONTROL.test(text)) return null;
  const names = text.trim().split(/\s+/).filter(Boolean);
  if (names.length === 0 || names.length < gids.length || names.some((n) => n.length > 256)) return null;
  return names;
}

export function isAdminGroupMember(groups: readonly string[], os: 'linux' | 'macos'): boolean {
  const admin: readonly string[] = ADMIN_GROUPS[os];
  return groups.some((g) => admin.includes(g));
}

/**
 * macOS `dseditgroup -o checkmember -m <user> admin`: "yes <user> is a member of admin" or "no <user>
 * is NOT a member of admin" (the exit code differs between macOS releases, so the first word decides).
 */
export function parseCheckmember(text: string): boolean | null {
  const first = text.trim().split(/\s+/)[0];
  return first === 'yes' ? true : first === 'no' ? false : null;
}

/** What CONSOLE_SCRIPT prints: whether a user is signed in, and whether that user is in Administrators. */
export function parseConsoleJson(json: unknown): { signedIn: boolean; admin: boolean | null } | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const j = json as { console?: unknown; admin?: unknown };
  if (typeof j.console !== 'boolean') return null;
  return { signedIn: j.console, admin: j.console && typeof j.admin === 'boolean' ? j.admin : null };
}
