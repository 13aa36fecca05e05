/**
 * disk-encryption: is the system disk encrypted (BitLocker, FileVault, LUKS)?
 * NSM Grunnprinsipper 2.7.3 (encrypt stored data); nettvett and Normen faktaark 29 for a lost or
 * stolen home-office laptop.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding, type Reason, type Status } from '../../src/check.js';
import type { CommandResult, Probe } from '../../src/probe/types.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { perPlatform } from '../lib/platform.js';
import { parsePowershellJson, powershellSection, sectionReason } from '../lib/powershell.js';
import { commandFailed, commandReason } from '../lib/reason.js';
import { messages, type DiskEncryptionMessage } from './messages.js';
import { bitlockerShellState, ENCRYPTION_STATES, linuxEncryption, manageBdeState, parseFdesetup, parseLsblk, parseManageBde } from './parse.js';

export const DiskEncryptionFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  method: z
    .enum(['bitlocker-shell', 'manage-bde', 'fdesetup', 'lsblk'])
    .nullable()
    .describe("where the state was read: Explorer's BitLocker property, manage-bde (administrators), fdesetup, lsblk; null when nothing could be read"),
  state: z
    .enum(ENCRYPTION_STATES)
    .nullable()
    .describe(
      'on; encrypting; suspended (BitLocker protection paused, key in the clear); waiting (BitLocker waiting for activation: encrypted, no key protector, key in the clear); partial (Linux: / and /home not both encrypted); converting (Windows: partly encrypted, direction unknown); off; decrypting; null when unread',
    ),
  percentEncrypted: z.number().min(0).max(100).nullable().optional().describe('Windows, from manage-bde: the share of the volume encrypted'),
  keyProtectors: z
    .number()
    .int()
    .min(0)
    .nullable()
    .optional()
    .describe('Windows, from manage-bde: how many key protectors (TPM, recovery password, ...) the volume has; 0 means the key lies in the clear'),
  root: z.boolean().nullable().optional().describe('Linux: / sits on an encrypted layer (null: / is not a listed device)'),
  home: z.boolean().nullable().optional().describe('Linux: /home sits on an encrypted layer (null: no separate /home)'),
  reason: ReasonSchema.nullable().describe('why the state could not be read'),
});
export type DiskEncryptionFacts = z.infer<typeof DiskEncryptionFactsSchema>;

/** One PowerShell start: the system drive and its BitLocker protection as Explorer sees it. */
export const BITLOCKER_SCRIPT =
  '$d=$env:SystemDrive;$v=(New-Object -ComObject Shell.Application).NameSpace("$d\\").Self.ExtendedProperty(\'System.Volume.BitLockerProtection\');' +
  '[pscustomobject]@{drive=$d;protection=$v}|ConvertTo-Json -Compress';

/** LABEL and SIZE are read but never kept; they make the output the one captured in the samples */
export const LSBLK_ARGS = ['-i', '-o', 'NAME,TYPE,FSTYPE,LABEL,SIZE,MOUNTPOINTS'];
/** util-linux before 2.37 knows only the singular column */
export const LSBLK_ARGS_OLD = ['-i', '-o', 'NAME,TYPE,FSTYPE,LABEL,SIZE,MOUNTPOINT'];

