/**
 * screen-lock: does the screen lock by itself, and how soon? Normen faktaark 29 (lock the screen),
 * nettvett "Jobb trygt på hjemmekontoret" (lock or log off), the Bar Association's IT advice
 * (auto-lock). A household member or visitor must not reach an unlocked work session.
 */
import { defineLegacyCheck, type LegacyFinding as Finding } from '../../src/check.js';
import { msg } from '../../src/i18n/index.js';
import type { Probe } from '../../src/probe/types.js';
import { runPowershellJson } from '../lib/powershell.js';
import { gnomeLock, parseGvariantBool, parseGvariantUint, parseSysadminctlScreenLock, windowsLock, type WindowsLockValues } from './parse.js';
import { perPlatform } from '../lib/platform.js';

/** Longest inactivity before the lock that passes: 15 minutes, the limit CIS benchmarks use for Windows and macOS. */
export const MAX_LOCK_SECONDS = 900;

export interface ScreenLockFacts {
  [key: string]: unknown;
  os: string;
  method: 'registry' | 'gsettings' | 'sysadminctl' | null;
  enabled: boolean | null;
  seconds: number | null;
  reason: string | null;
}

export const WINDOWS_LOCK_SCRIPT =
  "$d=Get-ItemProperty 'HKCU:\\Control Panel\\Desktop' -ErrorAction SilentlyContinue;" +
  "$p=Get-ItemProperty 'HKCU:\\Software\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop' -ErrorAction SilentlyContinue;" +
  "$m=Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System' -ErrorAction SilentlyContinue;" +
  '[pscustomobject]@{active=$d.ScreenSaveActive;secure=$d.ScreenSaverIsSecure;timeout=$d.ScreenSaveTimeOut;' +
  'policyActive=$p.ScreenSaveActive;policySecure=$p.ScreenSaverIsSecure;policyTimeout=$p.ScreenSaveTimeOut;inactivity=$m.InactivityTimeoutSecs}|ConvertTo-Json -Compress';

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  const ps = await runPowershellJson(probe, WINDOWS_LOCK_SCRIPT, signal);
  if (ps.json === null || typeof ps.json !== 'object') return { os: 'windows', method: null, enabled: null, seconds: null, reason: ps.reason };
  const lock = windowsLock(ps.json as WindowsLockValues);
  return { os: 'windows', method: 'registry', ...lock, reason: lock.enabled === null ? 'no lock policy and no password-protected screen saver; whether sleep locks is not readable' : null };
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  const r = await probe.run('sysadminctl', ['-screenLock', 'status'], { timeoutMs: 10_000, signal });
  const parsed = r.failure ? null : parseSysadminctlScreenLock(`${r.stderr}\n${r.stdout}`);
  if (!parsed) return { os: 'macos', method: null, enabled: null, seconds: null, reason: r.failure ? `sysadminctl ${r.failure}` : 'sysadminctl gave no screen lock state' };
  // the delay counts from the screen saver or display sleep, whose own idle time is not read here
  return { os: 'macos', method: 'sysadminctl', enabled: parsed.enabled, seconds: null, reason: parsed.enabled ? 'the idle time before the screen saver is not read' : null };
}

async function gsetting(probe: Probe, schema: string, key: string, signal: AbortSignal): Promise<string | null> {
  const r = await probe.run('gsettings', ['get', schema, key], { timeoutMs: 5_000, signal });
  return r.failure || r.code !== 0 ? null : r.stdout;
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<ScreenLockFacts> {
  // gsettings answers its defaults even without a desktop: only a running GNOME Shell makes them real
  const ps = await probe.run('ps', ['-A', '-o', 'comm='], { timeoutMs: 10_000, signal });
  const procs = ps.failure ? [] : ps.stdout.split('\n').map((l) => l.trim());
  if (!procs.includes('gnome-shell')) {
    const kde = procs.includes('plasmashell');
    return { os: 'linux', method: null, enabled: null, seconds: null, reason: kde ? 'KDE Plasma: its screen locker settings are not read' : 'no GNOME desktop session found' };
  }
  const lockText = await gsetting(probe, 'org.gnome.desktop.screensaver', 'lock-enabled', signal);
  const idleText = await gsetting(probe, 'org.gnome.desktop.session', 'idle-delay', signal);
  const delayText = await gsetting(probe, 'org.gnome.desktop.screensaver', 'lock-delay', signal);
  const lock = gnomeLock(lockText === null ? null : parseGvariantBool(lockText), idleText === null ? null : parseGvariantUint(idleText), delayText === null ? null : parseGvariantUint(delayText));
  return { os: 'linux', method: lock.enabled === null ? null : 'gsettings', ...lock, reason: lock.enabled === null ? 'gsettings gave no lock setting' : null };
}

export function evaluateScreenLock(facts: ScreenLockFacts): Finding {
  const out = { ...facts };
  if (facts.enabled === false) return { status: 'fail', summary: [msg('lock.off')], remediation: [msg(`lock.fix.${facts.os === 'macos' ? 'macos' : facts.os === 'windows' ? 'windows' : 'linux'}`)], facts: out };
  if (facts.enabled === null) return { status: 'unknown', summary: [msg('lock.unknown', { reason: facts.reason ?? 'no data' })], remediation: [msg('lock.fix.unknown')], facts: out };
  if (facts.seconds === null) return { status: 'unknown', summary: [msg('lock.on-no-time')], remediation: [msg('lock.fix.unknown')], facts: out };
  const minutes = Math.round(facts.seconds / 60);
  if (facts.seconds > MAX_LOCK_SECONDS) {
    return { status: 'warn', summary: [msg('lock.slow', { minutes, max: MAX_LOCK_SECONDS / 60 })], remediation: [msg(`lock.fix.${facts.os === 'windows' ? 'windows' : 'linux'}`)], facts: out };
  }
  return { status: 'pass', summary: [msg('lock.on', { minutes: Math.max(minutes, facts.seconds > 0 ? 1 : 0) })], remediation: [], facts: out };
}

export default defineLegacyCheck<ScreenLockFacts>({
  id: 'screen-lock',
  category: 'device',
  weight: 3,
  sources: ['normen-faktaark-29', 'nettvett-hjemmekontor'],
  title: 'lock.title',
  collect: perPlatform({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os, reason) => ({ os, method: null, enabled: null, seconds: null, reason })),
  evaluate: (facts) => evaluateScreenLock(facts),
});
