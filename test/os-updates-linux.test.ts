import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateOs } from '../checks/os-updates/evaluate.js';
import type { OsFacts } from '../checks/os-updates/facts.js';
import { parseAptUpgradable, parseDnfCheckUpdate, parseOsRelease } from '../checks/os-updates/linux.js';
import { findSupport } from '../checks/os-updates/support.js';
import { defaultPolicy } from '../src/policy.js';
import { sampleFiles, sampleText } from './helpers/samples.js';

describe('os-release', () => {
  const expected: Record<string, [string, string]> = {
    'debian13': ['debian', '13'],
    'fedora42': ['fedora', '42'],
    // Mint 17's os-release speaks of its Ubuntu base: that is what the machine says
    'linuxmint17': ['ubuntu', '14.04'],
    'opensuse15': ['opensuse-leap', '15.2'],
    'rhel9': ['rhel', '9.6'],
    'ubuntu24': ['ubuntu', '24.04'],
  };
  for (const file of sampleFiles('linux', 'etc-os-release')) {
    const key = Object.keys(expected).find((k) => file.endsWith(`${k}.txt`));
    if (!key) continue;
    it(`reads ${file}`, () => {
      const r = parseOsRelease(sampleText(file));
      expect([r.ID, r.VERSION_ID]).toEqual(expected[key]);
      expect(r.PRETTY_NAME).toBeTruthy();
    });
  }
  it('a file that is only a symlink target (the Arch sample) yields no ID', () => {
    expect(parseOsRelease(sampleText('linux/etc-os-release__python-distro-arch.txt')).ID).toBeUndefined();
  });
  it('unquotes and unescapes values', () => {
    expect(parseOsRelease('NAME="A \\"b\\" c"\nID=x\r\nX=\'y z\'')).toEqual({ NAME: 'A "b" c', ID: 'x', X: 'y z' });
  });
});

describe('apt list --upgradable', () => {
  it('counts packages, not the Listing header or the warning (Debian 9 sample)', () => {
    expect(parseAptUpgradable(sampleText('linux/apt-list-upgradable__pinky-bar-issue-13-debian9.txt'))).toEqual({ manager: 'apt', total: 3, security: 0 });
  });
  it('ignores prompt lines around the list (Ubuntu 24.10 sample)', () => {
    expect(parseAptUpgradable(sampleText('linux/apt-list-upgradable__wajig-issue-24-ubuntu-oracular.txt'))).toEqual({ manager: 'apt', total: 4, security: 0 });
  });
  it('marks suites ending in -security as security updates', () => {
    const out = 'Listing...\nopenssl/bookworm-security 3.0.15-1~deb12u1 amd64 [upgradable from: 3.0.14-1~deb12u2]\nlibc6/noble-updates,noble-security 2.39-0ubuntu8.4 amd64 [upgradable from: 2.39-0ubuntu8.3]\nvim/stable 2:9.0 amd64 [upgradable from: 2:8.2]\n';
    expect(parseAptUpgradable(out)).toEqual({ manager: 'apt', total: 3, security: 2 });
  });
  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (s) => parseAptUpgradable(s).total >= 0));
  });
});

describe('dnf check-update', () => {
  it('exit 100 lists updates; installed (@repo) and indented obsoletes lines are not counted twice', () => {
    const parsed = parseDnfCheckUpdate(sampleText('linux/dnf-check-update__openmandriva-issue-2548.txt'), 100);
    // the only non-installed line in the sample is gwenview from rock-x86_64
    expect(parsed).toEqual({ manager: 'dnf', total: 1, security: null });
  });
  it('exit 0 means none; exit 1 means it could not tell', () => {
    expect(parseDnfCheckUpdate('', 0)?.total).toBe(0);
    expect(parseDnfCheckUpdate('Error: Failed to download metadata', 1)).toBeNull();
  });
  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom(0, 1, 100, null), (s, code) => {
      parseDnfCheckUpdate(s, code);
      return true;
    }));
  });
});

describe('os-updates evaluate', () => {
  const base: OsFacts = {
    os: 'linux',
    now: '2026-11-23T12:00:00.000Z',
    name: 'Debian GNU/Linux 12 (bookworm)',
    distro: 'debian',
    version: '12',
    build: null,
    pending: { manager: 'apt', total: 0, security: 0 },
    pendingReason: null,
    rebootRequired: false,
    daysSinceUpdate: 3,
    listsAgeDays: 1,
  };
  const ev = (over: Partial<OsFacts>) => evaluateOs({ ...base, ...over }, defaultPolicy, undefined, '2026-11-23');
  it('supported, updated, fresh lists: pass', () => expect(ev({}).status).toBe('pass'));
  it('end of support passed: fail', () => {
    const f = ev({ distro: 'ubuntu', version: '20.04', name: 'Ubuntu 20.04' });
    expect(f.status).toBe('fail');
    expect(f.summary.map((m) => m.id)).toContain('os.unsupported');
  });
  it('pending security updates: fail; other updates: warn', () => {
    expect(ev({ pending: { manager: 'apt', total: 5, security: 1 } }).status).toBe('fail');
    expect(ev({ pending: { manager: 'apt', total: 5, security: 0 } }).status).toBe('warn');
  });
  it('cannot read pending updates: unknown, never pass', () => {
    expect(ev({ pending: null, pendingReason: 'timeout' }).status).toBe('unknown');
  });
  it('no updates but lists weeks old: warn', () => expect(ev({ listsAgeDays: 60 }).status).toBe('warn'));
  it('reboot needed or long since the last update: warn', () => {
    expect(ev({ rebootRequired: true }).status).toBe('warn');
    expect(ev({ daysSinceUpdate: 90 }).status).toBe('warn');
  });
  it('a release not in the table: unknown', () => expect(ev({ version: '99' }).status).toBe('unknown'));
  it('a support table over a year old is said and never passes', () => {
    const f = evaluateOs({ ...base, now: '2028-01-01T00:00:00.000Z' }, defaultPolicy, undefined, '2026-11-23');
    expect(f.status).toBe('warn');
    expect(f.summary.map((m) => m.id)).toContain('os.table-old');
  });
  it('no os-release at all: unknown', () => expect(ev({ distro: null, unknownReason: 'no /etc/os-release' }).status).toBe('unknown'));
  it('finds RHEL rebuilds and minor versions in the table', () => {
    expect(findSupport('rocky', '9.4')?.ends).toBe('2032-05-31');
    expect(findSupport('ubuntu', '24.04')?.ends).toBe('2029-05-31');
  });
});
