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
import { parsePowershellJson, powershellSection, sectionReason } from '../lib/powershell.js';
import { messages, type AntivirusMessage } from './messages.js';
import { ageDays, parseAntivirusJson } from './parse.js';

const ProductSchema = z
  .object({
    name: z.string().max(80).describe('the product\u2019s display name as Windows Security Center lists it (a product name, not an identifier)'),
    enabled: z.boolean().nullable().describe('real-time protection on, from Security Center\u2019s productState; null when the state is missing or unknown'),
    upToDate: z.boolean().nullable().describe('the definitions are up to date, from productState; null when unknown'),
  })
  .describe('an antivirus product registered with Windows Security Center');

export const AntivirusFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos'),
  method: z
    .enum(['defender', 'security-center', 'xprotect'])
    .nullable()
    .describe(
      'where the state was read: Get-MpComputerStatus, Windows Security Center (another product protects), or the XProtect bundle; null when nothing could be read',
    ),
  active: z
    .boolean()
    .nullable()
    .describe('Windows: Microsoft Defender is the active antivirus (not off, not passive); macOS: XProtect is present; null when not told'),
  realTime: z.boolean().nullable().describe('Windows: Defender\u2019s real-time protection is on; null when not told'),
  signatureAgeDays: z
    .number()
    .int()
    .min(0)
    .nullable()
    .describe('whole days since Defender\u2019s or XProtect\u2019s definitions were last updated; null when unread'),
  thirdParty: z
    .array(ProductSchema)
    .nullable()
    .describe('Windows: antivirus products other than Microsoft Defender registered with Windows Security Center; null when Security Center could not be read'),
  xprotectBundle: z
    .enum(['protected', 'legacy'])
    .nullable()
    .describe('macOS: the XProtect bundle read: protected (/var/protected/xprotect, the live copy since macOS 15) or legacy (CoreServices); null elsewhere'),
  reason: ReasonSchema.nullable().describe('why nothing could be read'),
});
export type AntivirusFacts = z.infer<typeof AntivirusFactsSchema>;

export const AntivirusOptionsSchema = z
  .object({
    maxSignatureAgeDays: z
      .number()
      .int()
      .positive()
      .default(7)
      .describe('Windows: days before Defender\u2019s virus definitions count as out of date (Defender updates several times a day)'),
    maxXprotectAgeDays: z
      .number()
      .int()
      .positive()
      .default(60)
      .describe('macOS: days before XProtect\u2019s definitions count as out of date (Apple updates them every few weeks)'),
  })
  .describe('how old the malware definitions may be');
export type AntivirusOptions = z.infer<typeof AntivirusOptionsSchema>;

/**
 * One PowerShell start, each source in its own try: Get-MpComputerStatus throws (0x800106ba) when
 * Defender is off because another product protects, and Security Center is missing on Windows
 * Server. Only display names and productState numbers leave PowerShell.
 */
export const DEFENDER_SCRIPT =
  '$s=$null;try{$s=Get-MpComputerStatus}catch{};' +
  '$p=$null;try{$p=@(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct -ErrorAction Stop|ForEach-Object{[pscustomobject]@{name=[string]$_.displayName;state=[long]$_.productState}})}catch{};' +
  "$u=$null;if($s -and $s.AntivirusSignatureLastUpdated){$u=$s.AntivirusSignatureLastUpdated.ToUniversalTime().ToString('o')};" +
  '[pscustomobject]@{amServiceEnabled=$s.AMServiceEnabled;antivirusEnabled=$s.AntivirusEnabled;realTime=$s.RealTimeProtectionEnabled;' +
  'runningMode=$s.AMRunningMode;signatureUpdated=$u;products=$p}|ConvertTo-Json -Compress -Depth 3';

/**
 * XProtect's bundles; the Info.plist changes with every definitions update. Since macOS 15 the live
 * copy is in /var/protected/xprotect (updated over iCloud; from 15.2 the only one XProtect uses
 * first), the CoreServices copy only a fallback that softwareupdate may leave behind (Howard Oakley,
 * "How XProtect has changed in macOS Sequoia", and "XProtect has changed again in macOS Sequoia
 * 15.2", eclecticlight.co).
 */
export const XPROTECT_PROTECTED_PLIST = '/var/protected/xprotect/XProtect.bundle/Contents/Info.plist';
export const XPROTECT_PLIST = '/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist';

const nothing = { method: null, active: null, realTime: null, signatureAgeDays: null, thirdParty: null, xprotectBundle: null };

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<AntivirusFacts> {
  const r = await powershellSection(probe, DEFENDER_SCRIPT, 20_000, signal);
  if (r.failure || r.code !== 0) return { os: 'windows', ...nothing, reason: sectionReason(r) };
  const json = parsePowershellJson(r.stdout);
  const state = parseAntivirusJson(json);
  if (!state) return { os: 'windows', ...nothing, reason: sectionReason(r, json === null ? 'no JSON' : 'neither Defender nor Security Center answered') };
  const { defender, thirdParty } = state;
  const told = defender.active !== null || defender.signatureUpdated !== null;
  return {
    os: 'windows',
    method: told ? 'defender' : 'security-center',
    active: defender.active,
    realTime: defender.realTime,
    signatureAgeDays: ageDays(probe.now(), defender.signatureUpdated),
    thirdParty,
    xprotectBundle: null,
    reason: null,
  };
}

