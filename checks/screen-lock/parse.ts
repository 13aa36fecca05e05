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
  if (/\bscreenLock is off\b/i.test(text)) return { enabled: false, delaySeconds: null };
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
export function windowsLock(v: WindowsLockValues): LockSetting {
  const inactivity = num(v.inactivity);
  if (inactivity !== null && inactivity > 0) return { enabled: true, seconds: inactivity };
  const active = num(v.policyActive) ?? num(v.active);
  const secure = num(v.policySecure) ?? num(v.secure);
  const timeout = num(v.policyTimeout) ?? num(v.timeout);
  if (active === 1 && secure === 1 && timeout !== null && timeout > 0) return { enabled: true, seconds: timeout };
  return { enabled: null, seconds: null };
}
