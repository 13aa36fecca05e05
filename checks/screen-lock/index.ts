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
import { parsePowershellJson, POWERSHELL, powershellArgs } from '../lib/powershell.js';
import { commandReason } from '../lib/reason.js';
import { messages, type ScreenLockMessage } from './messages.js';
import { gnomeLock, parseGvariantBool, parseGvariantUint, parseSysadminctlScreenLock, windowsLock, type WindowsLockValues } from './parse.js';

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

export const ScreenLockFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  method: z.enum(['registry', 'gsettings', 'sysadminctl']).nullable().describe('where the lock setting was read; null when nothing could be read'),
  enabled: z.boolean().nullable().describe('the screen locks by itself after inactivity; null when unread'),
  seconds: z.number().min(0).nullable().describe('seconds of inactivity before the screen locks, when known'),
  reason: ReasonSchema.nullable().describe('why the lock or its delay could not be read'),
});
export type ScreenLockFacts = z.infer<typeof ScreenLockFactsSchema>;

export const WINDOWS_LOCK_SCRIPT =
  "$d=Get-ItemProperty 'HKCU:\\Control Panel\\Desktop' -ErrorAction SilentlyContinue;" +
  "$p=Get-ItemProperty 'HKCU:\\Software\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop' -ErrorAction SilentlyContinue;" +
  "$m=Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System' -ErrorAction SilentlyContinue;" +
  '[pscustomobject]@{active=$d.ScreenSaveActive;secure=$d.ScreenSaverIsSecure;timeout=$d.ScreenSaveTimeOut;' +
  'policyActive=$p.ScreenSaveActive;policySecure=$p.ScreenSaverIsSecure;policyTimeout=$p.ScreenSaveTimeOut;inactivity=$m.InactivityTimeoutSecs}|ConvertTo-Json -Compress';

const failed = (r: CommandResult) => Boolean(r.failure) || r.code !== 0;

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  const r = await probe.run(POWERSHELL, powershellArgs(WINDOWS_LOCK_SCRIPT), { timeoutMs: 15_000, signal });
  const json = failed(r) ? null : parsePowershellJson(r.stdout);
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { os: 'windows', method: null, enabled: null, seconds: null, reason: commandReason('powershell', r, failed(r) ? undefined : 'printed no JSON object') };
  }
  const lock = windowsLock(json as WindowsLockValues);
  if (lock.enabled === null) {
    return { os: 'windows', method: null, ...lock, reason: reason('not-found', 'registry', 'no lock policy and no password-protected screen saver; whether sleep locks is not read') };
  }
  return { os: 'windows', method: 'registry', ...lock, reason: null };
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  const r = await probe.run('sysadminctl', ['-screenLock', 'status'], { timeoutMs: 10_000, signal });
  const parsed = r.failure ? null : parseSysadminctlScreenLock(`${r.stderr}\n${r.stdout}`);
  if (!parsed) return { os: 'macos', method: null, enabled: null, seconds: null, reason: commandReason('sysadminctl', r, r.failure || r.code !== 0 ? undefined : 'no screenLock line') };
  if (!parsed.enabled) return { os: 'macos', method: 'sysadminctl', enabled: false, seconds: null, reason: null };
  // the delay counts from the screen saver or display sleep, whose own idle time is not read here
  return { os: 'macos', method: 'sysadminctl', enabled: true, seconds: null, reason: reason('unsupported', undefined, 'the idle time before the screen saver or display sleep is not read') };
}

async function gsetting(probe: Probe, schema: string, key: string, signal: AbortSignal): Promise<CommandResult> {
  return probe.run('gsettings', ['get', schema, key], { timeoutMs: 5_000, signal });
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  const none = { os: 'linux', method: null, enabled: null, seconds: null } as const;
  // gsettings answers its defaults even without a desktop: only a running GNOME Shell makes them real
  const ps = await probe.run('ps', ['-A', '-o', 'comm='], { timeoutMs: 10_000, signal });
  if (failed(ps)) return { ...none, reason: commandReason('ps', ps) };
  const procs = ps.stdout.split('\n').map((l) => l.trim());
  if (!procs.includes('gnome-shell')) {
    return { ...none, reason: procs.includes('plasmashell') ? reason('unsupported', 'plasmashell', 'KDE Plasma: its screen locker settings are not read') : reason('no-session', undefined, 'no GNOME Shell running') };
  }
  const lockR = await gsetting(probe, 'org.gnome.desktop.screensaver', 'lock-enabled', signal);
  const idleR = await gsetting(probe, 'org.gnome.desktop.session', 'idle-delay', signal);
  const delayR = await gsetting(probe, 'org.gnome.desktop.screensaver', 'lock-delay', signal);
  const lockOn = failed(lockR) ? null : parseGvariantBool(lockR.stdout);
  const idle = failed(idleR) ? null : parseGvariantUint(idleR.stdout);
  const delay = failed(delayR) ? null : parseGvariantUint(delayR.stdout);
  const lock = gnomeLock(lockOn, idle, delay);
  if (lock.enabled === null) return { ...none, reason: commandReason('gsettings', lockR, failed(lockR) ? undefined : 'lock-enabled is not a boolean') };
  const why = lock.enabled && lock.seconds === null ? commandReason('gsettings', idleR, failed(idleR) ? undefined : 'idle-delay is not a number') : null;
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

export function evaluateScreenLock(facts: ScreenLockFacts, options: ScreenLockOptions = { maxMinutes: 15 }, platform = { os: facts.os, release: '' }): Finding<ScreenLockMessage> {
  const max = options.maxMinutes;
  const fix = pickFix(FIX, osVersionOf(platform));
  const fixing = fix ? { remediation: [{ id: fix.id, params: { max } }], ...(fix.link ? { link: fix.link } : {}) } : {};
  const unknown = (id: ScreenLockMessage): Finding<ScreenLockMessage> => ({ status: 'unknown', summary: [{ id }], remediation: [{ id: 'fix.unknown', params: { max } }], reason: facts.reason ?? reason('internal') });
  if (facts.enabled === false) return { status: 'fail', summary: [{ id: 'off' }], ...fixing };
  if (facts.enabled === null) return unknown('unknown');
  if (facts.seconds === null) return unknown('on-no-time');
  const minutes = Math.round(facts.seconds / 60);
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
  collect: perPlatform<ScreenLockFacts>({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os) => ({ os, method: null, enabled: null, seconds: null, reason: reason('unsupported', undefined, os) })),
  evaluate: (facts, { options, platform }) => evaluateScreenLock(facts, options, platform),
});
