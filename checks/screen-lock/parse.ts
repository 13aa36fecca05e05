/**
 * Screen-lock settings as each OS tells them. Pure, never throwing. Only formats with official
 * documentation (or a published audit procedure) are read; anything else is null.
 */

export interface LockSetting {
  /** the screen locks by itself after inactivity */
  enabled: boolean | null;
  /** seconds of inactivity before it locks, when known */
  seconds: number | null;
}

/**
 * `gsettings get SCHEMA KEY` prints the value "as a serialised GVariant" (gsettings(1)); the GVariant
 * text format writes booleans as true/false and may prefix a type, as in `uint32 300`.
 */
export function parseGvariantBool(text: string): boolean | null {
  const v = text.trim();
  return v === 'true' ? true : v === 'false' ? false : null;
}

export function parseGvariantUint(text: string): number | null {
  const m = /^(?:u?int(?:16|32|64)\s+)?(\d+)$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/**
 * GNOME: org.gnome.desktop.screensaver lock-enabled, org.gnome.desktop.session idle-delay (seconds of
 * inactivity before the screen blanks; 0 = never) and org.gnome.desktop.screensaver lock-delay
 * (seconds after blanking before it locks).
 */
export function gnomeLock(lockEnabled: boolean | null, idleDelay: number | null, lockDelay: number | null): LockSetting {
  if (lockEnabled === false) return { enabled: false, seconds: null };
  if (lockEnabled === null) return { enabled: null, seconds: null };
  if (idleDelay === 0) return { enabled: false, seconds: null };
  if (idleDelay === null) return { enabled: true, seconds: null };
  return { enabled: true, seconds: idleDelay + (lockDelay ?? 0) };
}

/**
 * `sysadminctl -screenLock status` (macOS 13+; prints to stderr, maybe after a timestamp): the delay
 * between the screen saver or display sleep and the password prompt. Wording as checked by the CIS
 * Apple macOS Benchmark audit ("screenLock delay is immediate", "screenLock delay is 5 seconds") and
 * "screenLock is off". A negative delay also means off.
 */
export function parseSysadminctlScreenLock(text: string): { enabled: boolean; delaySeconds: number | null } | null {
  if (/\bscreenLock (delay )?is off\b/i.test(text)) return { enabled: false, delaySeconds: null };
  if (/\bscreenLock delay is immediate\b/i.test(text)) return { enabled: true, delaySeconds: 0 };
  const m = /\bscreenLock delay is (-?\d+(?:\.\d+)?)(?:\(\.\d+\))? seconds?\b/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n < 0 ? { enabled: false, delaySeconds: null } : { enabled: true, delaySeconds: Math.round(n) };
}

export interface WindowsLockValues {
  active?: unknown;
  secure?: unknown;
  timeout?: unknown;
  policyActive?: unknown;
  policySecure?: unknown;
  policyTimeout?: unknown;
  inactivity?: unknown;
}

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
  return null;
}

/**
 * Windows, from the registry values Microsoft documents:
 * - "Interactive logon: Machine inactivity limit" = HKLM\...\Policies\System InactivityTimeoutSecs
 *   (Windows locks the session after that many seconds; 0 = no limit);
 * - the screen saver (Group Policy "Enable screen saver", "Password protect the screen saver", "Screen
 *   saver timeout" under HKCU\Software\Policies\Microsoft\Windows\Control Panel\Desktop, which win over
 *   the user's own values of the same names under HKCU\Control Panel\Desktop).
 * A screen saver without password, or none, does not tell whether sleep locks: enabled stays null.
 */
export function windowsLock(v: WindowsLockValues): LockSetting & { policySeconds: number | null; screenSaverSeconds: number | null } {
  const inactivity = num(v.inactivity);
  const policySeconds = inactivity !== null && inactivity > 0 ? inactivity : null;
  const active = num(v.policyActive) ?? num(v.active);
  const secure = num(v.policySecure) ?? num(v.secure);
  const timeout = num(v.policyTimeout) ?? num(v.timeout);
  const screenSaverSeconds = active === 1 && secure === 1 && timeout !== null && timeout > 0 ? timeout : null;
  const seconds = policySeconds ?? screenSaverSeconds;
  return {
    enabled: seconds === null ? null : true,
    seconds: policySeconds !== null && screenSaverSeconds !== null ? Math.min(policySeconds, screenSaverSeconds) : seconds,
    policySeconds,
    screenSaverSeconds,
  };
}

