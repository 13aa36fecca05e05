/**
 * Is the user an administrator? Read from security identifiers and group names that no display
 * language translates. Pure, never throwing. Only booleans leave these functions: never a user
 * or group name.
 */

/** BUILTIN\Administrators, the same in every language */
const ADMINISTRATORS = 'S-1-5-32-544';
/** Mandatory integrity labels: High (an elevated process) and System */
const ELEVATED_LABELS = ['S-1-16-12288', 'S-1-16-16384'];

function hasSid(text: string, sid: string): boolean {
  return new RegExp(`(^|[\\s",])${sid.replace(/-/g, '\\-')}($|[\\s",])`, 'm').test(text);
}

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

/** `id -u`: the numeric user id, or null. */
export function parseUid(text: string): number | null {
  const m = /^\s*(\d{1,10})\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** LocalSystem, the account Intune and other management agents run scripts as ("Well-known SIDs"). */
const LOCAL_SYSTEM = 'S-1-5-18';

/**
 * `whoami /user /groups`: the USER section holds the account's SID. SYSTEM is S-1-5-18 in every
 * language (real `whoami /all` captures run as SYSTEM show `nt authority\system S-1-5-18`).
 */
export function isLocalSystem(text: string): boolean {
  return hasSid(text, LOCAL_SYSTEM);
}

/** A user name as the console and session lists print it: no blanks, no control characters, not an option. */
export function plausibleUserName(name: string): boolean {
  return /^[A-Za-z0-9._][A-Za-z0-9._@$-]{0,63}$/.test(name);
}

/**
 * macOS `stat -f%Su /dev/console`: the owner of the console, i.e. the user signed in at the screen
 * (root while the login window shows). Null for anything that is not one plain name.
 */
export function parseConsoleOwner(text: string): string | null {
  const lines = text.trim().split('\n');
  const name = lines.length === 1 ? lines[0]!.trim() : '';
  return plausibleUserName(name) ? name : null;
}

/**
 * macOS `dseditgroup -o checkmember -m <user> admin`: "yes <user> is a member of admin" or "no <user>
 * is NOT a member of admin" (the exit code differs between macOS releases, so the first word decides).
 */
export function parseCheckmember(text: string): boolean | null {
  const first = text.trim().split(/\s+/)[0];
  return first === 'yes' ? true : first === 'no' ? false : null;
}

/** The first uid of ordinary accounts on current Linux distributions (login.defs UID_MIN); below are system users such as gdm. */
const FIRST_USER_UID = 1000;

export interface SeatUsers {
  /** ordinary users with a session on a seat (the screen and keyboard of the machine) */
  users: string[];
  /** root itself has a seat session */
  root: boolean;
}

/**
 * `loginctl list-sessions --no-legend`: SESSION UID USER SEAT TTY (systemd 252 and later add STATE,
 * IDLE, SINCE); a session without a seat leaves the column blank, so only lines whose fourth word is
 * a seat (`seat0`) are read, and the greeter's session (gdm, uid below 1000) is not a user. Null when
 * no line has the shape of a session at all but the text is not empty (an error text, garbage).
 */
export function parseLoginctlSessions(text: string): SeatUsers | null {
  const out: SeatUsers = { users: [], root: false };
  let sessions = 0;
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const words = raw.trim().split(/\s+/);
    if (words.length < 3 || !/^[a-z]?\d+$/.test(words[0]!) || !/^\d+$/.test(words[1]!)) continue;
    sessions += 1;
    if (!/^seat\d+$/.test(words[3] ?? '') || !plausibleUserName(words[2]!)) continue;
    const uid = Number(words[1]);
    if (uid === 0) out.root = true;
    else if (uid >= FIRST_USER_UID && !out.users.includes(words[2]!)) out.users.push(words[2]!);
  }
  return sessions === 0 && text.trim() ? null : out;
}

/**
 * `who` (utmp): NAME LINE TIME [COMMENT]; a user at the machine itself is on a virtual console
 * (`tty2`), an X display (`:0`) or a seat (`seat0`). Used where loginctl cannot answer.
 */
export function parseWhoConsoleUsers(text: string): SeatUsers {
  const out: SeatUsers = { users: [], root: false };
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const words = raw.trim().split(/\s+/);
    if (words.length < 3 || !/^(tty\d+|:\d+(\.\d+)?|seat\d+|console)$/.test(words[1]!) || !plausibleUserName(words[0]!)) continue;
    if (words[0] === 'root') out.root = true;
    else if (!out.users.includes(words[0]!)) out.users.push(words[0]!);
  }
  return out;
}

/** What CONSOLE_SCRIPT prints: whether a user is signed in, and whether that user is in Administrators. */
export function parseConsoleJson(json: unknown): { signedIn: boolean; admin: boolean | null } | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const j = json as { console?: unknown; admin?: unknown };
  if (typeof j.console !== 'boolean') return null;
  return { signedIn: j.console, admin: j.console && typeof j.admin === 'boolean' ? j.admin : null };
}
