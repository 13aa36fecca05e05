/**
 * antivirus: is malware protection on and current? Windows: Microsoft Defender's real-time protection
 * and signature age, or another product registered with Windows Security Center. macOS: the age of
 * XProtect, Apple's built-in signatures. Linux: not expected of a home-office desktop (skipped).
 * NSM Grunnprinsipper 3.1.3 (anti-malware); nettvett: updates and antivirus.
 */
import { defineLegacyCheck, type LegacyFinding as Finding } from '../../src/check.js';
import { msg } from '../../src/i18n/index.js';
import type { Probe } from '../../src/probe/types.js';
import { runPowershellJson } from '../lib/powershell.js';
import { ageDays, parseDefenderJson } from './parse.js';

/** Signatures older than this warn; Defender updates several times a day, XProtect every few weeks. */
export const MAX_SIGNATURE_AGE_DAYS = { windows: 7, macos: 60 } as const;

export interface AntivirusFacts {
  [key: string]: unknown;
  os: string;
  method: 'defender' | 'xprotect' | null;
  active: boolean | null;
  realTime: boolean | null;
  signatureAgeDays: number | null;
  others: string[];
  reason: string | null;
}

export const DEFENDER_SCRIPT =
  '$s=$null;try{$s=Get-MpComputerStatus}catch{};' +
  "$p=@(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntivirusProduct -ErrorAction SilentlyContinue|ForEach-Object{$_.displayName});" +
  '$u=$null;if($s -and $s.AntivirusSignatureLastUpdated){$u=$s.AntivirusSignatureLastUpdated.ToUniversalTime().ToString(\'o\')};' +
  '[pscustomobject]@{amServiceEnabled=$s.AMServiceEnabled;antivirusEnabled=$s.AntivirusEnabled;realTime=$s.RealTimeProtectionEnabled;' +
  'runningMode=$s.AMRunningMode;signatureUpdated=$u;products=$p}|ConvertTo-Json -Compress';

/** XProtect's bundle; its Info.plist changes with every signature update. */
export const XPROTECT_PLIST = '/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist';

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<AntivirusFacts> {
  const ps = await runPowershellJson(probe, DEFENDER_SCRIPT, signal, 20_000);
  const state = parseDefenderJson(ps.json);
  if (!state) return { os: 'windows', method: null, active: null, realTime: null, signatureAgeDays: null, others: [], reason: ps.reason ?? 'no antivirus state' };
  return { os: 'windows', method: 'defender', active: state.active, realTime: state.realTime, signatureAgeDays: ageDays(probe.now(), state.signatureUpdated), others: state.others, reason: null };
}

async function collectMac(probe: Probe): Promise<AntivirusFacts> {
  const st = await probe.stat(XPROTECT_PLIST);
  if (!st) return { os: 'macos', method: null, active: null, realTime: null, signatureAgeDays: null, others: [], reason: 'XProtect not found' };
  const age = Math.max(0, Math.floor((probe.now().getTime() - st.mtimeMs) / 86_400_000));
  return { os: 'macos', method: 'xprotect', active: true, realTime: null, signatureAgeDays: age, others: [], reason: null };
}

export function evaluateAntivirus(facts: AntivirusFacts): Finding {
  const out = { ...facts };
  const os = facts.os === 'macos' ? 'macos' : 'windows';
  if (!facts.method) return { status: 'unknown', summary: [msg('av.unknown', { reason: facts.reason ?? 'no data' })], remediation: [msg('av.fix.unknown')], facts: out };
  if (facts.active === false) {
    if (facts.others.length > 0) return { status: 'unknown', summary: [msg('av.other', { products: facts.others.join(', ') })], remediation: [msg('av.fix.other')], facts: out };
    return { status: 'fail', summary: [msg('av.off')], remediation: [msg('av.fix.windows')], facts: out };
  }
  if (facts.realTime === false) return { status: 'fail', summary: [msg('av.realtime-off')], remediation: [msg('av.fix.windows')], facts: out };
  // Windows: an active Defender whose real-time state was not told is not claimed to protect
  if (os === 'windows' && facts.realTime === null) return { status: 'unknown', summary: [msg('av.realtime-unknown')], remediation: [msg('av.fix.unknown')], facts: out };
  if (facts.signatureAgeDays === null) return { status: 'unknown', summary: [msg('av.age-unknown')], remediation: [msg('av.fix.unknown')], facts: out };
  if (facts.signatureAgeDays > MAX_SIGNATURE_AGE_DAYS[os]) {
    return { status: 'warn', summary: [msg('av.stale', { days: facts.signatureAgeDays })], remediation: [msg(os === 'macos' ? 'av.fix.macos' : 'av.fix.update')], facts: out };
  }
  return { status: 'pass', summary: [msg(os === 'macos' ? 'av.on.macos' : 'av.on', { days: facts.signatureAgeDays })], remediation: [], facts: out };
}

export default defineLegacyCheck<AntivirusFacts>({
  id: 'antivirus',
  category: 'device',
  weight: 4,
  sources: ['nsm-grunnprinsipper', 'nettvett-hjemmekontor'],
  title: 'av.title',
  platforms: ['win32', 'darwin'],
  timeoutMs: 30_000,
  async collect({ probe, signal }) {
    return probe.platform.os === 'darwin' ? collectMac(probe) : collectWindows(probe, signal);
  },
  evaluate: (facts) => evaluateAntivirus(facts),
});
