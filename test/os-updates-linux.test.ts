import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redRulesFor } from '../src/questions/types.js';
import osUpdates from '../checks/os-updates/index.js';
import { evaluateOs, OsUpdatesOptionsSchema, type OsUpdatesOptions } from '../checks/os-updates/evaluate.js';
import { OsUpdatesFactsSchema, type OsFacts } from '../checks/os-updates/facts.js';
import { parseAptUpgradable, parseDnfCheckUpdate, parseOsRelease, parsePacmanQu, parseZypperListUpdates } from '../checks/os-updates/linux.js';
import { findSupport, supportOf } from '../checks/os-updates/support.js';
import type { DataClassAnswer } from '../src/questions/types.js';
import { bundleOf } from './helpers/bundles.js';
import { replayCheck } from './helpers/check-tester.js';
import { sampleFiles, sampleText } from './helpers/samples.js';
import { icuArguments } from './helpers/language.js';

describe('os-release', () => {
  const expected: Record<string, [string, string]> = {
    debian13: ['debian', '13'],
    fedora42: ['fedora', '42'],
    // Mint 17's os-release speaks of its Ubuntu base: that is what the machine says
    linuxmint17: ['ubuntu', '14.04'],
    opensuse15: ['opensuse-leap', '15.2'],
    rhel9: ['rhel', '9.6'],
    ubuntu24: ['ubuntu', '24.04'],
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
    expect(parseAptUpgradable(sampleText('linux/apt-list-upgradable__pinky-bar-issue-13-debian9.txt'))).toEqual({ total: 3, security: 0 });
  });
  it('ignores prompt lines around the list (Ubuntu 24.10 sample)', () => {
    expect(parseAptUpgradable(sampleText('linux/apt-list-upgradable__wajig-issue-24-ubuntu-oracular.txt'))).toEqual({ total: 4, security: 0 });
  });
  it('marks suites ending in -security as security updates', () => {
    const out =
      'Listing...\nopenssl/bookworm-security 3.0.15-1~deb12u1 amd64 [upgradable from: 3.0.14-1~deb12u2]\nlibc6/noble-updates,noble-security 2.39-0ubuntu8.4 amd64 [upgradable from: 2.39-0ubuntu8.3]\nvim/stable 2:9.0 amd64 [upgradable from: 2:8.2]\n';
    expect(parseAptUpgradable(out)).toEqual({ total: 3, security: 2 });
  });
  it('the bare "Listing..." header (with or without "Done") is none', () => {
    expect(parseAptUpgradable('Listing...\n')).toEqual({ total: 0, security: 0 });
    expect(parseAptUpgradable('Listing... Done\n')).toEqual({ total: 0, security: 0 });
  });
  it('garbage, or nothing at all, is not "none": it is unreadable', () => {
    for (const text of ['', 'Segmentation fault', 'usage: apt [options] command', '{"json":true}', '\u001b[31mERROR\u001b[0m'])
      expect(parseAptUpgradable(text), text).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseAptUpgradable(s);
        // a count comes only from an answer that has apt's header or a package line
        if (r !== null) expect(/Listing\.\.\./.test(s) || r.total > 0).toBe(true);
      }),
    );
  });
});

