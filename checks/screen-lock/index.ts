/**
 * screen-lock: does the screen lock by itself, and how soon? Normen faktaark 29 (lock the screen),
 * nettvett "Jobb trygt på hjemmekontoret" (lock or log off), the Bar Association's IT advice
 * (auto-lock). A household member or visitor must not reach an unlocked work session.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding } from '../../src/check.js';
import type { CommandResult, Probe } from '../../src/probe/types.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { perPlatform } from '../lib/platform.js';
import { runningProcesses } from '../lib/processes.js';
import { parsePowershellJson, powershellSection, sectionReason } from '../lib/powershell.js';
import { isJsonObject } from '../lib/json.js';
import { commandFailed, commandReason } from '../lib/reason.js';
import { consoleUserValues, serviceReason, sessionOf } from '../lib/session.js';
import { consoleUserScript, parseUid } from '../../src/probe/session.js';
import { messages, type ScreenLockMessage } from './messages.js';
import {
  gnomeLock,
  lockFromTriggers,
  macLock,
  mdmLockSeconds,
  parseGvariantBool,
  parseGvariantUint,
  parsePmset,
  parseScreenSaverIdle,
  parseSysadminctlScreenLock,
  windowsLock,
  windowsPowerLock,
  type WindowsLockValues,
} from './parse.js';

export const ScreenLockOptionsSchema = z
  .object({
    maxMinutes: z
      .number()
      .int()
      .positive()
      .max(240)
      .default(15)
      .describe('longest inactivity before the screen locks that still passes, in minutes (15: the limit CIS benchmarks use for Windows and macOS)'),
  })
  .describe('screen-lock: how soon the screen must lock by itself');
export type ScreenLockOptions = z.infer<typeof ScreenLockOptionsSchema>;

const seconds = (what: string) => z.number().min(0).nullable().optional().describe(what);

export const ScreenLockFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  method: z
    .enum(['registry', 'powercfg', 'mdm', 'gsettings', 'sysadminctl'])
    .nullable()
    .describe(
      'what decided: Windows registry (inactivity limit, screen saver), powercfg (sleep with a password on wake), mdm (Intune device lock); GNOME gsettings; macOS sysadminctl with the idle times; null when nothing could be read',
    ),
  enabled: z.boolean().nullable().describe('the screen locks by itself after inactivity; null when unread'),
  seconds: z.number().min(0).nullable().describe('seconds of inactivity before the screen locks, when known'),
  upperBound: z.boolean().optional().describe('seconds is the latest the lock comes: a trigger that could not be read might lock sooner'),
  triggers: z
    .object({
      policySeconds: seconds('Windows: the machine inactivity limit (InactivityTimeoutSecs)'),
      mdmSeconds: seconds('Windows: the Intune/MDM device lock (MaxInactivityTimeDeviceLock, in force with a device password)'),
      screenSaverSeconds: seconds('the screen saver: macOS idleTime (never set: the default of 20 minutes); Windows only a password-protected one (0: never)'),
      displayOffSeconds: seconds(
        'the display turning off: macOS displaysleep of the AC profile (locks with the password delay); Windows VIDEOIDLE plugged in (does not lock by itself)',
      ),
      sleepSeconds: seconds('the computer sleeping: macOS pmset sleep of the AC profile; Windows STANDBYIDLE plugged in (0: never)'),
      passwordOnWake: z.boolean().nullable().optional().describe('Windows: sign-in is asked when the PC wakes from sleep (CONSOLELOCK, plugged in)'),
      lockDelaySeconds: seconds('macOS: the password is asked this long after the screen saver or display sleep starts'),
    })
    .optional()
    .describe('what starts the lock, as read; null: not read'),
  readFor: z
    .enum(['self', 'console'])
    .optional()
    .describe(
      'whose settings were read: console when a management agent runs the tool as SYSTEM or root and the person signed in at the screen was judged (or could not be); absent when the account running the tool is that person (self is kept for reports that say so)',
    ),
  reason: ReasonSchema.nullable().describe(
    'why the lock, or one of its triggers, could not be read (service-account: run as SYSTEM or root, the person at the screen could not be read)',
  ),
});
export type ScreenLockFacts = z.infer<typeof ScreenLockFactsSchema>;

/**
 * One PowerShell start: the lock policies in the registry (machine inactivity limit, the screen
 * saver's Group Policy and user values, Intune's DeviceLock), and powercfg for sleep, display and
 * the password on wake (`/qh`: CONSOLELOCK is a hidden setting that `/query` leaves out). Each
 * powercfg answer is passed on as text; the parser reads it by GUID.
 */
