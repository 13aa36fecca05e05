/**
 * managed-device: does an organisation manage this machine? NSM's first home-office advice is
 * "Bruk arbeidsgivers utstyr" (use your employer's equipment; ask IT when in doubt about private
 * equipment). Windows: joined to Active Directory or Microsoft Entra ID, or enrolled in an MDM
 * (Intune and others); macOS: enrolled in an MDM, through Apple's Automated Device Enrollment or by
 * hand; Linux has no standard sign, so only a realmd domain join is read and anything else is
 * `unknown`. The report keeps booleans and the kind of management only: no tenant, domain or
 * server name, no device id.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding, type MeetingContext, type Msg } from '../../src/check.js';
import type { Probe } from '../../src/probe/types.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { perPlatform } from '../lib/platform.js';
import { runPowershellJson } from '../lib/powershell.js';
import { commandReason } from '../lib/reason.js';
import { messages, type ManagedDeviceMessage } from './messages.js';
import { activeMdm, parseProfilesEnrollment, parseRealmList, parseWindowsJson } from './parse.js';

export const MANAGEMENT_KINDS = ['hybrid', 'entra', 'ad', 'realm', 'intune', 'mdm', 'dep'] as const;
export type ManagementKind = (typeof MANAGEMENT_KINDS)[number];

export const ManagedDeviceFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  method: z
    .enum(['powershell', 'profiles', 'realm'])
    .nullable()
    .describe(
      'where the facts were read: powershell (CIM, registry and dsregcmd in the shared PowerShell start), profiles (macOS), realm (Linux realmd); null when nothing could be read',
    ),
  domainJoined: z
    .boolean()
    .nullable()
    .describe(
      'Windows: joined to an Active Directory domain (Win32_ComputerSystem.PartOfDomain, else dsregcmd DomainJoined); Linux: configured for a realmd realm; null when unread or not applicable',
    ),
  entraJoined: z
    .boolean()
    .nullable()
    .describe('Windows: joined to Microsoft Entra ID (a CloudDomainJoin\\JoinInfo key, else dsregcmd AzureAdJoined); null when unread or not applicable'),
  workplaceJoined: z
    .boolean()
    .nullable()
    .describe(
      'Windows: a work or school account is registered on the machine (dsregcmd WorkplaceJoined): access, not management; null when unread or not applicable',
    ),
  mdmEnrolled: z
    .boolean()
    .nullable()
    .describe(
      'enrolled in an MDM (Windows: an enrollment with a ProviderID in HKLM\\SOFTWARE\\Microsoft\\Enrollments, state enrolled; macOS: "MDM enrollment: Yes"); null when unread or not applicable',
    ),
  mdmProvider: z
    .enum(['intune', 'other'])
    .nullable()
    .describe('Windows: intune when the enrollment is Microsoft Intune\u2019s (ProviderID MS DM Server), other for another MDM; null when none'),
  dep: z
    .boolean()
    .nullable()
    .describe(
      'macOS: enrolled through Automated Device Enrollment (Apple Business or School Manager; "Enrolled via DEP: Yes"); null when unread or not applicable',
    ),
  userApproved: z.boolean().nullable().describe('macOS: the MDM enrollment is user approved; null when unread or not applicable'),
  kinds: z
    .array(
      z
        .enum(MANAGEMENT_KINDS)
        .describe('hybrid: AD and Entra ID; entra; ad; realm (Linux realmd); intune; mdm: another MDM; dep: Apple Automated Device Enrollment'),
    )
    .describe('the kinds of management found, from the booleans above; empty when none'),
  reason: ReasonSchema.nullable().describe('why some or all of it could not be read'),
});
export type ManagedDeviceFacts = z.infer<typeof ManagedDeviceFactsSchema>;

export const ManagedDeviceOptionsSchema = z
  .object({
    failWhen: z
      .enum(['always', 'yellow', 'red', 'never'])
      .default('red')
      .describe(
        'when a machine no organisation manages fails rather than warns: always; yellow (meetings with yellow, red or black data, or an unknown class); red (red or black data, or an unknown class: NSM advises the employer\u2019s equipment, the default); never',
      ),
  })
  .describe('how a machine no organisation manages is judged');
export type ManagedDeviceOptions = z.infer<typeof ManagedDeviceOptionsSchema>;

/**
 * Windows, in the shared PowerShell start (Constrained Language Mode safe): Win32_ComputerSystem's
 * PartOfDomain (a boolean), the number of Entra joins under CloudDomainJoin\JoinInfo (0 when the key
 * is not there, null when it cannot be read), each enrollment's ProviderID and EnrollmentState (only
 * those; the UPN, tenant and server stay on the machine) and, as a second opinion, the four
 * `key : YES|NO` join lines of `dsregcmd /status` (not all Windows versions or accounts can run it).
 */