describe('dnf check-update', () => {
  it('exit 100 lists updates; installed (@repo) and indented obsoletes lines are not counted twice', () => {
    const parsed = parseDnfCheckUpdate(sampleText('linux/dnf-check-update__openmandriva-issue-2548.txt'), 100);
    // the only non-installed line in the sample is gwenview from rock-x86_64
    expect(parsed).toEqual({ total: 1, security: null });
  });
  it('exit 0 with nothing (or only the metadata line) means none; exit 1 means it could not tell', () => {
    expect(parseDnfCheckUpdate('', 0)?.total).toBe(0);
    expect(parseDnfCheckUpdate('Last metadata expiration check: 0:43:37 ago on Thu Sep 19 14:22:53 2019.\n', 0)?.total).toBe(0);
    expect(parseDnfCheckUpdate('Error: Failed to download metadata', 1)).toBeNull();
  });
  it('garbage with exit 0, or exit 100 without a package line, is unreadable', () => {
    expect(parseDnfCheckUpdate('Segmentation fault', 0)).toBeNull();
    expect(parseDnfCheckUpdate('something else entirely', 100)).toBeNull();
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(0, 1, 100, null), (s, code) => {
        const r = parseDnfCheckUpdate(s, code);
        if (r && code === 0) expect(s.split('\n').every((l) => !l.trim() || /^(Last metadata|Obsoleting|Security: )/.test(l.trim()))).toBe(true);
      }),
    );
  });
});

describe('zypper list-updates', () => {
  it('Leap 15.6 sample (zypper -q lu): one update, counted from the table shape', () => {
    expect(parseZypperListUpdates(sampleText('linux/zypper-lu__vuls-issue-1977-leap15.6.txt'))).toEqual({ total: 1, security: null });
  });
  it('"No updates found." (openSUSE 11.4 sample) is none', () => {
    expect(parseZypperListUpdates(sampleText('linux/zypper-list-updates-none__parabing-opensuse-11.4.txt'))).toEqual({ total: 0, security: null });
  });
  it('translated headers do not matter; a row of another shape, or garbage, is unreadable', () => {
    const text = sampleText('linux/zypper-lu__vuls-issue-1977-leap15.6.txt').replace('Repository', 'Depot').replace('Name', 'Nom');
    expect(parseZypperListUpdates(text)?.total).toBe(1);
    expect(parseZypperListUpdates(`${text}\nnot a row\n`)).toBeNull();
    for (const g of ['', 'Loading repository data...\n', 'Segmentation fault']) expect(parseZypperListUpdates(g), g).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseZypperListUpdates(s);
        if (r) expect(/No updates found\.|-\+-/.test(s)).toBe(true);
      }),
    );
  });
});

describe('pacman -Qu', () => {
  it('Arch sample: 24 packages', () => {
    expect(parsePacmanQu({ stdout: sampleText('linux/pacman-Qu__epsi-rns-docker-arch-2017.txt'), stderr: '', code: 0 })).toEqual({ total: 24, security: null });
  });
  it('a package held back by IgnorePkg is not waiting', () => {
    expect(parsePacmanQu({ stdout: sampleText('linux/pacman-Qu-ignored__epsi-rns-docker-pacman-2017.txt'), stderr: '', code: 0 })).toEqual({
      total: 0,
      security: null,
    });
  });
  it('exit 1 in silence is none; exit 1 with an error, or garbage with exit 0, is not', () => {
    expect(parsePacmanQu({ stdout: '', stderr: '', code: 1 })).toEqual({ total: 0, security: null });
    expect(parsePacmanQu({ stdout: '', stderr: 'error: could not open file /var/lib/pacman/sync/core.db', code: 1 })).toBeNull();
    expect(parsePacmanQu({ stdout: 'Segmentation fault', stderr: '', code: 0 })).toBeNull();
  });
});

const DAY = 86_400_000;
const NOW = new Date('2026-11-23T12:00:00.000Z');
const base: OsFacts = {
  os: 'linux',
  name: 'Debian GNU/Linux 12 (bookworm)',
  distro: 'debian',
  version: '12',
  build: null,
  support: { ends: '2028-06-30', rolling: false, source: 'table', esu: false, tableDate: '2026-11-23' },
  pending: { manager: 'apt', total: 0, security: 0, listsAgeDays: 1, reason: null },
  rebootRequired: false,
  daysSinceUpdate: 3,
  reason: null,
};
function ctx(over: { options?: Partial<OsUpdatesOptions>; dataClass?: DataClassAnswer; now?: Date; os?: string; release?: string } = {}) {
  return {
    options: OsUpdatesOptionsSchema.parse(over.options ?? {}),
    meeting: { dataClass: over.dataClass ?? 'green', redRules: redRulesFor(over.dataClass ?? 'green') },
    platform: { os: over.os ?? 'linux', release: over.release ?? 'replayed', arch: 'x64' },
    now: over.now ?? NOW,
  };
}

