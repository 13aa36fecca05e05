/**
 * admin-rights: does the user work as an administrator? Least privilege (NSM Grunnprinsipper 2.6.4):
 * a daily account without administrator rights cannot install what a fraudster or a malicious
 * attachment asks for. The user's name is never read into the facts: only yes/no answers.
 */
import { z } from 'zod';
import { defineCheck, reason, ReasonSchema, type Finding, type Reason } from '../../src/check.js';
import type { CommandResult, Probe } from '../../src/probe/types.js';
import { osVersionOf, pickFix, type FixTable } from '../lib/fixes.js';
import { perPlatform } from '../lib/platform.js';
import { parsePowershellJson, powershellSection, sectionReason } from '../lib/powershell.js';
import { commandFailed, commandReason } from '../lib/reason.js';
import { serviceReason, sessionOf } from '../lib/session.js';
import { parseUid, uidReading, whoamiReading } from '../../src/probe/session.js';
import { messages, type AdminRightsMessage } from './messages.js';
import { isAdminGroupMember, parseCheckmember, parseConsoleJson, parseIdGids, parseIdGroups, parseWhoamiGroups } from './parse.js';

export const AdminRightsFactsSchema = z.object({
  os: z.string().describe('the operating system the facts come from: windows, macos, linux'),
  method: z.enum(['whoami', 'id']).nullable().describe('where the groups were read; null when they could not be read'),
  admin: z
    .boolean()
    .nullable()
    .describe('the account is a member of Administrators (Windows), admin (macOS), sudo/wheel/admin or root (Linux); null when unread'),
  elevated: z.boolean().nullable().describe('this very process runs with administrator rights (elevated, or root); null when unread'),
  service: z
    .boolean()
    .nullable()
    .describe(
      'the tool runs as a service account for whoever uses the computer: SYSTEM (S-1-5-18, as Intune runs scripts) or root without being the console user (as Jamf runs scripts); then `console` judges the user, not `admin`',
    ),
  console: z
    .object({
      admin: z
        .boolean()
        .nullable()
        .describe(
          'the user signed in at the computer is an administrator (Windows: in the local Administrators group; macOS: in admin; Linux: in sudo/wheel/admin); null when it could not be read',
        ),
      reason: ReasonSchema.nullable().describe('why the signed-in user could not be judged (code service-account)'),
    })
    .nullable()
    .describe('only when `service` is true: the signed-in user, judged from the service account'),
  reason: ReasonSchema.nullable().describe('why the account could not be judged'),
});
export type AdminRightsFacts = z.infer<typeof AdminRightsFactsSchema>;

/** The account's SID (USER section) and its groups: one start tells SYSTEM from a person (the run's one reading, shared). */
export { WHOAMI_ARGS } from '../../src/probe/session.js';

/**
 * Run as SYSTEM: who is signed in at the computer (Win32_ComputerSystem.UserName, DOMAIN\\name or
 * AzureAD\\name), and is that account a member of the local Administrators group (S-1-5-32-544) by
 * name. Members that are groups are not expanded: when the user is not listed and the group holds
 * other groups (apart from Entra ID's role SIDs S-1-12-1-..., the IT roles of a joined device), the
 * answer is null. Only booleans leave PowerShell: never the name.
 */
export const CONSOLE_SCRIPT =
  '$u=$null;try{$u=(Get-CimInstance -ClassName Win32_ComputerSystem -ErrorAction Stop).UserName}catch{};' +
  '$a=$null;if($u){try{$m=@(Get-LocalGroupMember -SID S-1-5-32-544 -ErrorAction Stop);' +
  'if(@($m|Where-Object{$_.Name -eq $u}).Count -gt 0){$a=$true}' +
  "elseif(@($m|Where-Object{[string]$_.ObjectClass -ne 'User' -and -not ([string]$_.SID).StartsWith('S-1-12-1-')}).Count -eq 0){$a=$false}}catch{}};" +
  '[pscustomobject]@{console=[bool]$u;admin=$a}|ConvertTo-Json -Compress';