async function collectMac(probe: Probe): Promise<AntivirusFacts> {
  const live = await probe.stat(XPROTECT_PROTECTED_PLIST);
  const st = live ?? (await probe.stat(XPROTECT_PLIST));
  if (!st) return { os: 'macos', ...nothing, reason: reason('not-found', 'XProtect') };
  const age = Math.max(0, Math.floor((probe.now().getTime() - st.mtimeMs) / 86_400_000));
  return {
    os: 'macos',
    method: 'xprotect',
    active: true,
    realTime: null,
    signatureAgeDays: age,
    thirdParty: null,
    xprotectBundle: live ? 'protected' : 'legacy',
    reason: null,
  };
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

/** the products' names, each once: joined when the sentence is put into words ("A, B og C") */
const names = (list: readonly { name: string }[]) => [...new Set(list.map((p) => p.name))];

/** Another product protects (Defender is off or passive): judged from Security Center's productState. */
function evaluateThirdParty(facts: AntivirusFacts): Finding<AntivirusMessage> | null {
  const products = facts.thirdParty ?? [];
  if (products.length === 0) return null;
  const on = products.filter((p) => p.enabled === true);
  if (on.length > 0) {
    const current = on.filter((p) => p.upToDate !== false);
    if (current.length > 0) {
      if (current.some((p) => p.upToDate === true)) return { status: 'pass', summary: [{ id: 'third-party.on', params: { products: names(current) } }] };
      return {
        status: 'unknown',
        summary: [{ id: 'other', params: { products: names(current) } }],
        remediation: [{ id: 'fix.other' }],
        reason: reason('unreadable', 'SecurityCenter2', 'productState: signature status not one of the known values'),
      };
    }
    return { status: 'warn', summary: [{ id: 'third-party.stale', params: { products: names(on) } }], remediation: [{ id: 'fix.other' }] };
  }
  const off = products.filter((p) => p.enabled === false);
  if (off.length > 0 && off.length === products.length)
    return { status: 'fail', summary: [{ id: 'third-party.off', params: { products: names(off) } }], remediation: [{ id: 'fix.other' }] };
  return {
    status: 'unknown',
    summary: [{ id: 'other', params: { products: names(products) } }],
    remediation: [{ id: 'fix.other' }],
    reason: reason('unreadable', 'SecurityCenter2', 'productState missing or not one of the known values'),
  };
}

export function evaluateAntivirus(facts: AntivirusFacts, options: AntivirusOptions, platform = { os: facts.os, release: '' }): Finding<AntivirusMessage> {
  const macos = facts.os === 'macos';
  const unknownFix = { remediation: [{ id: 'fix.unknown' as const }] };
  if (!facts.method) return { status: 'unknown', summary: [{ id: 'unknown' }], ...unknownFix, reason: facts.reason ?? reason('internal') };
  if (!macos && facts.active !== true) {
    // Defender off, passive, or not answering (Get-MpComputerStatus throws when another product protects)
    const other = evaluateThirdParty(facts);
    if (other) return other;
    if (facts.active === false) return { status: 'fail', summary: [{ id: 'off' }], ...fixOf(TURN_ON, platform) };
    return {
      status: 'unknown',
      summary: [{ id: 'unknown' }],
      ...unknownFix,
      reason: reason('unreadable', 'Get-MpComputerStatus', 'Defender\u2019s state not told and no other product registered'),
    };
  }
  if (facts.realTime === false) return { status: 'fail', summary: [{ id: 'realtime-off' }], ...fixOf(TURN_ON, platform) };
  // Windows: an active Defender whose real-time state was not told is not claimed to protect
  if (!macos && facts.realTime === null)
    return {
      status: 'unknown',
      summary: [{ id: 'realtime-unknown' }],
      ...unknownFix,
      reason: reason('unreadable', 'Get-MpComputerStatus', 'RealTimeProtectionEnabled missing'),
    };
  if (facts.signatureAgeDays === null)
    return {
      status: 'unknown',
      summary: [{ id: 'age-unknown' }],
      ...unknownFix,
      reason: reason('unreadable', 'Get-MpComputerStatus', 'AntivirusSignatureLastUpdated missing'),
    };
  const max = macos ? options.maxXprotectAgeDays : options.maxSignatureAgeDays;
  if (facts.signatureAgeDays > max)
    return { status: 'warn', summary: [{ id: macos ? 'stale.macos' : 'stale', params: { days: facts.signatureAgeDays } }], ...fixOf(UPDATE, platform) };
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
  windowsScripts: [DEFENDER_SCRIPT],
  collect: perPlatform({ win32: collectWindows, darwin: (probe) => collectMac(probe) }, (os) => ({
    os,
    ...nothing,
    reason: reason('unsupported', undefined, os),
  })),
  evaluate: (facts, { options, platform }) => evaluateAntivirus(facts, options, platform),
});
