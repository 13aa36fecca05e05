/**
 * Does the tool run as the person at the screen, or as a service account acting for them (SYSTEM
 * under Intune, root under Jamf or another agent)? The checks that judge the person's own settings
 * (admin-rights, screen-lock, camera consent) ask here; the readings are the probe's, one per run
 * (`src/probe/session.ts`).
 */
import { reason, type Reason } from '../../src/check.js';
import {
  consoleOwnerReading,
  isLocalSystem,
  parseConsoleOwner,
  parseUid,
  seatReading,
  seatUsersOf,
  uidReading,
  whoamiReading,
} from '../../src/probe/session.js';
import type { Probe } from '../../src/probe/types.js';
import { isJsonObject } from './json.js';
import { parsePowershellJson, powershellSection, sectionReason } from './powershell.js';
import type { OsKey } from './fixes.js';
import { commandFailed, commandReason } from './reason.js';

export interface Session {
  /**
   * true: SYSTEM, or root that is not the console's own user, acting for whoever is at the screen;
   * false: the tool runs as that person (or as root signed in at the machine); null: not known
   */
  service: boolean | null;
  /**
   * macOS and Linux, when `service`: the users signed in at the screen (macOS: the console's owner;
   * Linux: the users with a seat session); empty when nobody is; null on Windows (a section finds the
   * console user's registry itself: CONSOLE_HIVE_PS) or when the list could not be read
   */
  users: string[] | null;
  /** why `service` is null, or why a service run found nobody at the screen (`no-session`) */
  reason: Reason | null;
}


/** The session of this run, from the shared readings; never throws. */
export async function sessionOf(probe: Probe, os: OsKey, signal?: AbortSignal): Promise<Session> {
  try {
    if (os === 'windows') {
      const who = await whoamiReading(probe, signal);
      if (commandFailed(who)) return { service: null, users: null, reason: commandReason('whoami', who) };
      return { service: isLocalSystem(who.stdout), users: null, reason: null };
    }
    if (os !== 'macos' && os !== 'linux') return { service: false, users: null, reason: null };
    const idRun = await uidReading(probe, signal);
    const uid = commandFailed(idRun) ? null : parseUid(idRun.stdout);
    if (uid === null) return { service: null, users: null, reason: commandReason('id', idRun, commandFailed(idRun) ? undefined : 'id -u printed no user id') };
    if (uid !== 0) return { service: false, users: null, reason: null };
    if (os === 'macos') {
      const st = await consoleOwnerReading(probe, signal);
      const owner = commandFailed(st) ? null : parseConsoleOwner(st.stdout);
      if (!owner) return { service: true, users: null, reason: commandReason('stat', st, commandFailed(st) ? undefined : 'no console owner') };
      // the console belongs to root while the login window shows: nobody is signed in
      if (owner === 'root') return { service: true, users: [], reason: reason('no-session', 'stat', 'the console belongs to root: no user signed in') };
      return { service: true, users: [owner], reason: null };
    }
    const seats = await seatReading(probe, signal);
    const users = seatUsersOf(seats);
    if (!users) {
      const failed = seats.who ?? seats.loginctl;
      return { service: true, users: null, reason: commandReason(seats.who ? 'who' : 'loginctl', failed, commandFailed(failed) ? undefined : 'no session list') };
    }
    // root signed in at the machine itself, with no other user there: the tool runs as that person
    if (users.users.length === 0 && users.root) return { service: false, users: null, reason: null };
    if (users.users.length === 0) return { service: true, users: [], reason: reason('no-session', 'loginctl', 'no user has a session at the machine') };
    return { service: true, users: users.users, reason: null };
  } catch (error) {
    return { service: null, users: null, reason: reason('internal', undefined, String(error)) };
  }
}

/**
 * A section built with `consoleUserScript`, run as SYSTEM: the person at the screen's values, or
 * why there are none (nobody signed in or their registry not found: `no-session`; the section's
 * own failure). The reason is the cause; `serviceReason` makes it the check's.
 */
export async function consoleUserValues(
  probe: Probe,
  script: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ values: Record<string, unknown>; why: null } | { values: null; why: Reason }> {
  const r = await powershellSection(probe, script, timeoutMs, signal);
  const json = commandFailed(r) ? null : parsePowershellJson(r.stdout);
  if (!isJsonObject(json) || typeof json.console !== 'boolean')
    return { values: null, why: sectionReason(r, commandFailed(r) ? undefined : 'no answer about the signed-in user') };
  if (!json.console) return { values: null, why: reason('no-session', 'Win32_ComputerSystem', 'no user signed in, or their registry not found') };
  return { values: json, why: null };
}

/**
 * The reason a check gives when it cannot judge the person at the screen from a service account:
 * code `service-account`, with what stood in the way (nobody signed in, a command that failed).
 */
export function serviceReason(why: Reason | null, tool?: string, detail?: string): Reason {
  return reason('service-account', why?.tool ?? tool, [why?.code, why?.detail ?? detail].filter(Boolean).join(': ') || undefined);
}