// ---------------------------------------------------------------- macOS: the idle times

/** macOS starts the screen saver after 20 minutes when idleTime was never set (CIS macOS audit notes: "not changed from the default"). */
export const MAC_SCREEN_SAVER_DEFAULT_SECONDS = 1200;

/**
 * `defaults -currentHost read com.apple.screensaver idleTime`: the seconds of inactivity before
 * the screen saver starts, one integer on a line (0: never). A key never set exits 1 with "The
 * domain/default pair of (com.apple.screensaver, idleTime) does not exist" on stderr: the default.
 * Anything else is null.
 */
export function parseScreenSaverIdle(stdout: string, stderr: string, code: number | null): number | null {
  if (code === 0) {
    const m = /^\s*(\d+)\s*$/.exec(stdout);
    return m ? Number(m[1]) : null;
  }
  return /\(com\.apple\.screensaver, idleTime\) does not exist/.test(stderr) ? MAC_SCREEN_SAVER_DEFAULT_SECONDS : null;
}

export interface PmsetIdle {
  /** minutes before the display sleeps; 0 never */
  displaySleepMinutes: number | null;
  /** minutes before the system sleeps; 0 never */
  sleepMinutes: number | null;
  /** the profile read: AC Power when there is one (a computer at a home desk is plugged in) */
  profile: string | null;
}

/**
 * `pmset -g custom`: a profile per power source ("Battery Power:", "AC Power:", "UPS Power:"),
 * under it one `key value` a line. The AC profile is read (the only one on a desktop Mac); a value
 * may be followed by a note in parentheses about this moment (an app holding the machine awake),
 * which is not the setting and not read. Output without either key is not pmset's: null.
 */
