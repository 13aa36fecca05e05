import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import adminRights, { evaluateAdminRights, type AdminRightsFacts } from '../checks/admin-rights/index.js';
import { messages } from '../checks/admin-rights/messages.js';
import {
  isAdminGroupMember,
  isLocalSystem,
  parseCheckmember,
  parseConsoleJson,
  parseConsoleOwner,
  parseIdGids,
  parseIdGroups,
  parseLoginctlSessions,
  parseUid,
  parseWhoamiGroups,
  parseWhoConsoleUsers,
} from '../checks/admin-rights/parse.js';
import { WHOAMI_ARGS } from '../src/probe/session.js';
import type { Interaction } from '../src/probe/bundle.js';
import { bundleOf } from './helpers/bundles.js';
import { BUNDLES, replayCheck } from './helpers/check-tester.js';
import { runCli } from './helpers/cli.js';
import { sampleFiles, sampleText } from './helpers/samples.js';

/** The builder of the admin-rights bundles (plain JavaScript: loaded by URL, typed where it is used) */
const BUILDER: string = new URL('./fixtures/make-admin-rights-bundles.mjs', import.meta.url).href;

describe('whoami /groups', () => {
  it('an administrator under UAC: member, not elevated', () => {
    expect(parseWhoamiGroups(sampleText('windows/whoami-groups__normdo-readme-admin-medium.txt'))).toEqual({ admin: true, elevated: false });
  });
  it('a High-integrity service outside Administrators: not a member', () => {
    expect(parseWhoamiGroups(sampleText('windows/whoami-groups__lab-writeup-service-high.txt'))).toEqual({ admin: false, elevated: true });
  });
  it('every whoami sample is read', () => {
    for (const f of sampleFiles('windows', 'whoami-')) expect(parseWhoamiGroups(sampleText(f)), f).not.toBeNull();
  });
  it('French: a domain user at a client (Medium, a domain group by its S-1-5-21 SID) is not an administrator', () => {
    expect(parseWhoamiGroups(sampleText('windows/whoami-groups__tssr-ad-lab-notes-fr-domain-user.txt'))).toEqual({ admin: false, elevated: false });
  });
  it('French, run as SYSTEM through psexec: Administrators as the owner, System label; /groups alone does not name the account', () => {
    const text = sampleText('windows/whoami-groups-system__ad-lab-writeup-fr-psexec.txt');
    expect(parseWhoamiGroups(text)).toEqual({ admin: true, elevated: true });
    // S-1-5-18 is in the USER section, which only /user prints: the check asks for both
    expect(isLocalSystem(text)).toBe(false);
    expect(WHOAMI_ARGS).toEqual(['/user', '/groups']);
  });
  it('Spanish whoami /all with the OEM code page garbled two ways (CP850 read as CP437; U+FFFD): read by SID alone', () => {
    // nica: Remote Management Users over WinRM; akanksha: a local group named like Administrators but with its own SID
    expect(parseWhoamiGroups(sampleText('windows/whoami-all__hackmyvm-liar-writeup-es-network-logon.txt'))).toEqual({ admin: false, elevated: false });
    expect(parseWhoamiGroups(sampleText('windows/whoami-all__hackmyvm-liar-writeup-es-fffd-interactive.txt'))).toEqual({ admin: false, elevated: false });
  });
  it('translated names and attributes do not matter; SIDs in CSV do', () => {
    const csv =
      '"Jeder","Bekannte Gruppe","S-1-1-0","Verbindliche Gruppe"\r\n"VORDEFINIERT\\Administratoren","Alias","S-1-5-32-544","Verbindliche Gruppe, Aktivierte Gruppe, Gruppenbesitzer"\r\n"Verbindliche Beschriftung\\Hohe Verbindlichkeitsstufe","Bezeichnung","S-1-16-12288",""\r\n';
    expect(parseWhoamiGroups(csv)).toEqual({ admin: true, elevated: true });
  });
  it('a SID that only starts like Administrators is not Administrators', () => {
    expect(parseWhoamiGroups('S-1-1-0\nS-1-5-32-5440\nS-1-16-122880')).toEqual({ admin: false, elevated: false });
  });
  it('garbage is null or a pair of booleans, never a throw', () => {
    expect(parseWhoamiGroups('ERROR: access denied')).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.constantFrom('S-1-1-0', 'S-1-5-32-544', 'S-1-16-12288', ' ', '\r\n', '"', ',', 'x', 'S-1-'), { maxLength: 30 }), (parts) => {
        const r = parseWhoamiGroups(parts.join(''));
        expect(r === null || (typeof r.admin === 'boolean' && typeof r.elevated === 'boolean')).toBe(true);
      }),
    );
  });
});

