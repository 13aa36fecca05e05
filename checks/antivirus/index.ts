/**
 * antivirus: is malware protection on and current? Windows: Microsoft Defender's real-time protection
 * and signature age, or another product registered with Windows Security Center. macOS: the age of
 * XProtect, Apple's built-in signatures. Linux: not expected of a home-office desktop (skipped).
 * NSM Grunnprinsipper 3.1.3 (anti-malware); nettvett: updates and antivirus.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { perPlatform } from '../lib/platform.js';
import { parsePowershellJson, POWERSHELL, powershellArgs } from '../lib/powershell.js';
import { commandReason } from '../lib/reason.js';
import { messages, type AntivirusMessage } from './messages.js';
import { ageDays, parseDefenderJson } from './parse.js';

export const AntivirusFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos'),
  method: z.enum(['defender', 'xprotect']).nullable().describe('where the state was read: Get-MpComputerStatus, or the XProtect bundle; null when nothing could be read'),
  active: z.boolean().nullable().describe('Windows: Microsoft Defender is the active antivirus (not off, not passive); macOS: XProtect is present'),
  realTime: z.boolean().nullable().describe('Windows: Defender\u2019s real-time protection is on; null when not told'),
  signatureAgeDays: z.number().int().min(0).nullable().describe('whole days since the signatures were last updated; null when unread'),
  others: z.array(z.string().max(80)).describe('Windows: display names of other antivirus products registered with Windows Security Center'),
  reason: ReasonSchema.nullable().describe('why nothing could be read'),
});
export type AntivirusFacts = z.infer<typeof AntivirusFactsSchema>;

export const AntivirusOptionsSchema = z
  .object({
    maxSignatureAgeDays: z.number().int().positive().default(7).describe('Windows: days before Defender\u2019s virus definitions count as out of date (Defender updates several times a day)'),
    maxXprotectAgeDays: z.number().int().positive().default(60).describe('macOS: days before XProtect\u2019s definitions count as out of date (Apple updates them every few weeks)'),
  })
  .describe('how old the malware definitions may be');
export type AntivirusOptions = z.infer<typeof AntivirusOptionsSchema>;

export const DEFENDER_SCRIPT =
  '$s=$null;try{$s=Get-MpComputerStatus}catch{};' +
  "$p=@(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntivirusProduct -ErrorAction SilentlyContinue|ForEach-Object{$_.displayName});" +
  '$u=$null;if($s -and $s.AntivirusSignatureLastUpdated){$u=$s.AntivirusSignatureLastUpdated.ToUniversalTime().ToString(\'o\')};' +
  '[pscustomobject]@{amServiceEnabled=$s.AMServiceEnabled;antivirusEnabled=$s.AntivirusEnabled;realTime=$s.RealTimeProtectionEnabled;' +
  'runningMode=$s.AMRunningMode;signatureUpdated=$u;products=$p}|ConvertTo-Json -Compress';

/** XProtect's bundle; its Info.plist changes with every signature update. */
export const XPROTECT_PLIST = '/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist';

const nothing = { method: null, active: null, realTime: null, signatureAgeDays: null, others: [] };

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<AntivirusFacts> {
  const r = await probe.run(POWERSHELL, powershellArgs(DEFENDER_SCRIPT), { timeoutMs: 20_000, signal });
  if (r.failure || r.code !== 0) return { os: 'windows', ...nothing, reason: commandReason(POWERSHELL, r) };
  const json = parsePowershellJson(r.stdout);
  const state = parseDefenderJson(json);
  if (!state) return { os: 'windows', ...nothing, reason: commandReason(POWERSHELL, r, json === null ? 'no JSON' : 'no antivirus state') };
  return { os: 'windows', method: 'defender', active: state.active, realTime: state.realTime, signatureAgeDays: ageDays(probe.now(), state.signatureUpdated), others: state.others, reason: null };
}

async function collectMac(probe: Probe): Promise<AntivirusFacts> {
  const st = await probe.stat(XPROTECT_PLIST);
  if (!st) return { os: 'macos', ...nothing, reason: reason('not-found', 'XProtect') };
  const age = Math.max(0, Math.floor((probe.now().getTime() - st.mtimeMs) / 86_400_000));
  return { os: 'macos', method: 'xprotect', active: true, realTime: null, signatureAgeDays: age, others: [], reason: null };
}