const serviceAccount = (why: Reason | null): NonNullable<AdminRightsFacts['console']> => ({ admin: null, reason: serviceReason(why) });

async function collectWindows(probe: Probe, signal: AbortSignal): Promise<AdminRightsFacts> {
  const r = await whoamiReading(probe, signal);
  const parsed = commandFailed(r) ? null : parseWhoamiGroups(r.stdout);
  if (!parsed)
    return {
      os: 'windows',
      method: null,
      admin: null,
      elevated: null,
      service: null,
      console: null,
      reason: commandReason('whoami', r, commandFailed(r) ? undefined : 'no group list (Everyone, S-1-1-0, missing)'),
    };
  const facts: AdminRightsFacts = {
    os: 'windows',
    method: 'whoami',
    admin: parsed.admin,
    elevated: parsed.elevated,
    service: false,
    console: null,
    reason: null,
  };
  const session = await sessionOf(probe, 'windows', signal);
  if (!session.service) return facts;
  const ps = await powershellSection(probe, CONSOLE_SCRIPT, 20_000, signal);
  const answer = commandFailed(ps) ? null : parseConsoleJson(parsePowershellJson(ps.stdout));
  let console: AdminRightsFacts['console'];
  if (!answer) console = serviceAccount(sectionReason(ps, commandFailed(ps) ? undefined : 'no answer about the signed-in user'));
  else if (!answer.signedIn) console = serviceAccount(reason('no-session', 'Win32_ComputerSystem', 'no user signed in'));
  else if (answer.admin === null)
    console = serviceAccount(reason('unreadable', 'Get-LocalGroupMember', 'membership not listed directly, or the group could not be read'));
  else console = { admin: answer.admin, reason: null };
  return { ...facts, service: true, console };
}

/**
 * The reason a command about the signed-in user gave nothing, without its error text: that text
 * (`id: 'alice': no such user`) would carry the user's name into the report.
 */
function nameless(cmd: string, r: CommandResult): Reason {
  return commandReason(cmd, r, r.failure ? r.failure : r.code !== 0 ? `exit code ${r.code}` : 'output of another shape');
}

/** The admin membership of `user` from `id -G user` and `id -Gn user`; null with the reason when unread. */
async function membershipOf(probe: Probe, os: 'linux' | 'macos', user: string, signal: AbortSignal): Promise<{ admin: boolean | null; reason: Reason | null }> {
  const gidRun = await probe.run('id', ['-G', user], { timeoutMs: 5_000, signal });
  const gids = commandFailed(gidRun) ? null : parseIdGids(gidRun.stdout);
  if (!gids) return { admin: null, reason: nameless('id', gidRun) };
  const namesRun = await probe.run('id', ['-Gn', user], { timeoutMs: 5_000, signal });
  const groups = commandFailed(namesRun) ? null : parseIdGroups(namesRun.stdout, gids);
  if (!groups) return { admin: null, reason: nameless('id', namesRun) };
  return { admin: isAdminGroupMember(groups, os), reason: null };
}

/** As a service account: whether the user at the screen is an administrator (macOS: dseditgroup; Linux: any seat user in sudo/wheel/admin). */
async function consoleAdmin(
  probe: Probe,
  os: 'linux' | 'macos',
  users: readonly string[],
  signal: AbortSignal,
): Promise<NonNullable<AdminRightsFacts['console']>> {
  if (os === 'macos') {
    const user = users[0]!;
    const check = await probe.run('dseditgroup', ['-o', 'checkmember', '-m', user, 'admin'], { timeoutMs: 10_000, signal });
    const admin = check.failure ? null : parseCheckmember(check.stdout);
    return admin === null ? serviceAccount(nameless('dseditgroup', check)) : { admin, reason: null };
  }
  const answers = [];
  for (const user of users) answers.push(await membershipOf(probe, 'linux', user, signal));
  if (answers.some((a) => a.admin === true)) return { admin: true, reason: null };
  const failed = answers.find((a) => a.admin === null);
  return failed ? serviceAccount(failed.reason ?? reason('internal')) : { admin: false, reason: null };
}