export const WINDOWS_LOCK_SCRIPT =
  "$d=Get-ItemProperty 'HKCU:\\Control Panel\\Desktop' -ErrorAction SilentlyContinue;" +
  "$p=Get-ItemProperty 'HKCU:\\Software\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop' -ErrorAction SilentlyContinue;" +
  "$m=Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System' -ErrorAction SilentlyContinue;" +
  "$l=Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\DeviceLock' -ErrorAction SilentlyContinue;" +
  '$c=try{(powercfg /qh SCHEME_CURRENT SUB_NONE CONSOLELOCK) -join "`n"}catch{$null};' +
  '$s=try{(powercfg /q SCHEME_CURRENT SUB_SLEEP STANDBYIDLE) -join "`n"}catch{$null};' +
  '$v=try{(powercfg /q SCHEME_CURRENT SUB_VIDEO VIDEOIDLE) -join "`n"}catch{$null};' +
  '[pscustomobject]@{active=$d.ScreenSaveActive;secure=$d.ScreenSaverIsSecure;timeout=$d.ScreenSaveTimeOut;' +
  'policyActive=$p.ScreenSaveActive;policySecure=$p.ScreenSaverIsSecure;policyTimeout=$p.ScreenSaveTimeOut;inactivity=$m.InactivityTimeoutSecs;' +
  'mdmMinutes=$l.MaxInactivityTimeDeviceLock;mdmPassword=$l.DevicePasswordEnabled;consoleLock=$c;standby=$s;video=$v}|ConvertTo-Json -Compress';

/**
 * Run as SYSTEM (Intune): the screen saver values of the person signed in at the screen, from
 * their own registry (`HKEY_USERS\<SID>`, found by CONSOLE_HIVE_PS), with the same names as the
 * HKCU values above; `console` false when nobody is signed in or the user's registry was not found.
 */
export const CONSOLE_LOCK_SCRIPT = consoleUserScript(
  "$d=Get-ItemProperty -LiteralPath ($hku+'\\Control Panel\\Desktop') -ErrorAction SilentlyContinue;" +
    "$p=Get-ItemProperty -LiteralPath ($hku+'\\Software\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop') -ErrorAction SilentlyContinue;" +
    '[pscustomobject]@{console=$true;active=$d.ScreenSaveActive;secure=$d.ScreenSaverIsSecure;timeout=$d.ScreenSaveTimeOut;' +
    'policyActive=$p.ScreenSaveActive;policySecure=$p.ScreenSaverIsSecure;policyTimeout=$p.ScreenSaveTimeOut}|ConvertTo-Json -Compress',
);

/** The per-user values the console section replaces; the machine's (inactivity limit, Intune, power) stay. */
const USER_VALUES = ['active', 'secure', 'timeout', 'policyActive', 'policySecure', 'policyTimeout'] as const;

/** Not judged: run as a service account, the person's own settings could not be read. */
const notForService = (os: string, why: ReturnType<typeof serviceReason>): ScreenLockFacts => ({
  os,
  method: null,
  enabled: null,
  seconds: null,
  readFor: 'console',
  reason: why,
});

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  const r = await powershellSection(probe, WINDOWS_LOCK_SCRIPT, 15_000, signal);
  const json = commandFailed(r) ? null : parsePowershellJson(r.stdout);
  if (!isJsonObject(json)) {
    return { os: 'windows', method: null, enabled: null, seconds: null, reason: sectionReason(r, commandFailed(r) ? undefined : 'printed no JSON object') };
  }
  let values: Record<string, unknown> = json;
  const session = await sessionOf(probe, 'windows', signal);
  if (session.service) {
    // SYSTEM's own screen saver says nothing of the person at the screen: read theirs
    const theirs = await consoleUserValues(probe, CONSOLE_LOCK_SCRIPT, 15_000, signal);
    if (!theirs.values) return notForService('windows', serviceReason(theirs.why));
    values = { ...json, ...Object.fromEntries(USER_VALUES.map((k) => [k, theirs.values[k] ?? null])) };
  }
  const facts = windowsFacts(values);
  return session.service ? { ...facts, readFor: 'console' } : facts;
}