describe('os-updates evaluate (Linux)', () => {
  const ev = (over: Partial<OsFacts>) => evaluateOs({ ...base, ...over }, ctx());
  it('supported, updated, fresh lists: pass', () => expect(ev({}).status).toBe('pass'));
  it('end of support passed: fail, with the fix to move on', () => {
    const f = ev({
      name: 'Ubuntu 20.04',
      distro: 'ubuntu',
      version: '20.04',
      support: { ends: '2025-05-31', rolling: false, source: 'table', esu: false, tableDate: '2026-11-23' },
    });
    expect(f.status).toBe('fail');
    expect(f.summary.map((m) => m.id)).toContain('unsupported');
    expect(f.remediation).toEqual([{ id: 'fix.upgrade' }]);
  });
  it('pending security updates: fail; other updates: warn; one or many said without a programmer plural', () => {
    expect(ev({ pending: { ...base.pending!, total: 5, security: 1 } })).toMatchObject({
      status: 'fail',
      summary: [{ id: 'supported' }, { id: 'pending-security.one' }],
      remediation: [{ id: 'fix.update.linux' }],
    });
    expect(ev({ pending: { ...base.pending!, total: 5, security: 0 } })).toMatchObject({
      status: 'warn',
      summary: [{ id: 'supported' }, { id: 'pending-other.many', params: { count: 5 } }],
    });
  });
  it('cannot read pending updates: unknown with the reason of the package manager, never pass', () => {
    const f = ev({ pending: { manager: null, total: null, security: null, listsAgeDays: null, reason: { code: 'unreadable', tool: 'apt' } } });
    expect(f.status).toBe('unknown');
    expect(f.reason).toEqual({ code: 'unreadable', tool: 'apt' });
  });
  it('no updates but lists weeks old: warn (and the option decides how old is old)', () => {
    expect(ev({ pending: { ...base.pending!, listsAgeDays: 60 } }).status).toBe('warn');
    expect(evaluateOs({ ...base, pending: { ...base.pending!, listsAgeDays: 60 } }, ctx({ options: { maxPackageListAgeDays: 90 } })).status).toBe('pass');
  });
  it('reboot needed or long since the last update: warn', () => {
    expect(ev({ rebootRequired: true })).toMatchObject({ status: 'warn', remediation: [{ id: 'fix.reboot' }] });
    expect(ev({ daysSinceUpdate: 90 })).toMatchObject({
      status: 'warn',
      summary: [{ id: 'supported' }, { id: 'pending-none' }, { id: 'days-since', params: { days: 90 } }],
    });
    expect(evaluateOs({ ...base, daysSinceUpdate: 90 }, ctx({ options: { maxDaysSinceUpdate: 120 } })).status).toBe('pass');
  });
  it('a release not in the table: unknown, with the code saying so', () => {
    const f = ev({ version: '99', support: { ends: null, rolling: false, source: null, esu: false, tableDate: '2026-11-23' } });
    expect(f.status).toBe('unknown');
    expect(f.reason?.code).toBe('not-in-table');
  });
  it('a rolling release is neither supported until a date nor unknown', () => {
    expect(ev({ distro: 'arch', version: null, support: { ends: null, rolling: true, source: null, esu: false, tableDate: '2026-11-23' } })).toMatchObject({
      status: 'pass',
      summary: [{ id: 'rolling' }, { id: 'pending-none' }],
    });
  });
  it('a support table over a year old is said and never passes', () => {
    const f = evaluateOs(base, ctx({ now: new Date('2028-01-01T00:00:00Z') }));
    expect(f.status).toBe('warn');
    expect(f.summary.map((m) => m.id)).toContain('table-old');
  });
  it('no os-release at all: unknown, with its reason', () => {
    const f = ev({ distro: null, reason: { code: 'not-found', tool: 'os-release' } });
    expect(f).toMatchObject({ status: 'unknown', summary: [{ id: 'unknown-os' }], reason: { code: 'not-found', tool: 'os-release' } });
  });
  it('SUPPORT_END of os-release (os-release(5)) gives the end of a release the table does not know; a malformed one is not read', () => {
    expect(supportOf('fedora', '45', '2027-12-08')).toMatchObject({ ends: '2027-12-08', source: 'os-release' });
    expect(supportOf('fedora', '45', '2027-13-01')).toMatchObject({ ends: null, source: null });
    expect(supportOf('fedora', '42', null)).toMatchObject({ ends: '2026-05-13', source: 'table' });
    expect(supportOf('arch', null, '2030-01-01')).toMatchObject({ rolling: true });
  });
  it('finds RHEL rebuilds and minor versions in the table', () => {
    expect(findSupport('rocky', '9.4')?.ends).toBe('2032-05-31');
    expect(findSupport('ubuntu', '24.04')?.ends).toBe('2029-05-31');
  });
});