export function parsePmset(text: string): PmsetIdle | null {
  const lines = text.replace(/\r/g, '').split('\n');
  const sections: { name: string | null; lines: string[] }[] = [{ name: null, lines: [] }];
  for (const line of lines) {
    const header = /^(\S.*?):\s*$/.exec(line);
    if (header) sections.push({ name: header[1]!, lines: [] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  const profiles = sections.filter((x) => x.lines.some((l) => /^\s*(displaysleep|sleep)\s+\d/.test(l)));
  const chosen = profiles.find((x) => x.name === 'AC Power') ?? profiles[0];
  if (!chosen) return null;
  const value = (key: string): number | null => {
    const line = chosen.lines.find((l) => new RegExp(`^\\s*${key}\\s+\\d`).test(l));
    return line ? Number(/\d+/.exec(line.slice(line.indexOf(key) + key.length))![0]) : null;
  };
  return { displaySleepMinutes: value('displaysleep'), sleepMinutes: value('sleep'), profile: chosen.name };
}

/** What makes a Mac lock, as read: the password delay after the screen saver or display sleep, and what starts them. */
export interface MacLockParts {
  /** sysadminctl: false when no password is asked after the screen saver or display sleep */
  lockOn: boolean;
  delaySeconds: number | null;
  screenSaverSeconds: number | null;
  displaySleepSeconds: number | null;
  sleepSeconds: number | null;
}

export interface LockTime extends LockSetting {
  /** seconds is the latest the lock comes: a trigger that could not be read might come sooner */
  upperBound: boolean;
}

/**
 * The lock comes with the first of the idle triggers (0: that one never starts), plus the delay.
 * All triggers read and all "never": the screen does not lock by itself. None read: not known.
 */
export function lockFromTriggers(triggers: readonly (number | null)[], delaySeconds = 0): LockTime {
  const running = triggers.filter((t): t is number => t !== null && t > 0);
  const unread = triggers.some((t) => t === null);
  if (running.length === 0) return unread ? { enabled: true, seconds: null, upperBound: false } : { enabled: false, seconds: null, upperBound: false };
  return { enabled: true, seconds: Math.min(...running) + delaySeconds, upperBound: unread };
}

/**
 * A Mac asks for the password this long after the screen saver starts or the display sleeps. The
 * system cannot sleep before the display does, so sleep counts from display sleep at the earliest.
 */
export function macLock(parts: MacLockParts): LockTime {
  if (!parts.lockOn) return { enabled: false, seconds: null, upperBound: false };
  const display = parts.displaySleepSeconds;
  const sleep =
    parts.sleepSeconds === null || parts.sleepSeconds === 0 || display === null || display === 0 ? parts.sleepSeconds : Math.max(parts.sleepSeconds, display);
  return lockFromTriggers([parts.screenSaverSeconds, display, sleep], parts.delaySeconds ?? 0);
}

// ---------------------------------------------------------------- Windows: power settings

/** Power setting GUIDs (language-free; powercfg translates every label): sleep after, turn off display after, require a password on wakeup. */
export const POWER_SETTINGS = {
  standbyIdle: '29f6c1db-86da-48c5-9fdb-f2b67b1f44da',
  videoIdle: '3c0bc021-c8a8-4e07-a973-6b14cbcb2b7e',
  consoleLock: '0e796bdb-100d-47d6-a2d5-f7d2daa51f51',
} as const;

/**
 * One setting of `powercfg /query` (or `/qh`, which includes hidden settings such as CONSOLELOCK):
 * the block that starts at the line naming the setting's GUID ends at a blank line; its last two
 * `0x` values are the current AC and DC index, whatever the labels' language. Null when the GUID
 * is not there (the setting is hidden, or the output is not powercfg's).
 */
export function powercfgValue(text: string, guid: string): { ac: number; dc: number } | null {
  const lines = text.replace(/\r/g, '').split('\n');
  const start = lines.findIndex((l) => l.toLowerCase().includes(guid));
  if (start < 0) return null;
  const hex: number[] = [];
  for (let i = start + 1; i < lines.length && lines[i]!.trim() !== ''; i += 1) {
    if (/[0-9a-f]{8}-[0-9a-f]{4}-/i.test(lines[i]!)) break;
    const m = /:\s*0x([0-9a-f]{1,8})\s*$/i.exec(lines[i]!);
    if (m) hex.push(parseInt(m[1]!, 16));
  }
  if (hex.length < 2) return null;
  return { ac: hex[hex.length - 2]!, dc: hex[hex.length - 1]! };
}

export interface WindowsPowerLock {
  /** CONSOLELOCK, plugged in: a password is asked when the PC wakes from sleep */
  passwordOnWake: boolean | null;
  /** STANDBYIDLE, plugged in: seconds before the PC sleeps (0 never) */
  sleepSeconds: number | null;
  /** VIDEOIDLE, plugged in: seconds before the display turns off (0 never); the display turning off does not lock */
  displayOffSeconds: number | null;
}

export function windowsPowerLock(consoleLock: unknown, standby: unknown, video: unknown): WindowsPowerLock {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const lock = powercfgValue(text(consoleLock), POWER_SETTINGS.consoleLock);
  const sleep = powercfgValue(text(standby), POWER_SETTINGS.standbyIdle);
  const display = powercfgValue(text(video), POWER_SETTINGS.videoIdle);
  return { passwordOnWake: lock ? lock.ac !== 0 : null, sleepSeconds: sleep ? sleep.ac : null, displayOffSeconds: display ? display.ac : null };
}

/**
 * Intune / MDM device lock (Policy CSP DeviceLock, as mirrored under
 * HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\DeviceLock): MaxInactivityTimeDeviceLock is
 * minutes (0: no limit), and applies only while DevicePasswordEnabled is 0 (the CSP's "enabled").
 */
export function mdmLockSeconds(maxInactivityMinutes: unknown, devicePasswordEnabled: unknown): number | null {
  const minutes = num(maxInactivityMinutes);
  if (minutes === null || minutes <= 0 || num(devicePasswordEnabled) !== 0) return null;
  return minutes * 60;
}