describe('id', () => {
  it.each([
    ['alice adm cdrom sudo dip plugdev', 'linux', true],
    ['bob wheel', 'linux', true],
    ['carol users', 'linux', false],
    ['sudoers-lookalike wheelchair', 'linux', false],
    ['staff everyone admin', 'macos', true],
    ['staff everyone wheel', 'macos', false],
  ] as const)('%s (%s) → %s', (text, os, admin) => {
    const gids = text.split(' ').map((_, i) => i + 100);
    expect(isAdminGroupMember(parseIdGroups(text, gids)!, os)).toBe(admin);
  });
  it('names are believed only beside as many numeric ids; a name with a blank (directory-bound Mac) is fine', () => {
    expect(parseIdGids('20 12 61 80\n')).toEqual([20, 12, 61, 80]);
    expect(parseIdGids('Segmentation fault\n')).toBeNull();
    expect(parseIdGids('')).toBeNull();
    expect(parseIdGroups('staff ACME\\domain users admin', [20, 1000, 80])).toEqual(['staff', 'ACME\\domain', 'users', 'admin']);
    expect(parseIdGroups('staff', [20, 80])).toBeNull();
    expect(parseIdGroups('staff\u001b[2J admin', [20, 80])).toBeNull();
  });
  it('uids and nonsense', () => {
    expect(parseUid('0\n')).toBe(0);
    expect(parseUid('1000')).toBe(1000);
    expect(parseUid('uid=0(root)')).toBeNull();
    expect(parseUid('Segmentation fault')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const g = parseIdGroups(s, [1]);
        expect(g === null || g.every((x) => x.length > 0 && !/\s/.test(x))).toBe(true);
        const u = parseUid(s);
        expect(u === null || Number.isInteger(u)).toBe(true);
      }),
    );
  });
});

describe('the service context', () => {
  it('SYSTEM by its SID (a real whoami /all run as SYSTEM); an ordinary token is not SYSTEM', () => {
    const system = sampleText('windows/whoami-all-system__htb-scrambled-writeup.txt');
    expect(isLocalSystem(system)).toBe(true);
    // SYSTEM is in Administrators and at System integrity: exactly what must not be called "your account"
    expect(parseWhoamiGroups(system)).toEqual({ admin: true, elevated: true });
    for (const f of sampleFiles('windows', 'whoami-groups__')) expect(isLocalSystem(sampleText(f)), f).toBe(false);
    // whoami /all of ordinary accounts (the USER section holds their own S-1-5-21 SID)
    for (const f of sampleFiles('windows', 'whoami-all__')) expect(isLocalSystem(sampleText(f)), f).toBe(false);
    expect(isLocalSystem('S-1-5-18-1')).toBe(false);
  });
  it('the PowerShell answer about the signed-in user: booleans only', () => {
    expect(parseConsoleJson({ console: true, admin: false })).toEqual({ signedIn: true, admin: false });
    expect(parseConsoleJson({ console: true, admin: null })).toEqual({ signedIn: true, admin: null });
    expect(parseConsoleJson({ console: false, admin: true })).toEqual({ signedIn: false, admin: null });
    for (const bad of [null, [], 'x', {}, { console: 'True' }]) expect(parseConsoleJson(bad)).toBeNull();
  });
  it('macOS: the console owner and dseditgroup\u2019s yes/no', () => {
    expect(parseConsoleOwner('alice\n')).toBe('alice');
    expect(parseConsoleOwner('root\n')).toBe('root');
    for (const bad of ['', 'stat: /dev/console: stat: No such file or directory\n', 'a\nb\n', '-rf\n']) expect(parseConsoleOwner(bad), bad).toBeNull();
    expect(parseCheckmember('yes alice is a member of admin\n')).toBe(true);
    expect(parseCheckmember('no agent is NOT a member of admin\n')).toBe(false);
    expect(parseCheckmember('Group not found.\n')).toBeNull();
    expect(parseCheckmember('')).toBeNull();
  });
  it('Linux: the seat sessions of loginctl (a real list: a user on seat0, the same user without a seat, the gdm greeter)', () => {
    expect(parseLoginctlSessions(sampleText('linux/loginctl-list-sessions__ubuntu-vnc-notes.txt'))).toEqual({ users: ['myuser'], root: false });
    // systemd 252 and later add STATE, IDLE, SINCE; root on a seat (the elogind example)
    expect(parseLoginctlSessions('     58 1001 joseph seat0 tty2 active no   \n     82 1001 joseph       n/a  active no   \n')).toEqual({
      users: ['joseph'],
      root: false,
    });
    expect(parseLoginctlSessions('      1    0 root      seat0 tty1\n')).toEqual({ users: [], root: true });
    expect(parseLoginctlSessions('')).toEqual({ users: [], root: false });
    expect(parseLoginctlSessions('Failed to connect to bus: Host is down\n')).toBeNull();
    expect(
      parseWhoConsoleUsers(
        'alice    tty2         2024-01-01 10:00 (tty2)\nbob      pts/0        2024-01-01 10:05 (192.0.2.4)\ncarol    :0           2024-01-01 09:00 (:0)\n',
      ),
    ).toEqual({ users: ['alice', 'carol'], root: false });
  });
});

