import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAdminRights, type AdminRightsFacts } from '../checks/admin-rights/index.js';
import { isAdminGroupMember, parseIdGroups, parseUid, parseWhoamiGroups } from '../checks/admin-rights/parse.js';
import { replay } from './helpers/bundles.js';
import { ROOT, runCli } from './helpers/cli.js';
import { sampleFiles, sampleText } from './helpers/samples.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');

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
    expect(isAdminGroupMember(parseIdGroups(text)!, os)).toBe(admin);
  });
  it('uids and nonsense', () => {
    expect(parseUid('0\n')).toBe(0);
    expect(parseUid('1000')).toBe(1000);
    expect(parseUid('uid=0(root)')).toBeNull();
    expect(parseIdGroups('  \n')).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => {
      const g = parseIdGroups(s);
      expect(g === null || g.every((x) => x.length > 0 && !/\s/.test(x))).toBe(true);
      const u = parseUid(s);
      expect(u === null || Number.isInteger(u)).toBe(true);
    }));
  });
});

describe('evaluate', () => {
  const base: AdminRightsFacts = { os: 'windows', method: 'whoami', admin: false, elevated: false, reason: null };
  it.each([
    [{ admin: false, elevated: false }, 'pass', ['admin.standard']],
    [{ admin: false, elevated: true }, 'pass', ['admin.standard']],
    [{ admin: true, elevated: false }, 'warn', ['admin.member']],
    [{ admin: true, elevated: true }, 'warn', ['admin.member', 'admin.elevated']],
    [{ admin: null, elevated: null, reason: 'x' }, 'unknown', ['admin.unknown']],
  ])('%j → %s', (patch, status, ids) => {
    const f = evaluateAdminRights({ ...base, ...patch });
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
  });
});

describe('admin-rights replayed through the built CLI', () => {
  it.each([
    ['win32-admin-rights-admin-medium', 'warn', { admin: true, elevated: false }],
    ['win32-admin-rights-not-member-high', 'pass', { admin: false }],
    ['win32-admin-rights-no-whoami', 'unknown', { admin: null }],
    ['linux-admin-rights-sudo', 'warn', { admin: true, elevated: false }],
    ['linux-admin-rights-standard', 'pass', { admin: false }],
    ['darwin-admin-rights-admin', 'warn', { os: 'macos', admin: true }],
  ])('%s → %s', async (name, status, facts) => {
    const path = join(BUNDLES, `${name}.json`);
    const { report } = await replay(path, ['--only', 'admin-rights']);
    const c = report.checks.find((x) => x.id === 'admin-rights')!;
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
    // the primary group, usually named after the user, never reaches the report
    const primary = JSON.parse(readFileSync(path, 'utf8')).interactions.find((i: { args: string[] }) => i.args?.[0] === '-Gn')?.result.stdout.trim().split(/\s+/)[0];
    if (primary) expect(JSON.stringify(report)).not.toContain(primary);
    expect(JSON.stringify(c.facts)).not.toMatch(/alice|bob|Administrators|BUILTIN/);
  });
  it('on this machine: a finding, never a crash', async () => {
    const r = await runCli(['--json', '--only', 'admin-rights', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'admin-rights');
    const uid = process.getuid?.();
    if (uid === 0) expect(c.facts).toMatchObject({ admin: true, elevated: true });
    else expect(['pass', 'warn']).toContain(c.status);
  });
});