function windowsFacts(json: Record<string, unknown>): ScreenLockFacts {
  const v = json as WindowsLockValues & { mdmMinutes?: unknown; mdmPassword?: unknown; consoleLock?: unknown; standby?: unknown; video?: unknown };
  const registry = windowsLock(v);
  const mdmSeconds = mdmLockSeconds(v.mdmMinutes, v.mdmPassword);
  const power = windowsPowerLock(v.consoleLock, v.standby, v.video);
  const triggers = {
    policySeconds: registry.policySeconds,
    mdmSeconds,
    screenSaverSeconds: registry.screenSaverSeconds,
    displayOffSeconds: power.displayOffSeconds,
    sleepSeconds: power.sleepSeconds,
    passwordOnWake: power.passwordOnWake,
  };
  // sleep locks only when a password is asked on wake; a display that turns off does not lock
  const sleepLock = power.passwordOnWake === null || power.sleepSeconds === null ? null : power.passwordOnWake ? power.sleepSeconds : 0;
  const candidates: [ScreenLockFacts['method'], number | null][] = [
    ['registry', registry.policySeconds ?? 0],
    ['mdm', mdmSeconds ?? 0],
    ['registry', registry.screenSaverSeconds ?? 0],
    ['powercfg', sleepLock],
  ];
  const lock = lockFromTriggers(candidates.map(([, t]) => t));
  const method =
    lock.seconds === null ? (lock.enabled === false ? 'powercfg' : null) : candidates.find(([, t]) => t !== null && t > 0 && t === lock.seconds)![0];
  const why = sleepLock === null ? reason('not-found', 'powercfg', 'no sleep timeout or password-on-wake setting in its answer') : null;
  if (lock.enabled && lock.seconds === null) return { os: 'windows', method: null, enabled: null, seconds: null, triggers, reason: why };
  return {
    os: 'windows',
    method,
    enabled: lock.enabled,
    seconds: lock.seconds,
    ...(lock.upperBound ? { upperBound: true } : {}),
    triggers,
    reason: lock.upperBound ? why : null,
  };
}

/**
 * A command as the person at the screen, from root: `launchctl asuser <uid> sudo -n -u <name> ...`,
 * the form Mac administrators use in Jamf scripts (their settings, in their login session). sudo
 * never asks for a password (`-n`): from root it needs none.
 */
export function asConsoleUser(uid: number, name: string, cmd: string, args: readonly string[]): [string, string[]] {
  return ['launchctl', ['asuser', String(uid), 'sudo', '-n', '-u', name, cmd, ...args]];
}

type Run = (cmd: string, args: string[], timeoutMs: number) => Promise<CommandResult>;

async function collectMac(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  const session = await sessionOf(probe, 'macos', signal);
  let asUser: Run = (cmd, args, timeoutMs) => probe.run(cmd, args, { timeoutMs, signal });
  if (session.service) {
    // root (Jamf): root's own lock settings say nothing of the person at the screen; read theirs
    const name = session.users?.[0];
    if (!name) return notForService('macos', serviceReason(session.reason, 'stat', 'nobody signed in'));
    const idRun = await probe.run('id', ['-u', name], { timeoutMs: 5_000, signal });
    const uid = commandFailed(idRun) ? null : parseUid(idRun.stdout);
    if (uid === null) return notForService('macos', serviceReason(commandReason('id', idRun, commandFailed(idRun) ? undefined : 'no user id')));
    asUser = (cmd, args, timeoutMs) => {
      const [c, a] = asConsoleUser(uid, name, cmd, args);
      return probe.run(c, a, { timeoutMs, signal });
    };
  }
  const facts = await readMac(probe, asUser, signal);
  return session.service ? { ...facts, readFor: 'console' } : facts;
}