async function collectPosix(probe: Probe, os: 'linux' | 'macos', signal: AbortSignal): Promise<AdminRightsFacts> {
  const none = { os, method: null, admin: null, elevated: null, service: null, console: null };
  const session = await sessionOf(probe, os, signal);
  if (session.service === null) return { ...none, reason: session.reason ?? reason('internal') };
  const uid = parseUid((await uidReading(probe, signal)).stdout);
  if (uid === 0) {
    // root: a person who signed in as root at the machine, or a management agent (Jamf) or sudo acting for the user at the screen
    if (!session.service) return { os, method: 'id', admin: true, elevated: true, service: false, console: null, reason: null };
    const console = session.users?.length ? await consoleAdmin(probe, os, session.users, signal) : serviceAccount(session.reason);
    return { os, method: 'id', admin: true, elevated: true, service: true, console, reason: null };
  }
  const gidRun = await probe.run('id', ['-G'], { timeoutMs: 5_000, signal });
  const gids = commandFailed(gidRun) ? null : parseIdGids(gidRun.stdout);
  if (!gids) return { ...none, reason: commandReason('id', gidRun, commandFailed(gidRun) ? undefined : 'id -G printed no group ids') };
  const namesRun = await probe.run('id', ['-Gn'], { timeoutMs: 5_000, signal });
  const groups = commandFailed(namesRun) ? null : parseIdGroups(namesRun.stdout, gids);
  if (!groups) return { ...none, reason: commandReason('id', namesRun, commandFailed(namesRun) ? undefined : 'id -Gn printed no group names for the ids') };
  return { os, method: 'id', admin: isAdminGroupMember(groups, os), elevated: false, service: false, console: null, reason: null };
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
  const fix = pickFix(FIX, osVersionOf(platform))!;
  const fixing = { remediation: [{ id: fix.id }], ...(fix.link ? { link: fix.link } : {}) };
  if (facts.service) {
    // SYSTEM or root acting for the user at the screen: the service account's rights say nothing of the user's
    const admin = facts.console?.admin ?? null;
    if (admin === null)
      return {
        status: 'unknown',
        summary: [{ id: 'unknown.service' }],
        remediation: [{ id: 'fix.unknown' }],
        reason: facts.console?.reason ?? reason('service-account'),
      };
    if (!admin) return { status: 'pass', summary: [{ id: 'standard.console' }, { id: 'service' }] };
    return { status: 'warn', summary: [{ id: 'member.console' }, { id: 'service' }], ...fixing };
  }
  if (facts.admin === null)
    return { status: 'unknown', summary: [{ id: 'unknown' }], remediation: [{ id: 'fix.unknown' }], reason: facts.reason ?? reason('internal') };
  if (!facts.admin) return { status: 'pass', summary: [{ id: 'standard' }] };
  return { status: 'warn', summary: facts.elevated ? [{ id: 'member' }, { id: 'elevated' }] : [{ id: 'member' }], ...fixing };
}

export default defineCheck({
  id: 'admin-rights',
  category: 'device',
  weight: 3,
  sources: ['nsm-grunnprinsipper', 'nettvett-hjemmekontor'],
  messages,
  facts: AdminRightsFactsSchema,
  windowsScripts: [CONSOLE_SCRIPT],
  collect: perPlatform(
    {
      win32: collectWindows,
      darwin: (probe, signal) => collectPosix(probe, 'macos', signal),
      linux: (probe, signal) => collectPosix(probe, 'linux', signal),
    },
    (os) => ({ os, method: null, admin: null, elevated: null, service: null, console: null, reason: reason('unsupported', undefined, os) }),
  ),
  evaluate: (facts, { platform }) => evaluateAdminRights(facts, platform),
});