export const MANAGED_SCRIPT =
  '$pd=$null;try{$pd=[bool](Get-CimInstance -ClassName Win32_ComputerSystem -ErrorAction Stop).PartOfDomain}catch{};' +
  "$jp='HKLM:\\SYSTEM\\CurrentControlSet\\Control\\CloudDomainJoin\\JoinInfo';$cj=0;" +
  'if(Test-Path -Path $jp){$cj=$null;try{$cj=@(Get-ChildItem -Path $jp -ErrorAction Stop).Count}catch{}};' +
  "$ep='HKLM:\\SOFTWARE\\Microsoft\\Enrollments';$en=@();$er=$true;" +
  'if(Test-Path -Path $ep){try{$en=@(Get-ChildItem -Path $ep -ErrorAction Stop|ForEach-Object{Get-ItemProperty -Path $_.PSPath -ErrorAction SilentlyContinue}|Where-Object{$_.ProviderID}|ForEach-Object{[pscustomobject]@{provider=[string]$_.ProviderID;state=[string]$_.EnrollmentState}})}catch{$er=$false}};' +
  "$ds=@();try{$ds=@(dsregcmd.exe /status|Where-Object{$_ -match '^\\s*(AzureAdJoined|EnterpriseJoined|DomainJoined|WorkplaceJoined)\\s*:\\s*[A-Za-z]+\\s*$'}|ForEach-Object{$_.Trim()})}catch{};" +
  '[pscustomobject]@{partOfDomain=$pd;cloudJoins=$cj;enrollmentsRead=$er;enrollments=$en;dsreg=$ds}|ConvertTo-Json -Compress -Depth 3';

export const PROFILES = '/usr/bin/profiles';
export const PROFILES_ARGS = ['status', '-type', 'enrollment'];
export const REALM_ARGS = ['list'];

const NONE = { domainJoined: null, entraJoined: null, workplaceJoined: null, mdmEnrolled: null, mdmProvider: null, dep: null, userApproved: null } as const;

/** The kinds of management the booleans show: one join kind at most, then the MDM. */
export function kindsOf(f: Pick<ManagedDeviceFacts, 'domainJoined' | 'entraJoined' | 'mdmEnrolled' | 'mdmProvider' | 'dep' | 'os'>): ManagementKind[] {
  const kinds: ManagementKind[] = [];
  if (f.entraJoined && f.domainJoined) kinds.push('hybrid');
  else if (f.entraJoined) kinds.push('entra');
  else if (f.domainJoined) kinds.push(f.os === 'linux' ? 'realm' : 'ad');
  if (f.mdmEnrolled) kinds.push(f.dep ? 'dep' : f.mdmProvider === 'intune' ? 'intune' : 'mdm');
  return kinds;
}

