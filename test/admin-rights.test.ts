import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import adminRights, { evaluateAdminRights, type AdminRightsFacts } from '../checks/admin-rights/index.js';
import { messages } from '../checks/admin-rights/messages.js';
import { isAdminGroupMember, parseIdGids, parseIdGroups, parseUid, parseWhoamiGroups } from '../checks/admin-rights/parse.js';
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
    for (const f of sampleFiles('windows', 'whoami-groups')) expect(parseWhoamiGroups(sampleText(f)), f).not.toBeNull();
  });
  it('translated names and attributes do not matter; SIDs in CSV do', () => {
    const csv = '"Jeder","Bekannte Gruppe","S-1-1-0","Verbindliche Gruppe"\r\n"VORDEFINIERT\\Administratoren","Alias","S-1-5-32-544","Verbindliche Gruppe, Aktivierte Gruppe, Gruppenbesitzer"\r\n"Verbindliche Beschriftung\\Hohe Verbindlichkeitsstufe","Bezeichnung","S-1-16-12288",""\r\n';
    expect(parseWhoamiGroups(csv)).toEqual({ admin: true, elevated: true });
  });
  it('a SID that only starts like Administrators is not Administrators', () => {
    expect(parseWhoamiGroups('S-1-1-0\nS-1-5-32-5440\nS-1-16-122880')).toEqual({ admin: false, elevated: false });
  });
  it('garbage is null or a pair of booleans, never a throw', () => {
    expect(parseWhoamiGroups('ERROR: access denied')).toBeNull();
    fc.assert(fc.property(fc.array(fc.constantFrom('S-1-1-0', 'S-1-5-32-544', 'S-1-16-12288', ' ', '\r\n', '"', ',', 'x', 'S-1-'), { maxLength: 30 }), (parts) => {
      const r = parseWhoamiGroups(parts.join(''));
      expect(r === null || (typeof r.admin === 'boolean' && typeof r.elevated === 'boolean')).toBe(true);
    }));
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
    fc.assert(fc.property(fc.string(), (s) => {
      const g = parseIdGroups(s, [1]);
      expect(g === null || g.every((x) => x.length > 0 && !/\s/.test(x))).toBe(true);
      const u = parseUid(s);
      expect(u === null || Number.isInteger(u)).toBe(true);
    }));
  });
});

describe('evaluate', () => {
  const base: AdminRightsFacts = { os: 'windows', method: 'whoami', admin: false, elevated: false, reason: null };
  it.each([
    [{ admin: false, elevated: false }, 'pass', ['standard']],
    [{ admin: false, elevated: true }, 'pass', ['standard']],
    [{ admin: true, elevated: false }, 'warn', ['member']],
    [{ admin: true, elevated: true }, 'warn', ['member', 'elevated']],
    [{ admin: null, elevated: null, method: null, reason: { code: 'not-found' as const, tool: 'whoami' } }, 'unknown', ['unknown']],
  ])('%j → %s', (patch, status, ids) => {
    const f = evaluateAdminRights({ ...base, ...patch });
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
  });
  it('the fix names where the account type is changed, per OS and version', () => {
    const admin: AdminRightsFacts = { ...base, admin: true };
    expect(evaluateAdminRights(admin, { os: 'win32', release: '10.0.19045' })).toMatchObject({ remediation: [{ id: 'fix.windows.10' }], link: 'ms-settings:otherusers' });
    expect(evaluateAdminRights(admin, { os: 'win32', release: '10.0.22631' })).toMatchObject({ remediation: [{ id: 'fix.windows' }], link: 'ms-settings:otherusers' });
    expect(evaluateAdminRights({ ...admin, os: 'macos' }, { os: 'darwin', release: '23.1.0' })).toMatchObject({ remediation: [{ id: 'fix.macos' }], link: 'x-apple.systempreferences:com.apple.Users-Groups-Settings.extension' });
    const monterey = evaluateAdminRights({ ...admin, os: 'macos' }, { os: 'darwin', release: '21.6.0' });
    expect(monterey.remediation).toEqual([{ id: 'fix.macos.12' }]);
    expect(monterey.link).toBeUndefined();
    expect(evaluateAdminRights({ ...admin, os: 'linux' }, { os: 'linux', release: '6.8' }).remediation).toEqual([{ id: 'fix' }]);
  });
  it('the Bokmål words hold no English', () => {
    for (const [key, text] of Object.entries(messages.nb)) expect(text, key).not.toMatch(/\b(the|and|is|account|rights|user)\b|\(s\)|\(er\)/i);
  });
});

const idRun = (args: string[], stdout: string, code = 0): Interaction => ({ type: 'run', cmd: 'id', args, locale: 'c', result: { stdout, stderr: '', code }, source: 'test' });

describe('admin-rights replayed', () => {
  it('every POSIX bundle is what the builder makes today', async () => {
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
    const primary = JSON.parse(readFileSync(path, 'utf8')).interactions.find((i: { args: string[] }) => i.args?.[0] === '-Gn')?.result.stdout.trim().split(/\s+/)[0];
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
    const c = await replayCheck(adminRights, bundleOf('linux', [idRun(['-u'], '1000\n'), idRun(['-G'], 'Segmentation fault\n'), idRun(['-Gn'], 'Segmentation fault\n')]));
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'id' });
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
    if (process.getuid?.() === 0) expect(c.facts.elevated).toBe(true);
    else expect(['pass', 'warn']).toContain(c.status);
  });
});