/**
 * Fixes per OS. Windows Security opens at Virus & threat protection settings with
 * windowsdefender://threatsettings and at Virus & threat protection with windowsdefender://threat;
 * macOS 13+ opens Software Update with com.apple.Software-Update-Settings.extension, macOS 12 with
 * com.apple.preferences.softwareupdate (both as listed in bvanpeski/SystemPreferences).
 */
const TURN_ON: FixTable<AntivirusMessage> = {
  windows: [{ id: 'fix.windows', link: 'windowsdefender://threatsettings' }],
  other: 'fix.unknown',
};
const UPDATE: FixTable<AntivirusMessage> = {
  windows: [{ id: 'fix.update', link: 'windowsdefender://threat' }],
  macos: [
    { id: 'fix.macos.12', link: 'x-apple.systempreferences:com.apple.preferences.softwareupdate', when: { macosMajor: { below: 13 } } },
    { id: 'fix.macos', link: 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension' },
  ],
  other: 'fix.unknown',
};

function fixOf(table: FixTable<AntivirusMessage>, platform: { os: string; release: string }) {
  const fix = pickFix(table, osVersionOf(platform));
  return fix ? { remediation: [{ id: fix.id }], ...(fix.link ? { link: fix.link } : {}) } : {};
}

export function evaluateAntivirus(facts: AntivirusFacts, options: AntivirusOptions, platform = { os: facts.os, release: '' }): Finding<AntivirusMessage> {
  const macos = facts.os === 'macos';
  const unknownFix = { remediation: [{ id: 'fix.unknown' as const }] };
  if (!facts.method) return { status: 'unknown', summary: [{ id: 'unknown' }], ...unknownFix, reason: facts.reason ?? reason('internal') };
  if (facts.active === false) {
    if (facts.others.length > 0) return { status: 'unknown', summary: [{ id: 'other', params: { products: facts.others.join(', ') } }], remediation: [{ id: 'fix.other' }], reason: reason('unsupported', 'Get-MpComputerStatus', 'another antivirus product is active; its state is not read') };
    return { status: 'fail', summary: [{ id: 'off' }], ...fixOf(TURN_ON, platform) };
  }
  if (facts.realTime === false) return { status: 'fail', summary: [{ id: 'realtime-off' }], ...fixOf(TURN_ON, platform) };
  // Windows: an active Defender whose real-time state was not told is not claimed to protect
  if (!macos && facts.realTime === null) return { status: 'unknown', summary: [{ id: 'realtime-unknown' }], ...unknownFix, reason: reason('unreadable', 'Get-MpComputerStatus', 'RealTimeProtectionEnabled missing') };
  if (facts.signatureAgeDays === null) return { status: 'unknown', summary: [{ id: 'age-unknown' }], ...unknownFix, reason: reason('unreadable', 'Get-MpComputerStatus', 'AntivirusSignatureLastUpdated missing') };
  const max = macos ? options.maxXprotectAgeDays : options.maxSignatureAgeDays;
  if (facts.signatureAgeDays > max) return { status: 'warn', summary: [{ id: macos ? 'stale.macos' : 'stale', params: { days: facts.signatureAgeDays } }], ...fixOf(UPDATE, platform) };
  return { status: 'pass', summary: [{ id: macos ? 'on.macos' : 'on' }] };
}

export default defineCheck({
  id: 'antivirus',
  category: 'device',
  weight: 4,
  sources: ['nsm-grunnprinsipper', 'nettvett-hjemmekontor'],
  messages,
  facts: AntivirusFactsSchema,
  options: AntivirusOptionsSchema,
  platforms: ['win32', 'darwin'],
  timeoutMs: 30_000,
  collect: perPlatform({ win32: collectWindows, darwin: (probe) => collectMac(probe) }, (os) => ({ os, ...nothing, reason: reason('unsupported', undefined, os) })),
  evaluate: (facts, { options, platform }) => evaluateAntivirus(facts, options, platform),
});