describe('evaluate', () => {
  const base: AdminRightsFacts = { os: 'windows', method: 'whoami', admin: false, elevated: false, service: false, console: null, reason: null };
  it.each([
    [{ admin: false, elevated: false }, 'pass', ['standard']],
    [{ admin: false, elevated: true }, 'pass', ['standard']],
    [{ admin: true, elevated: false }, 'warn', ['member']],
    [{ admin: true, elevated: true }, 'warn', ['member', 'elevated']],
    [{ admin: null, elevated: null, method: null, reason: { code: 'not-found' as const, tool: 'whoami' } }, 'unknown', ['unknown']],
    [{ admin: true, elevated: true, service: true, console: { admin: false, reason: null } }, 'pass', ['standard.console', 'service']],
    [{ admin: true, elevated: true, service: true, console: { admin: true, reason: null } }, 'warn', ['member.console', 'service']],
    [{ admin: true, elevated: true, service: true, console: { admin: null, reason: { code: 'service-account' as const } } }, 'unknown', ['unknown.service']],
  ] as [Partial<AdminRightsFacts>, string, string[]][])('%j → %s', (patch, status, ids) => {
    const f = evaluateAdminRights({ ...base, ...patch });
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
  });
  it('the fix names where the account type is changed, per OS and version', () => {
    const admin: AdminRightsFacts = { ...base, admin: true };
    expect(evaluateAdminRights(admin, { os: 'win32', release: '10.0.19045' })).toMatchObject({
      remediation: [{ id: 'fix.windows.10' }],
      link: 'ms-settings:otherusers',
    });
    expect(evaluateAdminRights(admin, { os: 'win32', release: '10.0.22631' })).toMatchObject({
      remediation: [{ id: 'fix.windows' }],
      link: 'ms-settings:otherusers',
    });
    expect(evaluateAdminRights({ ...admin, os: 'macos' }, { os: 'darwin', release: '23.1.0' })).toMatchObject({
      remediation: [{ id: 'fix.macos' }],
      link: 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension',
    });
    const monterey = evaluateAdminRights({ ...admin, os: 'macos' }, { os: 'darwin', release: '21.6.0' });
    expect(monterey.remediation).toEqual([{ id: 'fix.macos.12' }]);
    expect(monterey.link).toBeUndefined();
    expect(evaluateAdminRights({ ...admin, os: 'linux' }, { os: 'linux', release: '6.8' }).remediation).toEqual([{ id: 'fix' }]);
  });
  it('the Bokmål words hold no English', () => {
    for (const [key, text] of Object.entries(messages.nb)) expect(text, key).not.toMatch(/\b(the|and|is|account|rights|user)\b|\(s\)|\(er\)/i);
  });
});

const idRun = (args: string[], stdout: string, code = 0): Interaction => ({
  type: 'run',
  cmd: 'id',
  args,
  locale: 'c',
  result: { stdout, stderr: '', code },
  source: 'test',
});

