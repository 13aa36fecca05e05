/**
 * Who runs the tool, and who sits at the screen. A management agent runs scripts as a service
 * account: Intune as SYSTEM (S-1-5-18), Jamf as root. Then the account's own groups, screen saver
 * and privacy settings say nothing of the person at the screen, and the checks that judge that
 * person must read the person's settings or say they cannot.
 *
 * These are the readings, each made once per run (per probe) and shared by the checks that ask
 * and by the report's user name: `whoami /user /groups` on Windows, `id -u` on macOS and Linux;
 * as root, the console's owner (macOS `stat -f%Su /dev/console`) or the users with a seat session
 * (Linux `loginctl`, else `who`). The judgement (service or not, with reasons) is the checks'
 * (`checks/lib/session.ts`). Parsers are pure and never throw.
 */
import { powershellSection } from './powershell.js';
import type { CommandResult, Probe } from './types.js';

// ---------------------------------------------------------------- parsers

export function hasSid(text: string, sid: string): boolean {
  return new RegExp(`(^|[\\s",])${sid.replace(/-/g, '\\-')}($|[\\s",])`, 'm').test(text);
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

/** `id -u`: the numeric user id, or null. */
export function parseUid(text: string): number | null {
  const m = /^\s*(\d{1,10})\s*$/.exec(text);
  return m ? Number(m[1]) : null;
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

/**
 * `Win32_ComputerSystem.UserName` as CONSOLE_NAME_SCRIPT prints it: `DOMAIN\name` (`AzureAD\name`
 * for an Entra ID account); null for anything else (nobody signed in, garbage).
 */
export function parseWindowsConsoleName(stdout: string): string | null {
  let v: unknown;
  try {
    v = JSON.parse(stdout.replace(/^\uFEFF/, '').trim());
  } catch {
    return null;
  }
  const name = v && typeof v === 'object' && !Array.isArray(v) ? (v as { name?: unknown }).name : null;
  if (typeof name !== 'string') return null;
  const m = /^([^\\\s/]{1,64})\\([^\\/\u0000-\u001f]{1,104})$/.exec(name.trim());
  return m ? `${m[1]}\\${m[2]}` : null;
}

// ---------------------------------------------------------------- the console user's settings on Windows

/**
 * PowerShell that finds the registry of the user signed in at the screen and leaves it in `$hku`
 * (`Registry::HKEY_USERS\<SID>`), or `$null` when nobody is signed in or the owner is not found:
 * `Win32_ComputerSystem.UserName` names the console user (DOMAIN\name, AzureAD\name); the Explorer
 * process that user owns gives the SID (`GetOwner`, `GetOwnerSid`). Cmdlets only, so it runs under
 * Constrained Language Mode; SYSTEM may read every loaded user hive. A section that begins with it
 * reads the person's settings whoever runs the tool (for a person running it, `$hku` is their own
 * HKCU). The answer is kept for the run's other sections in the one PowerShell start (`$global:`,
 * which Constrained Language Mode allows), so the processes are asked once. Documentation only
 * (Win32_ComputerSystem, Win32_Process GetOwner/GetOwnerSid): no capture.
 */
export const CONSOLE_HIVE_PS =
  '$hku=$null;if($global:hocHkuRead){$hku=$global:hocHku}else{' +
  'try{$cu=(Get-CimInstance -ClassName Win32_ComputerSystem -ErrorAction Stop).UserName;' +
  'if($cu){foreach($ep in @(Get-CimInstance -ClassName Win32_Process -Filter "Name=\'explorer.exe\'" -ErrorAction Stop)){' +
  '$eo=Invoke-CimMethod -InputObject $ep -MethodName GetOwner -ErrorAction Stop;' +
  "if(([string]$eo.Domain+'\\'+[string]$eo.User) -eq [string]$cu){" +
  "$hku='Registry::HKEY_USERS\\'+[string](Invoke-CimMethod -InputObject $ep -MethodName GetOwnerSid -ErrorAction Stop).Sid;break}}}}catch{};" +
  '$global:hocHku=$hku;$global:hocHkuRead=$true};';

/**
 * A section that reads the person at the screen's own settings: CONSOLE_HIVE_PS, then `definitions`
 * (functions the body calls), then `body` (which prints `console=$true` and the values as JSON) when
 * their registry was found, or `{"console":false}` when it was not.
 */
export function consoleUserScript(body: string, definitions = ''): string {
  return `${CONSOLE_HIVE_PS}${definitions}if(-not $hku){[pscustomobject]@{console=$false}|ConvertTo-Json -Compress}else{${body}}`;
}

/** The console user's name (`DOMAIN\name`), for the report when the policy asks for the user name and the tool runs as SYSTEM. */
export const CONSOLE_NAME_SCRIPT =
  '$u=$null;try{$u=[string](Get-CimInstance -ClassName Win32_ComputerSystem -ErrorAction Stop).UserName}catch{};[pscustomobject]@{name=$u}|ConvertTo-Json -Compress';

// ---------------------------------------------------------------- the readings, once per probe

export const WHOAMI_ARGS = ['/user', '/groups'];
export const CONSOLE_OWNER_ARGS = ['-f%Su', '/dev/console'];
export const LOGINCTL_ARGS = ['list-sessions', '--no-legend'];

const readings = new WeakMap<Probe, Map<string, Promise<unknown>>>();

/** One reading per probe (one run): whoever asks first starts it, the others share the answer. */
function once<T>(probe: Probe, key: string, read: () => Promise<T>): Promise<T> {
  let map = readings.get(probe);
  if (!map) readings.set(probe, (map = new Map()));
  let reading = map.get(key) as Promise<T> | undefined;
  if (!reading) {
    reading = read();
    map.set(key, reading);
  }
  return reading;
}

/** Windows: `whoami /user /groups` (the account's SID and its groups). */
export function whoamiReading(probe: Probe, signal?: AbortSignal): Promise<CommandResult> {
  return once(probe, 'whoami', () => probe.run('whoami', WHOAMI_ARGS, { timeoutMs: 10_000, signal }));
}

/** macOS and Linux: `id -u`, the effective user id. */
export function uidReading(probe: Probe, signal?: AbortSignal): Promise<CommandResult> {
  return once(probe, 'id -u', () => probe.run('id', ['-u'], { timeoutMs: 5_000, signal }));
}

/** The same question as bundles recorded before the reading was shared hold it (`stat -f %Su`, two arguments). */
const LEGACY_CONSOLE_OWNER_ARGS = ['-f', '%Su', '/dev/console'];

/** macOS: the console's owner (root at the login window). */
export function consoleOwnerReading(probe: Probe, signal?: AbortSignal): Promise<CommandResult> {
  return once(probe, 'console owner', async () => {
    const r = await probe.run('stat', CONSOLE_OWNER_ARGS, { timeoutMs: 5_000, signal });
    if (probe.mode !== 'replay' || r.failure !== 'not-found') return r;
    return probe.run('stat', LEGACY_CONSOLE_OWNER_ARGS, { timeoutMs: 5_000, signal });
  });
}

/** Linux: the users with a seat session (loginctl), and `who` when loginctl gave no list. */
export function seatReading(probe: Probe, signal?: AbortSignal): Promise<{ loginctl: CommandResult; who: CommandResult | null }> {
  return once(probe, 'seats', async () => {
    const loginctl = await probe.run('loginctl', LOGINCTL_ARGS, { timeoutMs: 5_000, signal });
    const listed = !loginctl.failure && loginctl.code === 0 && parseLoginctlSessions(loginctl.stdout) !== null;
    return { loginctl, who: listed ? null : await probe.run('who', [], { timeoutMs: 5_000, signal }) };
  });
}

const ok = (r: CommandResult) => r.failure === undefined && r.code === 0;

/** The seat users from the Linux reading, or null when neither loginctl nor who gave a list. */
export function seatUsersOf(seats: { loginctl: CommandResult; who: CommandResult | null }): SeatUsers | null {
  const listed = ok(seats.loginctl) ? parseLoginctlSessions(seats.loginctl.stdout) : null;
  if (listed) return listed;
  return seats.who && ok(seats.who) ? parseWhoConsoleUsers(seats.who.stdout) : null;
}

/**
 * For the report's `device.username` (only when the policy asks for it): whether the tool runs as a
 * service account (SYSTEM, or root that is not the console's user), and then the name of the person
 * at the screen, absent when nobody is signed in or it cannot be told. `service` false: the tool
 * runs as that person (or it could not be told), and the process's own user is the one to report.
 */
export async function personAtScreen(probe: Probe): Promise<{ service: boolean; name?: string }> {
  const os = probe.platform.os;
  if (os === 'win32') {
    const who = await whoamiReading(probe);
    if (!ok(who) || !isLocalSystem(who.stdout)) return { service: false };
    const r = await powershellSection(probe, CONSOLE_NAME_SCRIPT, 15_000);
    const name = ok(r) ? parseWindowsConsoleName(r.stdout) : null;
    return name ? { service: true, name } : { service: true };
  }
  if (os !== 'darwin' && os !== 'linux') return { service: false };
  const uid = await uidReading(probe);
  if (!ok(uid) || parseUid(uid.stdout) !== 0) return { service: false };
  if (os === 'darwin') {
    const st = await consoleOwnerReading(probe);
    const owner = ok(st) ? parseConsoleOwner(st.stdout) : null;
    return owner && owner !== 'root' ? { service: true, name: owner } : { service: true };
  }
  const seats = seatUsersOf(await seatReading(probe));
  // root signed in at the machine, with nobody else there: root is the person
  if (seats && seats.users.length === 0 && seats.root) return { service: false };
  return seats && seats.users.length === 1 ? { service: true, name: seats.users[0]! } : { service: true };
}