async function readMac(probe: Probe, asUser: Run, signal: AbortSignal): Promise<ScreenLockFacts> {
  const r = await asUser('sysadminctl', ['-screenLock', 'status'], 10_000);
  const parsed = r.failure ? null : parseSysadminctlScreenLock(`${r.stderr}\n${r.stdout}`);
  if (!parsed)
    return {
      os: 'macos',
      method: null,
      enabled: null,
      seconds: null,
      reason: commandReason('sysadminctl', r, r.failure || r.code !== 0 ? undefined : 'no screenLock line'),
    };
  if (!parsed.enabled) return { os: 'macos', method: 'sysadminctl', enabled: false, seconds: null, triggers: { lockDelaySeconds: null }, reason: null };
  // the password delay counts from the screen saver or the display sleeping: read what starts them
  const saver = await asUser('defaults', ['-currentHost', 'read', 'com.apple.screensaver', 'idleTime'], 5_000);
  const screenSaverSeconds = saver.failure ? null : parseScreenSaverIdle(saver.stdout, saver.stderr, saver.code);
  const pm = await probe.run('pmset', ['-g', 'custom'], { timeoutMs: 5_000, signal });
  const power = commandFailed(pm) ? null : parsePmset(pm.stdout);
  const toSeconds = (minutes: number | null | undefined) => (minutes === null || minutes === undefined ? null : minutes * 60);
  const triggers = {
    screenSaverSeconds,
    displayOffSeconds: toSeconds(power?.displaySleepMinutes),
    sleepSeconds: toSeconds(power?.sleepMinutes),
    lockDelaySeconds: parsed.delaySeconds,
  };
  const lock = macLock({
    lockOn: true,
    delaySeconds: parsed.delaySeconds,
    screenSaverSeconds: triggers.screenSaverSeconds,
    displaySleepSeconds: triggers.displayOffSeconds,
    sleepSeconds: triggers.sleepSeconds,
  });
  const why =
    power === null
      ? commandReason('pmset', pm, commandFailed(pm) ? undefined : 'no displaysleep or sleep line')
      : screenSaverSeconds === null
        ? commandReason('defaults', saver, commandFailed(saver) ? undefined : 'idleTime is not a number')
        : null;
  return {
    os: 'macos',
    method: 'sysadminctl',
    enabled: lock.enabled,
    seconds: lock.seconds,
    ...(lock.upperBound ? { upperBound: true } : {}),
    triggers,
    reason: lock.seconds === null || lock.upperBound ? why : null,
  };
}

async function gsetting(probe: Probe, schema: string, key: string, signal: AbortSignal): Promise<CommandResult> {
  return probe.run('gsettings', ['get', schema, key], { timeoutMs: 5_000, signal });
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  const none = { os: 'linux', method: null, enabled: null, seconds: null } as const;
  // gsettings answers its defaults even without a desktop: only a running GNOME Shell makes them
  // real. The process list is the run's one (shared with risky-apps and vpn: one `ps` per run)
  const list = await runningProcesses(probe, 'linux', signal);
  if (!list.names) return { ...none, reason: list.reason };
  const procs = list.names;
  if (!procs.includes('gnome-shell')) {
    return {
      ...none,
      reason: procs.includes('plasmashell')
        ? reason('unsupported', 'plasmashell', 'KDE Plasma: its screen locker settings are not read')
        : reason('no-session', undefined, 'no GNOME Shell running'),
    };
  }
  // a desktop runs; as root, GNOME's settings read here would be root's own, not the desktop user's
  const session = await sessionOf(probe, 'linux', signal);
  if (session.service) return notForService('linux', serviceReason(session.reason, 'gsettings', "the desktop user's settings are not read from root"));
  const lockR = await gsetting(probe, 'org.gnome.desktop.screensaver', 'lock-enabled', signal);
  const idleR = await gsetting(probe, 'org.gnome.desktop.session', 'idle-delay', signal);
  const delayR = await gsetting(probe, 'org.gnome.desktop.screensaver', 'lock-delay', signal);
  const lockOn = commandFailed(lockR) ? null : parseGvariantBool(lockR.stdout);
  const idle = commandFailed(idleR) ? null : parseGvariantUint(idleR.stdout);
  const delay = commandFailed(delayR) ? null : parseGvariantUint(delayR.stdout);
  const lock = gnomeLock(lockOn, idle, delay);
  if (lock.enabled === null) return { ...none, reason: commandReason('gsettings', lockR, commandFailed(lockR) ? undefined : 'lock-enabled is not a boolean') };
  const why = lock.enabled && lock.seconds === null ? commandReason('gsettings', idleR, commandFailed(idleR) ? undefined : 'idle-delay is not a number') : null;
  return { os: 'linux', method: 'gsettings', ...lock, reason: why };
}