describe('admin-rights replayed', () => {
  it('every bundle is what the builder makes today', async () => {
    const { adminRightsBundles } = (await import(BUILDER)) as { adminRightsBundles: Record<string, unknown> };
    for (const [name, b] of Object.entries(adminRightsBundles)) expect(JSON.parse(readFileSync(join(BUNDLES, `${name}.json`), 'utf8')), name).toEqual(b);
  });
  it.each([
    ['win32-admin-rights-admin-medium', 'warn', { admin: true, elevated: false }],
    ['win32-admin-rights-not-member-high', 'pass', { admin: false }],
    ['win32-admin-rights-no-whoami', 'unknown', { admin: null, reason: { code: 'not-found', tool: 'whoami' } }],
    ['linux-admin-rights-sudo', 'warn', { admin: true, elevated: false }],
    ['linux-admin-rights-standard', 'pass', { admin: false }],
    ['darwin-admin-rights-admin', 'warn', { os: 'macos', admin: true }],
  ])('%s → %s', async (name, status, facts) => {
    const path = join(BUNDLES, `${name}.json`);
    const report = await replayCheck(adminRights, name);
    expect(report.status).toBe(status);
    expect(report.facts).toMatchObject(facts);
    // the primary group, usually named after the user, never reaches the report
    const primary = JSON.parse(readFileSync(path, 'utf8'))
      .interactions.find((i: { args: string[] }) => i.args?.[0] === '-Gn')
      ?.result.stdout.trim()
      .split(/\s+/)[0];
    if (primary) expect(JSON.stringify(report)).not.toContain(primary);
    expect(JSON.stringify(report.facts)).not.toMatch(/alice|bob|Administrators|BUILTIN/);
  });
  it('id printing garbage and exiting 0 is unknown (unreadable), never "ordinary user"', async () => {
    for (const garbage of ['Segmentation fault\n', 'uid=0(root) gid=0(root)\n', '', 'hello world\n']) {
      const c = await replayCheck(adminRights, bundleOf('linux', [idRun(['-u'], garbage), idRun(['-G'], garbage), idRun(['-Gn'], garbage)]));
      expect(c.status, garbage).toBe('unknown');
      expect(c.reason, garbage).toMatchObject({ code: 'unreadable', tool: 'id' });
    }
    // a sound uid beside garbage groups is not a pass either
    const c = await replayCheck(
      adminRights,
      bundleOf('linux', [idRun(['-u'], '1000\n'), idRun(['-G'], 'Segmentation fault\n'), idRun(['-Gn'], 'Segmentation fault\n')]),
    );
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'id' });
  });
  it.each([
    [
      'win32-admin-rights-system-user-standard',
      'pass',
      'The user signed in at this computer works as an ordinary user without administrator rights. This check ran as a service account (SYSTEM or root), as management tools run it; its own rights are not held against the user.',
    ],
    ['win32-admin-rights-system-user-admin', 'warn', /^The account of the user signed in at this computer has administrator rights/],
    ['darwin-admin-rights-jamf-root-user-admin', 'warn', /^The account of the user signed in at this computer has administrator rights/],
    ['darwin-admin-rights-jamf-root-user-standard', 'pass', /^The user signed in at this computer works as an ordinary user/],
    ['linux-admin-rights-root-seat-user-sudo', 'warn', /^The account of the user signed in at this computer has administrator rights/],
  ])(
    'run as SYSTEM (Intune) or root (Jamf), real whoami/loginctl captures and documented answers: %s judges the signed-in user, not the service account',
    async (name, status, summary) => {
      const c = await replayCheck(adminRights, name);
      expect(c.status).toBe(status);
      expect(c.summary).toMatch(summary);
      expect(c.facts).toMatchObject({ service: true, elevated: true });
      expect(c.summary).not.toMatch(/Your everyday account/);
      expect(JSON.stringify(c)).not.toMatch(/alice|bob|myuser/);
    },
  );
  it.each([
    ['win32-admin-rights-system-no-user', { code: 'service-account', tool: 'Win32_ComputerSystem' }],
    ['win32-admin-rights-system-powershell-blocked', { code: 'service-account', tool: 'powershell' }],
    ['darwin-admin-rights-jamf-root-login-window', { code: 'service-account', tool: 'stat' }],
    ['linux-admin-rights-root-no-session', { code: 'service-account', tool: 'loginctl' }],
  ])('run as a service with no signed-in user to judge: %s is unknown (service-account), never "administrator"', async (name, why) => {
    const c = await replayCheck(adminRights, name);
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject(why);
    expect(c.summary).toMatch(/^This check runs as a service account \(SYSTEM or root\)/);
  });
  it('the service account in Bokmål', async () => {
    const c = await replayCheck(adminRights, 'darwin-admin-rights-jamf-root-login-window', { lang: 'nb' });
    expect(c.summary).toMatch(/^Denne sjekken kjører som en tjenestekonto \(SYSTEM eller root\)/);
  });
  it('an unknown in Bokmål names the reason', async () => {
    const c = await replayCheck(adminRights, 'win32-admin-rights-no-whoami', { lang: 'nb' });
    expect(c.summary).toBe('Klarte ikke å se om du har administratorrettigheter. Årsak: det sjekken leser, finnes ikke på denne maskinen (whoami).');
    expect(c.remediation).toBe('Spør IT om kontoen din har administratorrettigheter.');
  });
  it('on this machine: a finding, never a crash', async () => {
    const r = await runCli(['--json', '--only', 'admin-rights', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'admin-rights');
    if (process.getuid?.() === 0) {
      // root: the user at the machine is judged, or it says it cannot be (service-account) when nobody is there
      expect(c.facts.elevated).toBe(true);
      if (c.status === 'unknown') expect(c.reason.code).toBe('service-account');
    } else expect(['pass', 'warn']).toContain(c.status);
  });
});
