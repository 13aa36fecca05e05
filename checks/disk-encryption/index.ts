/**
 * disk-encryption: is the system disk encrypted (BitLocker, FileVault, LUKS)?
 * NSM Grunnprinsipper 2.7.3 (encrypt stored data); nettvett and Normen faktaark 29 for a lost or
 * stolen home-office laptop.
 */
import { defineLegacyCheck, type LegacyFinding as Finding, type Status } from '../../src/check.js';
import { msg } from '../../src/i18n/index.js';
import type { Probe } from '../../src/probe/types.js';
import { runPowershellJson } from '../lib/powershell.js';
import {
  bitlockerShellState,
  linuxEncryption,
  manageBdeState,
  parseFdesetup,
  parseLsblk,
  parseManageBde,
  type EncryptionState,
} from './parse.js';
import { perPlatform } from '../lib/platform.js';

export interface DiskEncryptionFacts {
  [key: string]: unknown;
  os: string;
  /** where the answer came from */
  method: 'bitlocker-shell' | 'manage-bde' | 'fdesetup' | 'lsblk' | null;
  state: EncryptionState | null;
  /** Linux: whether / and /home sit on an encrypted layer (null: not a listed device) */
  root?: boolean | null;
  home?: boolean | null;
  /** why state is null */
  reason: string | null;
}

/** One PowerShell start: the system drive and its BitLocker protection as Explorer sees it. */
export const BITLOCKER_SCRIPT =
  "$d=$env:SystemDrive;$v=(New-Object -ComObject Shell.Application).NameSpace(\"$d\\\").Self.ExtendedProperty('System.Volume.BitLockerProtection');" +
  '[pscustomobject]@{drive=$d;protection=$v}|ConvertTo-Json -Compress';

/** LABEL and SIZE are read but never kept; they make the output the one captured in the samples */
export const LSBLK_ARGS = ['-i', '-o', 'NAME,TYPE,FSTYPE,LABEL,SIZE,MOUNTPOINTS'];
/** util-linux before 2.37 knows only the singular column */
export const LSBLK_ARGS_OLD = ['-i', '-o', 'NAME,TYPE,FSTYPE,LABEL,SIZE,MOUNTPOINT'];

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<DiskEncryptionFacts> {
  const ps = await runPowershellJson(probe, BITLOCKER_SCRIPT, signal);
  const answer = (ps.json ?? {}) as { drive?: unknown; protection?: unknown };
  const state = bitlockerShellState(answer.protection);
  if (state) return { os: 'windows', method: 'bitlocker-shell', state, reason: null };
  // manage-bde answers only an administrator; its percentage is language-free
  const drive = typeof answer.drive === 'string' && /^[A-Za-z]:$/.test(answer.drive) ? answer.drive : 'C:';
  const bde = await probe.run('manage-bde', ['-status', drive], { timeoutMs: 15_000, signal });
  const bdeState = bde.failure || bde.code !== 0 ? null : manageBdeState(parseManageBde(bde.stdout));
  if (bdeState) return { os: 'windows', method: 'manage-bde', state: bdeState, reason: null };
  const why = ps.reason ?? `no BitLocker state for ${drive} (value ${JSON.stringify(answer.protection ?? null)})`;
  return { os: 'windows', method: null, state: null, reason: why };
}

async function collectMac(probe: Probe, signal: AbortSignal): Promise<DiskEncryptionFacts> {
  const r = await probe.run('fdesetup', ['status'], { timeoutMs: 10_000, signal });
  const state = r.failure ? null : parseFdesetup(r.stdout);
  return { os: 'macos', method: state ? 'fdesetup' : null, state, reason: state ? null : (r.failure ?? `fdesetup gave no status (exit code ${r.code})`) };
}

async function collectLinux(probe: Probe, signal: AbortSignal): Promise<DiskEncryptionFacts> {
  let r = await probe.run('lsblk', LSBLK_ARGS, { timeoutMs: 10_000, signal });
  if (!r.failure && r.code !== 0) r = await probe.run('lsblk', LSBLK_ARGS_OLD, { timeoutMs: 10_000, signal });
  if (r.failure || r.code !== 0) {
    return { os: 'linux', method: null, state: null, reason: r.failure ? `lsblk ${r.failure}` : `lsblk exit code ${r.code}` };
  }
  const enc = linuxEncryption(parseLsblk(r.stdout));
  return {
    os: 'linux',
    method: enc.state ? 'lsblk' : null,
    state: enc.state,
    root: enc.root,
    home: enc.home,
    reason: enc.state ? null : 'the root file system is not on a block device lsblk lists (a container or a network root?)',
  };
}

const STATUS: Record<EncryptionState, Status> = { on: 'pass', encrypting: 'warn', suspended: 'warn', partial: 'warn', off: 'fail', decrypting: 'fail' };

export function evaluateDiskEncryption(facts: DiskEncryptionFacts): Finding {
  if (!facts.state) {
    return { status: 'unknown', summary: [msg('disk.unknown', { reason: facts.reason ?? 'no data' })], remediation: [msg('disk.fix.unknown')], facts: { ...facts } };
  }
  const status = STATUS[facts.state];
  return {
    status,
    summary: [msg(`disk.state.${facts.state}`)],
    remediation: status === 'pass' ? [] : [msg(facts.os === 'macos' ? 'disk.fix.macos' : facts.os === 'windows' ? 'disk.fix.windows' : 'disk.fix.linux')],
    facts: { ...facts },
  };
}

export default defineLegacyCheck<DiskEncryptionFacts>({
  id: 'disk-encryption',
  category: 'device',
  weight: 4,
  sources: ['nsm-grunnprinsipper', 'nettvett-hjemmekontor', 'normen-faktaark-29'],
  title: 'disk.title',
  collect: perPlatform({ win32: collectWindows, darwin: collectMac, linux: collectLinux }, (os, reason) => ({ os, method: null, state: null, reason })),
  evaluate: (facts) => evaluateDiskEncryption(facts),
});