/** How to make the screen lock sooner, per OS; the menus moved in Windows 11 and macOS 13. */
const FIX: FixTable<ScreenLockMessage> = {
  windows: [
    { id: 'fix.windows.10', link: 'ms-settings:signinoptions', when: { windowsBuild: { below: 22000 } } },
    { id: 'fix.windows', link: 'ms-settings:signinoptions' },
  ],
  macos: [
    { id: 'fix.macos.12', link: 'x-apple.systempreferences:com.apple.preference.security?General', when: { macosMajor: { below: 13 } } },
    { id: 'fix.macos', link: 'x-apple.systempreferences:com.apple.Lock-Screen-Settings.extension' },
  ],
  linux: 'fix.linux',
  other: 'fix.unknown',
};

export function evaluateScreenLock(
  facts: ScreenLockFacts,
  options: ScreenLockOptions = { maxMinutes: 15 },
  platform = { os: facts.os, release: '' },
): Finding<ScreenLockMessage> {
  const max = options.maxMinutes;
  const fix = pickFix(FIX, osVersionOf(platform));
  const fixing = fix ? { remediation: [{ id: fix.id, params: { max } }], ...(fix.link ? { link: fix.link } : {}) } : {};
  const unknown = (id: ScreenLockMessage): Finding<ScreenLockMessage> => ({
    status: 'unknown',
    summary: [{ id }],
    remediation: [{ id: 'fix.unknown', params: { max } }],
    reason: facts.reason ?? reason('internal'),
  });
  if (facts.enabled === false) return { status: 'fail', summary: [{ id: 'off' }], ...fixing };
  if (facts.enabled === null) return unknown('unknown');
  if (facts.seconds === null) return unknown('on-no-time');
  const minutes = Math.round(facts.seconds / 60);
  // a later lock than allowed, while a trigger that was not read might come sooner: not known
  if (facts.seconds > max * 60 && facts.upperBound) return { ...unknown('at-most'), summary: [{ id: 'at-most', params: { minutes } }] };
  if (facts.seconds > max * 60) return { status: 'warn', summary: [{ id: 'slow', params: { minutes, max } }], ...fixing };
  return { status: 'pass', summary: [facts.seconds <= 60 ? { id: 'on.minute' } : { id: 'on.minutes', params: { minutes } }] };
}

export default defineCheck({
  id: 'screen-lock',
  category: 'device',
  weight: 3,
  sources: ['normen-faktaark-29', 'nettvett-hjemmekontor'],
  messages,
  facts: ScreenLockFactsSchema,
  options: ScreenLockOptionsSchema,
  windowsScripts: [WINDOWS_LOCK_SCRIPT, CONSOLE_LOCK_SCRIPT],
  collect: perPlatform<ScreenLockFacts>({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os) => ({
    os,
    method: null,
    enabled: null,
    seconds: null,
    reason: reason('unsupported', undefined, os),
  })),
  evaluate: (facts, { options, platform }) => evaluateScreenLock(facts, options, platform),
});