const OS_RELEASE_DEBIAN12 = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';
const osRelease = { type: 'readFile' as const, path: '/etc/os-release', result: OS_RELEASE_DEBIAN12 };
const run = (cmd: string, args: string[], stdout: string, code: number | null, stderr = '') => ({
  type: 'run' as const,
  cmd,
  args,
  locale: 'c' as const,
  result: { stdout, stderr, code },
});
const APT = ['list', '--upgradable'];
const DNF = ['check-update', '--cacheonly', '--quiet'];
const ZYPPER = ['--non-interactive', '--no-refresh', 'list-updates'];

describe('os-updates replayed: every package manager recognises its own answer', () => {
  it('apt printing garbage with exit 0 is unknown (unreadable), never "no updates waiting"', async () => {
    const c = await replayCheck(osUpdates, bundleOf('linux', [osRelease, run('apt', APT, 'Segmentation fault\n', 0)]));
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'apt' });
    expect(c.facts).toMatchObject({ pending: { total: null, reason: { code: 'unreadable', tool: 'apt' } } });
    expect(c.summary).not.toMatch(/No updates/);
  });
  it('a garbled apt does not hide a working dnf', async () => {
    const c = await replayCheck(osUpdates, bundleOf('linux', [osRelease, run('apt', APT, 'garbage', 0), run('dnf', DNF, '', 0)]));
    expect(c.facts).toMatchObject({ pending: { manager: 'dnf', total: 0 } });
  });
  it('dnf garbage with exit 0 is unknown too, and says so in Bokmål', async () => {
    const c = await replayCheck(osUpdates, bundleOf('linux', [osRelease, run('dnf', DNF, 'Segmentation fault\n', 0)]), { lang: 'nb' });
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'dnf' });
    expect(c.summary).toBe(
      'Debian GNU/Linux 12 (bookworm) får sikkerhetsoppdateringer fram til 30. juni 2028. Klarte ikke å lese hvilke oppdateringer som venter. Årsak: svaret fra systemet hadde en uventet form (dnf).',
    );
    expect(c.remediation).toMatch(/oppdateringsverktøyet i systemet/);
  });
  it('zypper (real Leap 15.6 answer): one update waiting, warn', async () => {
    const c = await replayCheck(
      osUpdates,
      bundleOf('linux', [osRelease, run('zypper', ZYPPER, sampleText('linux/zypper-lu__vuls-issue-1977-leap15.6.txt'), 0)]),
    );
    expect(c.status).toBe('warn');
    expect(c.facts).toMatchObject({ pending: { manager: 'zypper', total: 1, security: null } });
  });
  it('zypper garbage with exit 0 is unknown', async () => {
    const c = await replayCheck(osUpdates, bundleOf('linux', [osRelease, run('zypper', ZYPPER, 'Segmentation fault', 0)]));
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'zypper' });
  });
  it('pacman (real Arch answer): 24 updates waiting; its lists age and the last install from the database folders', async () => {
    const now = Date.parse('2026-11-20T09:00:00.000Z');
    const c = await replayCheck(
      osUpdates,
      bundleOf('linux', [
        osRelease,
        run('pacman', ['-Qu'], sampleText('linux/pacman-Qu__epsi-rns-docker-arch-2017.txt'), 0),
        { type: 'stat', path: '/var/lib/pacman/sync', result: { size: 4096, mtimeMs: now - 2 * DAY, isDirectory: true } },
        { type: 'stat', path: '/var/lib/pacman/local', result: { size: 4096, mtimeMs: now - 5 * DAY, isDirectory: true } },
      ]),
    );
    expect(c.facts).toMatchObject({ pending: { manager: 'pacman', total: 24, listsAgeDays: 2 }, daysSinceUpdate: 5, rebootRequired: null });
    expect(c.summary).toMatch(/24 updates are waiting/);
  });
  it('pacman failing with a broken database is a failure, not "none"', async () => {
    const c = await replayCheck(osUpdates, bundleOf('linux', [osRelease, run('pacman', ['-Qu'], '', 1, 'error: failed to initialize alpm library')]));
    expect(c.reason).toMatchObject({ code: 'failed', tool: 'pacman' });
  });
  it('no package manager at all: unknown, naming the ones looked for', async () => {
    const c = await replayCheck(osUpdates, bundleOf('linux', [osRelease]));
    expect(c.reason).toEqual({ code: 'not-found', tool: 'apt, dnf, zypper, pacman' });
  });
  it('whatever the programs print, the facts keep to their schema and a count comes only from a recognised answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.constantFrom(0, 1, 100), async (stdout, code) => {
        const c = await replayCheck(
          osUpdates,
          bundleOf('linux', [
            osRelease,
            run('apt', APT, stdout, code),
            run('dnf', DNF, stdout, code),
            run('zypper', ZYPPER, stdout, code),
            run('pacman', ['-Qu'], stdout, code),
          ]),
        );
        OsUpdatesFactsSchema.parse(c.facts);
        const pending = c.facts.pending as OsFacts['pending'];
        if (pending?.total === 0)
          expect(/Listing\.\.\.|No updates found\./.test(stdout) || !stdout.trim() || code === 1 || /Last metadata/.test(stdout)).toBe(true);
        if (c.status === 'unknown') expect(c.reason?.code).toBeTruthy();
      }),
      { numRuns: 40 },
    );
  });
});

describe('the words of the OS check', () => {
  const params = (s: string) => icuArguments(s).map((a) => a.split(':')[0]);
  it('every key in both languages, with the same parameters, and none carries machine text as {reason}', () => {
    expect(Object.keys(osUpdates.messages.nb).sort()).toEqual(Object.keys(osUpdates.messages.en).sort());
    for (const [key, en] of Object.entries(osUpdates.messages.en)) {
      const nb = (osUpdates.messages.nb as Record<string, string>)[key]!;
      expect(params(nb), key).toEqual(params(en));
      expect(en + nb, key).not.toMatch(/\{reason\}|\(s\)|\(er\)/);
    }
  });
  it('no English words in the Bokmål text', () => {
    for (const [key, nb] of Object.entries(osUpdates.messages.nb)) {
      const words = nb.replace(/`[^`]*`/g, '').replace(/Windows Update|homeoffice-check/g, '');
      expect(words, key).not.toMatch(
        /\b(the|and|or|update|updates|settings|software|check|restart|support|security|extended|install|waiting|release|rolling)\b/i,
      );
    }
  });
});
