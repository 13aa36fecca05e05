/**
 * admin-rights: does the user work as an administrator? Least privilege (NSM Grunnprinsipper 2.6.4):
 * a daily account without administrator rights cannot install what a fraudster or a malicious
 * attachment asks for. The user's name is never read into the facts: only yes/no answers.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding } from '../../src/check.js';
import type { CommandResult, Probe } from '../../src/probe/types.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { perPlatform } from '../lib/platform.js';
import { commandReason } from '../lib/reason.js';
import { messages, type AdminRightsMessage } from './messages.js';
import { isAdminGroupMember, parseIdGids, parseIdGroups, parseUid, parseWhoamiGroups } from './parse.js';

export const AdminRightsFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  method: z.enum(['whoami', 'id']).nullable().describe('where the groups were read; null when they could not be read'),
  admin: z.boolean().nullable().describe('the account is a member of Administrators (Windows), admin (macOS), sudo/wheel/admin or root (Linux); null when unread'),
  elevated: z.boolean().nullable().describe('this very process runs with administrator rights (elevated, or root); null when unread'),
  reason: ReasonSchema.nullable().describe('why the account could not be judged'),
});
export type AdminRightsFacts = z.infer<typeof AdminRightsFactsSchema>;

export const WHOAMI_ARGS = ['/groups'];

const unread = (r: CommandResult) => r.failure !== undefined || r.code !== 0;

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<AdminRightsFacts> {
  const r = await probe.run('whoami', WHOAMI_ARGS, { timeoutMs: 10_000, signal });
  const parsed = unread(r) ? null : parseWhoamiGroups(r.stdout);
  if (!parsed) return { os: 'windows', method: null, admin: null, elevated: null, reason: commandReason('whoami', r, unread(r) ? undefined : 'no group list (Everyone, S-1-1-0, missing)') };
  return { os: 'windows', method: 'whoami', admin: parsed.admin, elevated: parsed.elevated, reason: null };
}

async function collectPosix(probe: Probe, os: 'linux' | 'macos', signal: AbortSignal): Promise<AdminRightsFacts> {
  const none = { os, method: null, admin: null, elevated: null };
  const uidRun = await probe.run('id', ['-u'], { timeoutMs: 5_000, signal });
  const uid = unread(uidRun) ? null : parseUid(uidRun.stdout);
  if (uid === null) return { ...none, reason: commandReason('id', uidRun, unread(uidRun) ? undefined : 'id -u printed no user id') };
  if (uid === 0) return { os, method: 'id', admin: true, elevated: true, reason: null };
  const gidRun = await probe.run('id', ['-G'], { timeoutMs: 5_000, signal });
  const gids = unread(gidRun) ? null : parseIdGids(gidRun.stdout);
  if (!gids) return { ...none, reason: commandReason('id', gidRun, unread(gidRun) ? undefined : 'id -G printed no group ids') };
  const namesRun = await probe.run('id', ['-Gn'], { timeoutMs: 5_000, signal });
  const groups = unread(namesRun) ? null : parseIdGroups(namesRun.stdout, gids);
  if (!groups) return { ...none, reason: commandReason('id', namesRun, unread(namesRun) ? undefined : 'id -Gn printed no group names for the ids') };
  return { os, method: 'id', admin: isAdminGroupMember(groups, os), elevated: false, reason: null };
}

/**
 * Where the account type is changed, per OS: ms-settings:otherusers (learn.microsoft.com, "Launch the
 * Windows Settings app"; Windows 10 calls the page Family & other users); macOS 13+ Users & Groups
 * (com.apple.Users-Groups-Settings.extension, as listed in bvanpeski/SystemPreferences); macOS 12's
 * pane has no URL that opens it.
 */
const FIX: FixTable<AdminRightsMessage> = {
  windows: [
    { id: 'fix.windows.10', link: 'ms-settings:otherusers', when: { windowsBuild: { below: 22000 } } },
    { id: 'fix.windows', link: 'ms-settings:otherusers' },
  ],
  macos: [
    { id: 'fix.macos.12', when: { macosMajor: { below: 13 } } },
    { id: 'fix.macos', link: 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension' },
  ],
  linux: 'fix',
  other: 'fix',
};

export function evaluateAdminRights(facts: AdminRightsFacts, platform = { os: facts.os, release: '' }): Finding<AdminRightsMessage> {
  if (facts.admin === null) return { status: 'unknown', summary: [{ id: 'unknown' }], remediation: [{ id: 'fix.unknown' }], reason: facts.reason ?? reason('internal') };
  if (!facts.admin) return { status: 'pass', summary: [{ id: 'standard' }] };
  const fix = pickFix(FIX, osVersionOf(platform))!;
  return {
    status: 'warn',
    summary: facts.elevated ? [{ id: 'member' }, { id: 'elevated' }] : [{ id: 'member' }],
    remediation: [{ id: fix.id }],
    ...(fix.link ? { link: fix.link } : {}),
  };
}

export default defineCheck({
  id: 'admin-rights',
  category: 'device',
  weight: 3,
  sources: ['nsm-grunnprinsipper', 'nettvett-hjemmekontor'],
  messages,
  facts: AdminRightsFactsSchema,
  collect: perPlatform(
    {
      win32: collectWindows,
      darwin: (probe, signal) => collectPosix(probe, 'macos', signal),
      linux: (probe, signal) => collectPosix(probe, 'linux', signal),
    },
    (os) => ({ os, method: null, admin: null, elevated: null, reason: reason('unsupported', undefined, os) }),
  ),
  evaluate: (facts, { platform }) => evaluateAdminRights(facts, platform),
});
