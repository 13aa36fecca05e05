/**
 * admin-rights: does the user work as an administrator? Least privilege (NSM Grunnprinsipper 2.6.4):
 * a daily account without administrator rights cannot install what a fraudster or a malicious
 * attachment asks for. The user's name is never read into the facts: only yes/no answers.
 */
import { defineLegacyCheck, type LegacyFinding as Finding } from '../../src/check.js';
import { msg } from '../../src/i18n/index.js';
import type { Probe } from '../../src/probe/types.js';
import { isAdminGroupMember, parseIdGroups, parseUid, parseWhoamiGroups } from './parse.js';
import { perPlatform } from '../lib/platform.js';

export interface AdminRightsFacts {
  [key: string]: unknown;
  os: string;
  method: 'whoami' | 'id' | null;
  /** member of the administrators (Windows), admin (macOS), sudo/wheel/admin or root (Linux) */
  admin: boolean | null;
  /** this very process runs with administrator rights (elevated, or root) */
  elevated: boolean | null;
  reason: string | null;
}

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<AdminRightsFacts> {
  const r = await probe.run('whoami', ['/groups'], { timeoutMs: 10_000, signal });
  const parsed = r.failure || r.code !== 0 ? null : parseWhoamiGroups(r.stdout);
  if (!parsed) return { os: 'windows', method: null, admin: null, elevated: null, reason: r.failure ? `whoami ${r.failure}` : r.code !== 0 ? `whoami exit code ${r.code}` : 'whoami listed no groups' };
  return { os: 'windows', method: 'whoami', admin: parsed.admin, elevated: parsed.elevated, reason: null };
}

async function collectPosix(probe: Probe, os: 'linux' | 'macos', signal: AbortSignal): Promise<AdminRightsFacts> {
  const uidRun = await probe.run('id', ['-u'], { timeoutMs: 5_000, signal });
  const uid = uidRun.failure || uidRun.code !== 0 ? null : parseUid(uidRun.stdout);
  const groupsRun = await probe.run('id', ['-Gn'], { timeoutMs: 5_000, signal });
  const groups = groupsRun.failure || groupsRun.code !== 0 ? null : parseIdGroups(groupsRun.stdout);
  if (uid === null && groups === null) return { os, method: null, admin: null, elevated: null, reason: uidRun.failure ? `id ${uidRun.failure}` : 'id gave no answer' };
  const root = uid === 0;
  const member = groups ? isAdminGroupMember(groups, os) : null;
  return { os, method: 'id', admin: root || member === true ? true : member, elevated: uid === null ? null : root, reason: null };
}

export function evaluateAdminRights(facts: AdminRightsFacts): Finding {
  const out = { ...facts };
  if (facts.admin === null) return { status: 'unknown', summary: [msg('admin.unknown', { reason: facts.reason ?? 'no data' })], remediation: [msg('admin.fix.unknown')], facts: out };
  if (!facts.admin) return { status: 'pass', summary: [msg('admin.standard')], remediation: [], facts: out };
  return {
    status: 'warn',
    summary: facts.elevated ? [msg('admin.member'), msg('admin.elevated')] : [msg('admin.member')],
    remediation: [msg('admin.fix')],
    facts: out,
  };
}

export default defineLegacyCheck<AdminRightsFacts>({
  id: 'admin-rights',
  category: 'device',
  weight: 3,
  sources: ['nsm-grunnprinsipper', 'nettvett-hjemmekontor'],
  title: 'admin.title',
  collect: perPlatform(
    {
      win32: collectWindows,
      darwin: (probe, signal) => collectPosix(probe, 'macos', signal),
      linux: (probe, signal) => collectPosix(probe, 'linux', signal),
    },
    (os, reason) => ({ os, method: null, admin: null, elevated: null, reason }),
  ),
  evaluate: (facts) => evaluateAdminRights(facts),
});