/** manage-bde refuses a standard user ("access ... was denied"): that is a matter of rights, not a fault. */
function manageBdeReason(r: CommandResult, shellValue: unknown): Reason {
  const detail = `shell property ${JSON.stringify(shellValue ?? null)}`;
  if (r.failure === 'denied' || (!r.failure && r.code !== 0 && /denied|administrator|elevat/i.test(`${r.stdout}\n${r.stderr}`)))
    return reason('needs-admin', 'manage-bde', detail);
  return commandReason('manage-bde', r, r.failure || r.code !== 0 ? undefined : `no percentage in the answer; ${detail}`);
}

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<DiskEncryptionFacts> {
  const ps = await powershellSection(probe, BITLOCKER_SCRIPT, 15_000, signal);
  const json = commandFailed(ps) ? null : parsePowershellJson(ps.stdout);
  const answer = (json && typeof json === 'object' && !Array.isArray(json) ? json : {}) as { drive?: unknown; protection?: unknown };
  const state = bitlockerShellState(answer.protection);
  if (state) return { os: 'windows', method: 'bitlocker-shell', state, reason: null };
  // manage-bde answers only an administrator; its percentage is language-free
  const drive = typeof answer.drive === 'string' && /^[A-Za-z]:$/.test(answer.drive) ? answer.drive : 'C:';
  const bde = await probe.run('manage-bde', ['-status', drive], { timeoutMs: 15_000, signal });
  const parsed = commandFailed(bde) ? null : parseManageBde(bde.stdout);
  const bdeState = parsed ? manageBdeState(parsed) : null;
  if (parsed && bdeState)
    return {
      os: 'windows',
      method: 'manage-bde',
      state: bdeState,
      percentEncrypted: parsed.percentEncrypted,
      keyProtectors: parsed.keyProtectors,
      reason: null,
    };
  // PowerShell's own failure says most; else why manage-bde gave nothing
  const why = json === null ? sectionReason(ps, commandFailed(ps) ? undefined : 'printed no JSON') : manageBdeReason(bde, answer.protection);
  return { os: 'windows', method: null, state: null, reason: why };
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<DiskEncryptionFacts> {
  const r = await probe.run('fdesetup', ['status'], { timeoutMs: 10_000, signal });
  const state = r.failure ? null : parseFdesetup(r.stdout);
  if (state) return { os: 'macos', method: 'fdesetup', state, reason: null };
  return { os: 'macos', method: null, state: null, reason: commandReason('fdesetup', r, r.failure || r.code !== 0 ? undefined : 'no "FileVault is On/Off"') };
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<DiskEncryptionFacts> {
  let r = await probe.run('lsblk', LSBLK_ARGS, { timeoutMs: 10_000, signal });
  if (!r.failure && r.code !== 0) r = await probe.run('lsblk', LSBLK_ARGS_OLD, { timeoutMs: 10_000, signal });
  if (commandFailed(r)) return { os: 'linux', method: null, state: null, reason: commandReason('lsblk', r) };
  const devices = parseLsblk(r.stdout);
  if (devices.length === 0) return { os: 'linux', method: null, state: null, reason: commandReason('lsblk', r, 'no table with NAME and TYPE') };
  const enc = linuxEncryption(devices);
  if (!enc.state) {
    return {
      os: 'linux',
      method: null,
      state: null,
      root: enc.root,
      home: enc.home,
      reason: reason('no-device', 'lsblk', 'the root file system is not on a listed block device (a container or a network root?)'),
    };
  }
  return { os: 'linux', method: 'lsblk', state: enc.state, root: enc.root, home: enc.home, reason: null };
}

const STATUS: Record<DiskEncryptionFacts['state'] & string, Status> = {
  on: 'pass',
  encrypting: 'warn',
  suspended: 'warn',
  waiting: 'warn',
  partial: 'warn',
  converting: 'warn',
  off: 'fail',
  decrypting: 'fail',
};

/** How to turn encryption on, per OS; the menus moved in Windows 11 and macOS 13. */
const FIX: FixTable<DiskEncryptionMessage> = {
  windows: [
    { id: 'fix.windows.10', link: 'ms-settings:deviceencryption', when: { windowsBuild: { below: 22000 } } },
    { id: 'fix.windows', link: 'ms-settings:deviceencryption' },
  ],
  macos: [
    { id: 'fix.macos.12', link: 'x-apple.systempreferences:com.apple.preference.security?FileVault', when: { macosMajor: { below: 13 } } },
    { id: 'fix.macos', link: 'x-apple.systempreferences:com.apple.preference.security?FileVault' },
  ],
  linux: 'fix.linux',
  other: 'fix.unknown',
};
/** Suspended protection is BitLocker's: it is resumed in its own control panel (no Settings page). */
const FIX_SUSPENDED: FixTable<DiskEncryptionMessage> = { ...FIX, windows: 'fix.windows.suspended' };
/** Waiting for activation: Device encryption finishes when a work or Microsoft account signs in, or BitLocker is turned on. */
const FIX_WAITING: FixTable<DiskEncryptionMessage> = {
  ...FIX,
  windows: [
    { id: 'fix.windows.waiting.10', link: 'ms-settings:deviceencryption', when: { windowsBuild: { below: 22000 } } },
    { id: 'fix.windows.waiting', link: 'ms-settings:deviceencryption' },
  ],
};

/** States whose fix is not "turn encryption on". */
const FIX_FOR_STATE: Partial<Record<NonNullable<DiskEncryptionFacts['state']>, FixTable<DiskEncryptionMessage>>> = {
  suspended: FIX_SUSPENDED,
  waiting: FIX_WAITING,
};

export function evaluateDiskEncryption(facts: DiskEncryptionFacts, platform = { os: facts.os, release: '' }): Finding<DiskEncryptionMessage> {
  if (!facts.state)
    return { status: 'unknown', summary: [{ id: 'unknown' }], remediation: [{ id: 'fix.unknown' }], reason: facts.reason ?? reason('internal') };
  const status = STATUS[facts.state];
  const summary: Finding<DiskEncryptionMessage>['summary'] =
    facts.state === 'converting'
      ? [{ id: 'state.converting', params: { percent: Math.round(facts.percentEncrypted ?? 0) } }]
      : [{ id: `state.${facts.state}` }];
  if (status === 'pass') return { status, summary };
  if (facts.state === 'encrypting') return { status, summary, remediation: [{ id: 'fix.wait' }] };
  const fix = pickFix(FIX_FOR_STATE[facts.state] ?? FIX, osVersionOf(platform));
  return { status, summary, ...(fix ? { remediation: [{ id: fix.id }], ...(fix.link ? { link: fix.link } : {}) } : {}) };
}

export default defineCheck({
  id: 'disk-encryption',
  category: 'device',
  weight: 4,
  sources: ['nsm-grunnprinsipper', 'nettvett-hjemmekontor', 'normen-faktaark-29'],
  messages,
  facts: DiskEncryptionFactsSchema,
  windowsScripts: [BITLOCKER_SCRIPT],
  collect: perPlatform<DiskEncryptionFacts>({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os) => ({
    os,
    method: null,
    state: null,
    reason: reason('unsupported', undefined, os),
  })),
  evaluate: (facts, { platform }) => evaluateDiskEncryption(facts, platform),
});