const withKinds = (f: Omit<ManagedDeviceFacts, 'kinds'>): ManagedDeviceFacts => ({ ...f, kinds: kindsOf(f) });

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<ManagedDeviceFacts> {
  const ps = await runPowershellJson(probe, MANAGED_SCRIPT, signal);
  const read = parseWindowsJson(ps.json);
  if (!read) return withKinds({ os: 'windows', method: null, ...NONE, reason: ps.why ?? reason('unreadable', 'powershell') });
  const { dsreg } = read;
  // either source saying yes is a join; no from the one that could be read is no
  const domainJoined = read.partOfDomain === true || dsreg.DomainJoined === true ? true : (read.partOfDomain ?? dsreg.DomainJoined ?? null);
  const entraJoined = (read.cloudJoins ?? 0) > 0 || dsreg.AzureAdJoined === true ? true : read.cloudJoins === 0 || dsreg.AzureAdJoined === false ? false : null;
  const mdm = activeMdm(read.enrollments);
  const unread = [domainJoined === null ? 'Win32_ComputerSystem' : '', entraJoined === null ? 'CloudDomainJoin' : '', mdm === null ? 'Enrollments' : ''].filter(
    Boolean,
  );
  return withKinds({
    os: 'windows',
    method: 'powershell',
    domainJoined,
    entraJoined,
    workplaceJoined: dsreg.WorkplaceJoined ?? null,
    mdmEnrolled: mdm?.enrolled ?? null,
    mdmProvider: mdm?.provider ?? null,
    dep: null,
    userApproved: null,
    reason: unread.length > 0 ? reason('unreadable', 'powershell', `not read: ${unread.join(', ')}`) : null,
  });
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<ManagedDeviceFacts> {
  const r = await probe.run(PROFILES, PROFILES_ARGS, { timeoutMs: 10_000, signal });
  const parsed = r.failure || r.code !== 0 ? null : parseProfilesEnrollment(r.stdout);
  if (!parsed)
    return withKinds({
      os: 'macos',
      method: null,
      ...NONE,
      reason: commandReason(PROFILES, r, r.failure || r.code !== 0 ? undefined : 'no MDM enrollment line'),
    });
  return withKinds({
    os: 'macos',
    method: 'profiles',
    ...NONE,
    mdmEnrolled: parsed.mdm,
    dep: parsed.dep,
    userApproved: parsed.mdm ? parsed.userApproved : null,
    reason: null,
  });
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<ManagedDeviceFacts> {
  const r = await probe.run('realm', REALM_ARGS, { timeoutMs: 10_000, signal });
  const configured = r.failure || r.code !== 0 ? null : parseRealmList(r.stdout);
  if (configured === null)
    return withKinds({ os: 'linux', method: null, ...NONE, reason: commandReason('realm', r, r.failure || r.code !== 0 ? undefined : 'no realm block') });
  return withKinds({
    os: 'linux',
    method: 'realm',
    ...NONE,
    domainJoined: configured > 0,
    // a Linux machine outside a realm may still be managed (Intune for Linux, Landscape, Ansible ...): nothing standard shows it
    reason: configured > 0 ? null : reason('unsupported', 'realm', 'no realm configured; Linux has no standard sign of management'),
  });
}

/** What to do with an unmanaged machine, per OS; Windows opens "Access work or school" (ms-settings:workplace). */
const FIX: FixTable<ManagedDeviceMessage> = {
  windows: [{ id: 'fix.windows', link: 'ms-settings:workplace' }],
  macos: 'fix.macos',
  linux: 'fix.ask',
  other: 'fix.ask',
};

const JOIN_SENTENCE: Partial<Record<ManagementKind, ManagedDeviceMessage>> = {
  hybrid: 'managed.hybrid',
  entra: 'managed.entra',
  ad: 'managed.ad',
  realm: 'managed.realm',
  intune: 'managed.intune',
  mdm: 'managed.mdm',
  dep: 'managed.dep',
};

/** Whether an unmanaged machine fails in this meeting, and the sentence that says why. */
function failing(options: ManagedDeviceOptions, meeting: MeetingContext): Msg<ManagedDeviceMessage> | null {
  if (options.failWhen === 'always') return { id: 'why.policy' };
  if (options.failWhen === 'red' && meeting.redRules) return { id: 'why.meeting' };
  if (options.failWhen === 'yellow' && (meeting.redRules || meeting.dataClass === 'yellow')) return { id: 'why.meeting' };
  return null;
}

export function evaluateManagedDevice(
  facts: ManagedDeviceFacts,
  options: ManagedDeviceOptions,
  meeting: MeetingContext,
  platform = { os: facts.os, release: '' },
): Finding<ManagedDeviceMessage> {
  const os = osVersionOf(platform).os ?? (facts.os === 'windows' || facts.os === 'macos' || facts.os === 'linux' ? facts.os : null);
  const kinds = kindsOf({ ...facts, os: os ?? facts.os });
  if (kinds.length > 0) return { status: 'pass', summary: kinds.map((k) => ({ id: JOIN_SENTENCE[k]! })) };
  // a machine with no sign of management is judged personal only where every sign could be read
  const unmanaged =
    os === 'windows'
      ? facts.domainJoined === false && facts.entraJoined === false && facts.mdmEnrolled === false
      : os === 'macos'
        ? facts.mdmEnrolled === false
        : false;
  if (!unmanaged) {
    const tool = os === 'windows' ? 'powershell' : os === 'macos' ? 'profiles' : os === 'linux' ? 'realm' : undefined;
    return {
      status: 'unknown',
      // Linux outside a realm (or without realmd): nothing standard can tell, which is not a fault of the machine
      summary: [{ id: os === 'linux' && (facts.domainJoined === false || facts.reason?.code === 'not-found') ? 'unknown.linux' : 'unknown' }],
      remediation: [{ id: 'fix.ask' }],
      reason: facts.reason ?? (os ? reason('unreadable', tool) : reason('unsupported', undefined, facts.os)),
    };
  }
  const summary: Msg<ManagedDeviceMessage>[] = [{ id: os === 'windows' ? 'unmanaged.windows' : 'unmanaged.macos' }];
  if (os === 'windows' && facts.workplaceJoined) summary.push({ id: 'registered' });
  const why = failing(options, meeting);
  if (why) summary.push(why);
  const fix = pickFix(FIX, osVersionOf(platform));
  return {
    status: why ? 'fail' : 'warn',
    summary,
    remediation: fix ? [{ id: fix.id }] : [{ id: 'fix.ask' }],
    ...(fix?.link ? { link: fix.link } : {}),
  };
}

export default defineCheck({
  id: 'managed-device',
  category: 'device',
  weight: 3,
  sources: ['nsm-home-office'],
  messages,
  facts: ManagedDeviceFactsSchema,
  options: ManagedDeviceOptionsSchema,
  windowsScripts: [MANAGED_SCRIPT],
  collect: perPlatform({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os) =>
    withKinds({ os, method: null, ...NONE, reason: reason('unsupported', undefined, os) }),
  ),
  evaluate: (facts, { options, meeting, platform }) => evaluateManagedDevice(facts, options, meeting, platform),
});
