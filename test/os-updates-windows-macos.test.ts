import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redRulesFor } from '../src/questions/types.js';
import { evaluateOs, OsUpdatesOptionsSchema } from '../checks/os-updates/evaluate.js';
import type { OsFacts } from '../checks/os-updates/facts.js';
import osUpdates from '../checks/os-updates/index.js';
import {
  collectMac,
  macMajor,
  parseOldStylePlist,
  parseSoftwareUpdateList,
  parseSoftwareUpdatePrefs,
  parseSwVers,
  SOFTWARE_UPDATE_DOMAIN,
} from '../checks/os-updates/macos.js';
import { findSupport, supportTable } from '../checks/os-updates/support.js';
import { parseHotfixDate, parseWindowsOsJson, windowsSupportKey } from '../checks/os-updates/windows.js';
import type { DataClassAnswer } from '../src/questions/types.js';
import { BundleSchema } from '../src/probe/bundle.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { bundleOf } from './helpers/bundles.js';
import { replayCheck } from './helpers/check-tester.js';
import { ROOT, runCli } from './helpers/cli.js';
import { ReportSchema } from '../src/report/schema.js';
import { sampleFiles, sampleText } from './helpers/samples.js';

function evalCtx(os: string, dataClass: DataClassAnswer = 'green', now = new Date('2026-11-20T09:00:00.000Z'), release = 'replayed') {
  return { options: OsUpdatesOptionsSchema.parse({}), meeting: { dataClass, redRules: redRulesFor(dataClass) }, platform: { os, release, arch: 'x64' }, now };
}

/** The rows of a Get-HotFix / Win32_QuickFixEngineering table: [HotFixID, InstalledOn text]. */
function hotfixRows(text: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const line of text.split('\n')) {
    const m = /\s(KB\d+)\s.*?\s(\d{1,2}\/\d{1,2}\/\d{4} .*?)\s*$/.exec(line);
    if (m) rows.push([m[1]!, m[2]!]);
  }
  return rows;
}

describe('Windows update dates', () => {
  it('reads every unambiguous en-US date of the Get-HotFix sample (M/d/yyyy h:mm:ss AM)', () => {
    const rows = hotfixRows(sampleText('windows/Get-HotFix__thm-writeup-en.txt'));
    expect(rows).toHaveLength(7);
    const read = rows.map(([, d]) => parseHotfixDate(d));
    // 10/18/2016, 6/15/2017, 11/15/2016, 3/16/2017: the day is above 12; 9/12/2016 could be either
    expect(read).toEqual(['2016-10-18', '2017-06-15', null, '2016-10-18', '2016-11-15', '2017-03-16', '2017-06-15']);
  });

  it.each(sampleFiles('windows', 'Get-WmiObject-win32_quickfixengineering'))(
    'reads the Spanish d/MM/yyyy dates of %s, never swapping day and month',
    (file) => {
      const rows = hotfixRows(sampleText(file));
      expect(rows.length).toBeGreaterThanOrEqual(7);
      for (const [, text] of rows) {
        const [d, m, y] = text.split(' ')[0]!.split('/').map(Number) as [number, number, number];
        const read = parseHotfixDate(text);
        if (d > 12 || d === m) expect(read).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        else expect(read).toBeNull();
      }
    },
  );

  it('reads the dotted day-first dates of a German Get-HotFix (08.12.2022 is 8 December), never refusing them', () => {
    const rows = sampleText('windows/Get-HotFix-InstalledOn__check-mk-things-issue-30-de.txt')
      .split('\n')
      .map((l) => /^(KB\d+) (.+?)\s*$/.exec(l))
      .filter((m) => m !== null);
    expect(rows.map((m) => [m[1], parseHotfixDate(m[2])])).toEqual([
      ['KB5025182', '2023-04-21'],
      ['KB5012170', '2022-12-08'],
      ['KB5026446', '2023-05-12'],
      ['KB5026549', '2023-05-12'],
    ]);
    expect(parseHotfixDate('08.12.2022')).toBe('2022-12-08');
    expect(parseHotfixDate('31.02.2022')).toBeNull();
    // separators are not mixed
    expect(parseHotfixDate('08.12/2022')).toBeNull();
  });

  it.each(['windows/Get-HotFix__zenn-haretokidoki-ja.txt', 'windows/Get-CimInstance-Win32_QuickFixEngineering__lets-note-notes-ja.txt'])(
    'reads the year-first Japanese dates of %s (2023/11/20 0:00:00), every one',
    (file) => {
      const rows = sampleText(file)
        .split('\n')
        .map((l) => /\s(KB\d+)\s.*?\s(\d{4}\/\d{2}\/\d{2}) \d{1,2}:\d{2}:\d{2}\s*$/.exec(l))
        .filter((m) => m !== null);
      expect(rows.length).toBeGreaterThanOrEqual(7);
      for (const m of rows) expect(parseHotfixDate(`${m[2]} 0:00:00`), m[1]).toBe(m[2]!.replace(/\//g, '-'));
    },
  );

  it('reads year-first dashed dates with a 12-hour clock (a row without InstalledBy too)', () => {
    const rows = sampleText('windows/Get-HotFix__msi-install-notes-iso-date-ampm.txt')
      .split('\n')
      .map((l) => /\s(KB\d+)\s.*?\s(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}:\d{2} [AP]M)\s*$/.exec(l))
      .filter((m) => m !== null);
    expect(rows).toHaveLength(14);
    const read = rows.map((m) => [m[1], parseHotfixDate(m[2])]);
    expect(read[0]).toEqual(['KB5027122', '2023-06-23']);
    expect(read[1]).toEqual(['KB5003791', '2021-10-06']);
    for (const [, d] of read) expect(d).toMatch(/^20\d\d-\d\d-\d\d$/);
    // the newest of the list
    expect(
      read
        .map(([, d]) => d)
        .sort()
        .at(-1),
    ).toBe('2023-07-28');
  });

  it('year-first dates: unpadded parts, dots, and impossible days', () => {
    expect(parseHotfixDate('2023/5/2 0:00:00')).toBe('2023-05-02');
    expect(parseHotfixDate('2023.05.12')).toBe('2023-05-12');
    expect(parseHotfixDate('2023/02/30 0:00:00')).toBeNull();
    expect(parseHotfixDate('2023/13/01')).toBeNull();
    expect(parseHotfixDate('2023/05-12')).toBeNull();
  });

  it('reads the ISO date the script writes, and a FILETIME in hex', () => {
    expect(parseHotfixDate('2024-11-12')).toBe('2024-11-12');
    expect(parseHotfixDate('2024-11-12T00:00:00')).toBe('2024-11-12');
    // 2011-01-14 00:00 UTC as 100-ns ticks since 1601
    expect(parseHotfixDate('01cbb3a000000000')).toMatch(/^2011-01-1\d$/);
    expect(parseHotfixDate('2024-02-30')).toBeNull();
    expect(parseHotfixDate('')).toBeNull();
    expect(parseHotfixDate(20241112)).toBeNull();
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue()), (v) => {
        const r = parseHotfixDate(v);
        expect(r === null || /^\d{4}-\d{2}-\d{2}$/.test(r)).toBe(true);
      }),
    );
  });
});

describe('Windows JSON', () => {
  const base = {
    caption: 'Microsoft Windows 10 Professionnel',
    productName: 'Windows 10 Pro',
    editionId: 'Professional',
    displayVersion: '22H2',
    currentBuild: '19045',
    ubr: 5131,
    rebootPending: false,
    hotfixes: [
      { id: 'KB1', installedOn: '2020-02-14' },
      { id: 'KB2', installedOn: '2020-02-04' },
    ],
  };
  it.each([
    [base, { major: '10', build: 19045, ubr: 5131, displayVersion: '22H2', latestUpdate: { id: 'KB1', date: '2020-02-14' }, rebootPending: false }],
    // Windows 11 keeps "Windows 10" in the registry ProductName: the build decides
    [
      { ...base, caption: null, productName: 'Windows 10 Pro', currentBuild: '26100', displayVersion: '24H2' },
      { major: '11', displayVersion: '24H2' },
    ],
    // the build from Win32_OperatingSystem.Version when the registry gave none
    [
      { ...base, currentBuild: null, osVersion: '10.0.18362' },
      { major: '10', build: 18362 },
    ],
    // one hotfix arrives as an object, not a list (ConvertTo-Json of a single item)
    [
      { ...base, hotfixes: { id: 'KB9', installedOn: '15/11/2019 12:00:00 a. m.' } },
      { latestUpdate: { id: 'KB9', date: '2019-11-15' }, hotfixCount: 1 },
    ],
    [{ ...base, releaseId: '1903', displayVersion: null }, { displayVersion: '1903' }],
    [
      { ...base, rebootPending: 'True', hotfixes: [] },
      { rebootPending: null, latestUpdate: null },
    ],
  ])('%j', (json, expected) => expect(parseWindowsOsJson(json)).toMatchObject(expected));

  it('nothing usable is null, and garbage never throws', () => {
    expect(parseWindowsOsJson(null)).toBeNull();
    expect(parseWindowsOsJson([])).toBeNull();
    expect(parseWindowsOsJson({ hotfixes: [] })).toBeNull();
    fc.assert(
      fc.property(fc.jsonValue(), (j) => {
        const r = parseWindowsOsJson(j);
        expect(r === null || typeof r.hotfixCount === 'number').toBe(true);
      }),
    );
  });

  it.each([
    [{ major: '10', displayVersion: '22H2', edition: 'Professional', build: 19045 }, '10-22H2'],
    [{ major: '10', displayVersion: '22H2', edition: 'Enterprise', build: 19045 }, '10-22H2-enterprise'],
    // before 20H2 there is no DisplayVersion (ReleaseId), and from 20H2 on ReleaseId says 2009: the build decides
    [{ major: '10', displayVersion: '1903', edition: 'Professional', build: 18362 }, '10-1903'],
    [{ major: '10', displayVersion: null, edition: 'Core', build: 19044 }, '10-21H2'],
    [{ major: '10', displayVersion: null, edition: 'Core', build: 19999 }, null],
    [{ major: '11', displayVersion: '24H2', edition: 'Core', build: 26100 }, '11-24H2'],
    [{ major: '11', displayVersion: '23H2', edition: 'Enterprise', build: 22631 }, '11-23H2-enterprise'],
    [{ major: '11', displayVersion: '24H2', edition: 'Education', build: 26100 }, '11-24H2-enterprise'],
    [{ major: '11', displayVersion: '24H2', edition: 'EnterpriseN', build: 26100 }, '11-24H2-enterprise'],
    [{ major: '11', displayVersion: '24H2', edition: 'IoTEnterprise', build: 26100 }, '11-24H2-enterprise'],
    // Pro Education and Pro for Workstations follow the Home and Pro policy (Microsoft Lifecycle)
    [{ major: '11', displayVersion: '24H2', edition: 'ProfessionalEducation', build: 26100 }, '11-24H2'],
    [{ major: '11', displayVersion: '24H2', edition: 'ProfessionalWorkstation', build: 26100 }, '11-24H2'],
    [{ major: '11', displayVersion: '26H1', edition: 'Core', build: 28000 }, '11-26H1'],
    [{ major: '11', displayVersion: '26H1', edition: 'Enterprise', build: 28000 }, '11-26H1-enterprise'],
    [{ major: '11', displayVersion: '26H2', edition: 'Professional', build: 26300 }, '11-26H2'],
    [{ major: '10', displayVersion: '21H2', edition: 'EnterpriseS', build: 19044 }, '10-ltsc-19044'],
    [{ major: '11', displayVersion: '24H2', edition: 'IoTEnterpriseS', build: 26100 }, '11-ltsc-26100'],
    [{ major: '11', displayVersion: null, edition: 'Core', build: 22000 }, null],
  ] as const)('support key of %j is %s', (w, key) => {
    expect(windowsSupportKey(w)).toBe(key);
    if (key) expect(findSupport('windows', key)).toBeDefined();
  });

  it('every Windows 11 release and macOS major since 11 is in the table', () => {
    for (const v of ['21H2', '22H2', '23H2', '24H2', '25H2', '26H1', '26H2']) {
      expect(findSupport('windows', `11-${v}`)).toBeDefined();
      expect(findSupport('windows', `11-${v}-enterprise`)).toBeDefined();
    }
    for (const v of ['10.15', '11', '12', '13', '14', '15', '26']) expect(findSupport('macos', v)).toBeDefined();
    expect(supportTable.filter((e) => e.os === 'windows' && e.version === '10-22H2')[0]).toMatchObject({ ends: '2025-10-14', esu: true });
    // Extended Security Updates exist for 22H2 alone
    expect(
      supportTable
        .filter((e) => e.esu)
        .map((e) => e.version)
        .sort(),
    ).toEqual(['10-22H2', '10-22H2-enterprise']);
    for (const v of ['1507', '1511', '1607', '1703', '1709', '1803', '1809', '1903', '1909', '2004', '20H2', '21H1', '21H2']) {
      expect(findSupport('windows', `10-${v}`)?.ends, v).toBeDefined();
      expect(findSupport('windows', `10-${v}-enterprise`)?.ends, v).toBeDefined();
    }
  });
});

describe('sw_vers', () => {
  const expected: Record<string, [string, string, string]> = {
    '10.15.7': ['Mac OS X', '10.15.7', '19H1417'],
    '14.6.1': ['macOS', '14.6.1', '23G93'],
    '15.7.4': ['macOS', '15.7.4', '24G517'],
  };
  for (const file of sampleFiles('macos', 'sw_vers')) {
    const key = Object.keys(expected).find((k) => file.includes(k));
    if (!key) continue;
    it(`reads ${file}`, () => {
      const r = parseSwVers(sampleText(file));
      expect([r?.productName, r?.version, r?.build]).toEqual(expected[key]);
    });
  }
  it('the 10.15.7 sample keeps its prompt line; the optional lines of the source format do not disturb', () => {
    expect(
      parseSwVers('ProductName:\t\tmacOS\nProductVersion:\t\t13.3.1\nProductVersionExtra:\t(a)\nBuildVersion:\t\t22E772610a\nReleaseType:\t\tRelease\n'),
    ).toEqual({ productName: 'macOS', version: '13.3.1', build: '22E772610a' });
    expect(parseSwVers('ProductVersion:\t\t\r\n')).toBeNull();
  });
  it('majors: 10.x keeps its minor, 11 on is the first number', () => {
    expect([macMajor('10.15.7'), macMajor('14.6.1'), macMajor('26.1'), macMajor('15')]).toEqual(['10.15', '14', '26', '15']);
  });
  it('never throws on garbage', () =>
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseSwVers(s);
        expect(r === null || /^\d/.test(r.version)).toBe(true);
      }),
    ));
});

describe('softwareupdate -l', () => {
  it('macOS 12.1 sample: Monterey 12.6.7 waits (security), Ventura is an upgrade, three Command Line Tools', () => {
    const text = sampleText('macos/softwareupdate-list__nix-community-infra-macos12.txt');
    const list = text.slice(text.indexOf('Software Update Tool'));
    expect(parseSoftwareUpdateList(list, '', '12.1')).toEqual({ total: 4, security: 1, majorUpgrades: 1 });
    // without the running version no item is taken for an upgrade
    expect(parseSoftwareUpdateList(list, '', null)).toMatchObject({ total: 5, majorUpgrades: 0 });
  });
  it('"No new software available." (2012 sample on stdout; stderr on current macOS) is none', () => {
    const text = sampleText('macos/softwareupdate-l-no-updates__setup-guide-2012.txt');
    expect(parseSoftwareUpdateList(text, '', '10.8')).toEqual({ total: 0, security: 0, majorUpgrades: 0 });
    expect(parseSoftwareUpdateList('Software Update Tool\n\nFinding available software\n', 'No new software available.\n', '15.7.4')).toMatchObject({
      total: 0,
    });
  });
  it('an answer without a list or the "none" line is not a pass', () => {
    expect(parseSoftwareUpdateList('Software Update Tool\n\nFinding available software\n', '', '15.7.4')).toBeNull();
    expect(parseSoftwareUpdateList('', 'Cannot connect to the update server.', '15.7.4')).toBeNull();
  });
  it('never throws on garbage', () =>
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const r = parseSoftwareUpdateList(a, b, '14.6');
        expect(r === null || r.total >= r.security!).toBe(true);
      }),
    ));
});

describe('evaluate (Windows and macOS)', () => {
  const table = { rolling: false, source: 'table' as const, esu: false, tableDate: '2026-11-23' };
  const win: OsFacts = {
    os: 'windows',
    name: 'Windows 11 24H2',
    distro: 'windows',
    version: '11-24H2',
    build: '26100.2314',
    support: { ends: '2026-10-13', ...table },
    pending: null,
    rebootRequired: false,
    daysSinceUpdate: 10,
    latestUpdate: { id: 'KB5046617', date: '2026-11-10' },
    reason: null,
  };
  const w = (version: string, ends: string, more: Partial<OsFacts> = {}): OsFacts => ({ ...win, version, support: { ends, ...table }, ...more });
  const mac: OsFacts = {
    os: 'macos',
    name: 'macOS 15.7.4',
    distro: 'macos',
    version: '15',
    build: '24G517',
    productVersion: '15.7.4',
    support: { ends: '2027-09-15', ...table },
    pending: { manager: 'softwareupdate', total: 0, security: 0, majorUpgrades: 0, listsAgeDays: null, reason: null },
    rebootRequired: null,
    daysSinceUpdate: null,
    reason: null,
  };
  it.each([
    ['Windows 11 25H2, updated ten days ago', w('11-25H2', '2027-10-12'), 'green', 'pass', ['supported', 'win-latest']],
    // 24H2 Home/Pro ended 2026-10-13
    ['Windows 11 24H2 after its end', win, 'green', 'fail', ['unsupported', 'win-latest']],
    ['Windows 11 24H2 Enterprise: a year more', w('11-24H2-enterprise', '2027-10-12'), 'green', 'pass', ['supported', 'win-latest']],
    // Windows 10 22H2 past its end: Extended Security Updates exist, by enrolment; the newest update tells
    [
      'Windows 10 22H2, an update after the end arrived: enrolled in ESU',
      w('10-22H2', '2025-10-14', { support: { ends: '2025-10-14', ...table, esu: true }, latestUpdate: { id: 'KB5066791', date: '2026-11-10' } }),
      'green',
      'pass',
      ['win10-esu', 'win-latest'],
    ],
    [
      'Windows 10 22H2, nothing since the end: not enrolled, fail',
      w('10-22H2', '2025-10-14', {
        support: { ends: '2025-10-14', ...table, esu: true },
        latestUpdate: { id: 'KB5066791', date: '2025-10-14' },
        daysSinceUpdate: 402,
      }),
      'green',
      'fail',
      ['win10-no-esu', 'win-latest', 'days-since.windows'],
    ],
    [
      'Windows 10 22H2, no update date: ESU cannot be told, warn',
      w('10-22H2', '2025-10-14', { support: { ends: '2025-10-14', ...table, esu: true }, latestUpdate: null, daysSinceUpdate: null }),
      'green',
      'warn',
      ['win10-ended', 'win10-red', 'win-no-update'],
    ],
    [
      'Windows 10 22H2, no update date, red meeting: fail',
      w('10-22H2', '2025-10-14', { support: { ends: '2025-10-14', ...table, esu: true }, latestUpdate: null, daysSinceUpdate: null }),
      'red',
      'fail',
      ['win10-ended', 'win-no-update'],
    ],
    // every earlier Windows 10 gets nothing at all
    [
      'Windows 10 1903: unsupported in every meeting class',
      w('10-1903', '2020-12-08', { name: 'Windows 10 1903', build: '18362.30' }),
      'green',
      'fail',
      ['unsupported', 'win10-no-esu-version', 'win-latest'],
    ],
    ['Windows 10 LTSC 2021 still supported', w('10-ltsc-19044', '2027-01-12'), 'green', 'pass', ['supported', 'win-latest']],
    [
      'no hotfix date: unknown, not pass',
      w('11-25H2', '2027-10-12', { latestUpdate: null, daysSinceUpdate: null }),
      'green',
      'unknown',
      ['supported', 'win-no-update'],
    ],
    ['last update 40 days ago', w('11-25H2', '2027-10-12', { daysSinceUpdate: 40 }), 'green', 'warn', ['supported', 'win-latest', 'days-since.windows']],
    ['restart pending', w('11-25H2', '2027-10-12', { rebootRequired: true }), 'green', 'warn', ['supported', 'win-latest', 'reboot']],
    ['macOS 15, nothing waiting', mac, 'green', 'pass', ['supported', 'pending-none']],
    [
      'macOS 15, a macOS update waiting',
      { ...mac, pending: { ...mac.pending!, total: 2, security: 1 } },
      'green',
      'fail',
      ['supported', 'pending-security.one'],
    ],
    [
      'macOS 15, only an upgrade offered',
      { ...mac, pending: { ...mac.pending!, majorUpgrades: 1 } },
      'green',
      'pass',
      ['supported', 'pending-none', 'mac-upgrade.one'],
    ],
    // the version alone judges when the count is out of reach: supported, check by hand
    [
      'macOS 15, softwareupdate timed out and no cached check',
      { ...mac, pending: { manager: null, total: null, security: null, listsAgeDays: null, reason: { code: 'timeout', tool: 'softwareupdate' } } },
      'green',
      'warn',
      ['supported', 'pending-unknown'],
    ],
    [
      'macOS 14 out of support, count unknown',
      {
        ...mac,
        version: '14',
        productVersion: '14.6.1',
        support: { ends: '2026-09-15', ...table },
        pending: { manager: null, total: null, security: null, listsAgeDays: null, reason: { code: 'timeout', tool: 'softwareupdate' } },
      },
      'green',
      'fail',
      ['unsupported', 'pending-unknown'],
    ],
    [
      'macOS 15, none waiting by a cached check 40 days old',
      { ...mac, pending: { ...mac.pending!, checked: 'cache', checkedAt: '2026-10-11T07:52:51.000Z', listsAgeDays: 40 } },
      'green',
      'warn',
      ['supported', 'pending-none', 'stale-check', 'from-cache'],
    ],
    [
      'macOS 14 after the third successor',
      { ...mac, version: '14', productVersion: '14.6.1', support: { ends: '2026-09-15', ...table } },
      'green',
      'fail',
      ['unsupported', 'pending-none'],
    ],
  ] as [string, OsFacts, DataClassAnswer, string, string[]][])('%s', (_label, facts, dataClass, status, ids) => {
    const f = evaluateOs(facts, evalCtx(facts.os === 'windows' ? 'win32' : 'darwin', dataClass));
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
    if (status === 'unknown') expect(f.reason?.code).toBeTruthy();
  });
  it('the fix fits the OS and its version, with the setting to open', () => {
    const pendingMac = { ...mac, pending: { ...mac.pending!, total: 1, security: 1 } };
    expect(evaluateOs(pendingMac, evalCtx('darwin', 'green', undefined, '24.6.0'))).toMatchObject({
      remediation: [{ id: 'fix.update.macos' }],
      link: 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension',
    });
    expect(evaluateOs(pendingMac, evalCtx('darwin', 'green', undefined, '21.6.0'))).toMatchObject({
      remediation: [{ id: 'fix.update.macos.12' }],
      link: 'x-apple.systempreferences:com.apple.preferences.softwareupdate',
    });
    // the version the facts read, when the platform's release says nothing
    expect(evaluateOs({ ...pendingMac, productVersion: '12.1', version: '12' }, evalCtx('darwin'))).toMatchObject({
      remediation: [{ id: 'fix.update.macos.12' }],
    });
    expect(evaluateOs(w('11-25H2', '2027-10-12', { daysSinceUpdate: 40 }), evalCtx('win32'))).toMatchObject({
      remediation: [{ id: 'fix.update.windows' }],
      link: 'ms-settings:windowsupdate',
    });
    expect(evaluateOs(win, evalCtx('win32', 'green', undefined, '10.0.26100'))).toMatchObject({
      remediation: [{ id: 'fix.upgrade.windows' }],
      link: 'ms-settings:windowsupdate',
    });
    expect(
      evaluateOs(
        w('10-22H2', '2025-10-14', { build: '19045.5011', latestUpdate: null, support: { ends: '2025-10-14', ...table, esu: true } }),
        evalCtx('win32'),
      ),
    ).toMatchObject({ remediation: [{ id: 'fix.upgrade.windows.10' }, { id: 'fix.update.windows' }] });
    expect(evaluateOs(w('10-1903', '2020-12-08', { build: '18362.30' }), evalCtx('win32'))).toMatchObject({
      remediation: [{ id: 'fix.upgrade.windows.10-old' }],
    });
    expect(evaluateOs(w('11-25H2', '2027-10-12', { rebootRequired: true }), evalCtx('win32'))).toMatchObject({ remediation: [{ id: 'fix.reboot.windows' }] });
  });
});

const bundle = (name: string) => join(ROOT, 'test', 'fixtures', 'bundles', name);
const osCheck = (name: string, lang: 'en' | 'nb' = 'en') => replayCheck(osUpdates, name.replace(/\.json$/, ''), { lang });

describe('os-updates replayed from real Windows and macOS outputs', () => {
  it('Windows 10 22H2 with the Spanish hotfix list, newest update from 2020: not enrolled in ESU, fail, newest update and its age', async () => {
    const c = await osCheck('win32-os-updates-win10-22h2-es-hotfixes');
    expect(c.status).toBe('fail');
    expect(c.facts).toMatchObject({
      distro: 'windows',
      version: '10-22H2',
      build: '19045',
      displayVersion: '22H2',
      edition: 'Professional',
      latestUpdate: { id: 'KB4524244', date: '2020-02-14' },
      daysSinceUpdate: 2471,
      rebootRequired: false,
      support: { ends: '2025-10-14', esu: true },
    });
    expect(c.summary).toMatch(
      /^Windows 10 22H2 stopped getting security updates on 14 October 2025, and none has arrived since: this computer is not enrolled in Extended Security Updates\./,
    );
    expect(c.summary).toMatch(/The newest update was installed 2,471 days ago/);
  });
  it('Windows 10 1903 (real build and en-US hotfix dates): fail, unsupported since 2020-12-08, no ESU for it, and a blocker for a red or unknown meeting; in Bokmål', async () => {
    const c = await osCheck('win32-os-updates-win10-1903-restart', 'nb');
    expect(c.status).toBe('fail');
    expect(c.facts).toMatchObject({
      name: 'Windows 10 1903',
      version: '10-1903',
      build: '18362',
      latestUpdate: { date: '2017-06-15' },
      rebootRequired: true,
      support: { ends: '2020-12-08', esu: false },
    });
    expect(c.summary).toMatch(
      /^Windows 10 1903 sluttet å få sikkerhetsoppdateringer 8\. desember 2020\. Utvidede sikkerhetsoppdateringer \(ESU\) finnes bare for Windows 10 versjon 22H2\./,
    );
    expect(c.summary).not.toMatch(/bare maskiner som er meldt inn/);
    expect(c.summary).toMatch(/må startes på nytt/);
    expect(c.remediation).toMatch(/Oppgrader til Windows 11, eller be IT om en jobbmaskin som har støtte/);
    // no question answered: the machine alone is judged, under no meeting's rules (a class "not sure" takes the red rules)
    expect(c.blocker).toBe(false);
    for (const [dataClass, blocker] of [
      ['green', false],
      ['yellow', false],
      ['red', true],
      ['unsure', true],
    ] as const) {
      const r = await replayCheck(osUpdates, 'win32-os-updates-win10-1903-restart', { answers: { 'data-class': dataClass } });
      expect([r.status, r.blocker], dataClass).toEqual(['fail', blocker]);
    }
  });
  it('Windows 11 24H2 (registry ProductName still "Windows 10"), hotfixes without dates: supported, update age unknown', async () => {
    const c = await osCheck('win32-os-updates-win11-24h2-no-dates');
    expect(c.status).toBe('unknown');
    expect(c.facts).toMatchObject({
      name: 'Windows 11 24H2',
      version: '11-24H2',
      build: '26100',
      latestUpdate: null,
      daysSinceUpdate: null,
      support: { ends: '2026-10-13' },
    });
    expect(c.summary).toMatch(/Could not read when the latest update was installed/);
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'Get-HotFix' });
  });
  it('a German machine whose hotfix dates arrive as dotted text (real de-DE Get-HotFix dates): the newest update is dated, not unknown', async () => {
    const b = BundleSchema.parse(JSON.parse(readFileSync(bundle('win32-os-updates-win11-24h2-no-dates.json'), 'utf8')));
    const first = b.interactions[0]!;
    if (first.type !== 'run') throw new Error('the bundle starts with the PowerShell run');
    const rows = sampleText('windows/Get-HotFix-InstalledOn__check-mk-things-issue-30-de.txt')
      .split('\n')
      .map((l) => /^(KB\d+) (.+?)\s*$/.exec(l))
      .filter((m) => m !== null);
    const json = { ...JSON.parse(first.result.stdout), hotfixes: rows.map((m) => ({ id: m[1], description: 'Update', installedOn: m[2] })) };
    const german = { ...b, recordedAt: '2023-05-19T09:00:00.000Z', interactions: [{ ...first, result: { ...first.result, stdout: JSON.stringify(json) } }] };
    const c = await replayCheck(osUpdates, german);
    expect(c.facts).toMatchObject({ latestUpdate: { id: 'KB5026446', date: '2023-05-12' }, daysSinceUpdate: 7 });
    expect(c.status).toBe('pass');
  });
  const win11With = async (patch: Record<string, unknown>, recordedAt = '2026-11-20T09:00:00.000Z') => {
    const b = BundleSchema.parse(JSON.parse(readFileSync(bundle('win32-os-updates-win11-24h2-no-dates.json'), 'utf8')));
    const first = b.interactions[0]!;
    if (first.type !== 'run') throw new Error('the bundle starts with the PowerShell run');
    const json = { ...JSON.parse(first.result.stdout), ...patch };
    return replayCheck(osUpdates, { ...b, recordedAt, interactions: [{ ...first, result: { ...first.result, stdout: JSON.stringify(json) } }] });
  };
  it("Windows 11 Pro Education 24H2 gets the Home and Pro schedule, not Enterprise's: ended 2026-10-13 (documentation only: Microsoft Lifecycle lists Pro Education under Home and Pro; no captured Pro Education machine)", async () => {
    const c = await win11With({ editionId: 'ProfessionalEducation', productName: 'Windows 10 Pro Education' });
    expect(c.facts).toMatchObject({ version: '11-24H2', edition: 'ProfessionalEducation', support: { ends: '2026-10-13', source: 'table' } });
    expect(c.status).toBe('fail');
    const education = await win11With({ editionId: 'Education' });
    expect(education.facts).toMatchObject({ version: '11-24H2-enterprise', support: { ends: '2027-10-12' } });
  });
  it('Windows 11 26H1 (build 28000, new ARM64 devices) is in the table: supported until 2028-03-14 (documentation only: Microsoft release information; no captured 26H1 machine)', async () => {
    const c = await win11With({ currentBuild: '28000', displayVersion: '26H1', osVersion: '10.0.28000', ubr: 1 });
    expect(c.facts).toMatchObject({ name: 'Windows 11 26H1', version: '11-26H1', build: '28000.1', support: { ends: '2028-03-14' } });
    expect(c.summary).toMatch(/^Windows 11 26H1 gets security updates until 14 March 2028\./);
    expect(c.reason?.code).not.toBe('not-in-table');
  });
  it('the Windows bundles carry the values of the captures they were built from', () => {
    const script = (name: string) =>
      JSON.parse(JSON.parse(readFileSync(bundle(name), 'utf8')).interactions[0].result.stdout) as {
        currentBuild: string;
        caption: string | null;
        hotfixes: { id: string; installedOn: string | null }[];
      };
    const win11 = sampleText('windows/systeminfo__lab-notes-win11-24h2-en.txt');
    const b11 = script('win32-os-updates-win11-24h2-no-dates.json');
    expect(win11).toContain(`Build ${b11.currentBuild}`);
    expect(win11).toContain(b11.caption!);
    expect(b11.hotfixes.map((h) => h.id)).toEqual([...win11.matchAll(/\]: (KB\d+)/g)].map((m) => m[1]));
    const fr = sampleText('windows/systeminfo__pc99-fr.txt');
    const b10 = script('win32-os-updates-win10-22h2-es-hotfixes.json');
    expect(fr).toContain(`build ${b10.currentBuild}`);
    expect(fr).toContain(b10.caption!);
    const es = hotfixRows(sampleText('windows/Get-WmiObject-win32_quickfixengineering__powershell-lab-es-1.txt'));
    // the script writes what Get-HotFix holds as a date; the es sample prints it d/MM/yyyy
    expect(b10.hotfixes.map((h) => [h.id, h.installedOn!.split('-').reverse().map(Number).join('/')])).toEqual(
      es.map(([id, d]) => [id, d.split(' ')[0]!.split('/').map(Number).join('/')]),
    );
    const cim = sampleText('windows/Get-CimInstance-Win32_OperatingSystem__powershell-docs-wmi.txt');
    const b1903 = script('win32-os-updates-win10-1903-restart.json') as unknown as { currentBuild: string; osVersion: string };
    expect(cim).toMatch(new RegExp(`\\s${b1903.currentBuild}\\s.*\\s${b1903.osVersion.replace(/\./g, '\\.')}\\s*$`, 'm'));
    const en = hotfixRows(sampleText('windows/Get-HotFix__thm-writeup-en.txt'));
    expect(script('win32-os-updates-win10-1903-restart.json').hotfixes.map((h) => [h.id, h.installedOn])).toEqual(en);
  });
  it('an unknown platform: unknown, saying so', async () => {
    const c = await replayCheck(osUpdates, bundleOf('freebsd', []));
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'unsupported', detail: 'freebsd' });
  });
  it('no PowerShell: unknown with the reason, in Bokmål too', async () => {
    const c = await osCheck('win32-os-updates-no-powershell');
    expect(c.status).toBe('unknown');
    expect(c.reason).toEqual({ code: 'not-found', tool: 'powershell' });
    expect(c.remediation).toMatch(/Windows Update/);
    const nb = await osCheck('win32-os-updates-no-powershell', 'nb');
    expect(nb.summary).toBe(
      'Klarte ikke å finne ut hvilket operativsystem maskinen har. Årsak: det sjekken leser, finnes ikke på denne maskinen (powershell).',
    );
  });
  it('PowerShell printing something that is not the JSON: unknown (unreadable)', async () => {
    const text = readFileSync(bundle('win32-os-updates-win11-24h2-no-dates.json'), 'utf8');
    const b = BundleSchema.parse(JSON.parse(text));
    const first = b.interactions[0]!;
    if (first.type !== 'run') throw new Error('the bundle starts with the PowerShell run');
    const garbled = { ...b, interactions: [{ ...first, result: { ...first.result, stdout: 'Segmentation fault', code: 0 } }] };
    const c = await replayCheck(osUpdates, garbled);
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'powershell' });
  });
  it('macOS 12.1 with Monterey 12.6.7 waiting: fail, out of support, the upgrade told apart', async () => {
    const c = await osCheck('darwin-os-updates-12-pending');
    expect(c.status).toBe('fail');
    expect(c.facts).toMatchObject({
      version: '12',
      productVersion: '12.1',
      pending: { total: 4, security: 1, majorUpgrades: 1 },
      support: { ends: '2024-09-16' },
    });
    expect(c.remediation).toMatch(/System Preferences/);
    expect(c.link).toBe('x-apple.systempreferences:com.apple.preferences.softwareupdate');
  });
  it('macOS 15.7.4 with nothing waiting: pass', async () => {
    const c = await osCheck('darwin-os-updates-15-none');
    expect(c.status).toBe('pass');
    expect(c.facts).toMatchObject({ build: '24G517', pending: { total: 0 } });
  });
  it('macOS 15.7.4 when softwareupdate times out and no check is cached: the version judges (warn, supported), never a pass and never a bare unknown', async () => {
    const c = await osCheck('darwin-os-updates-15-timeout');
    expect(c.status).toBe('warn');
    expect(c.summary).toMatch(/^macOS 15\.7\.4 gets security updates until 15 September 2027\. Could not read which updates are waiting\./);
    expect(c.facts).toMatchObject({ pending: { total: null, reason: { code: 'timeout', tool: 'softwareupdate', detail: 'no answer within 20 s' } } });
  });
  it('Mac OS X 10.15.7 (single-TAB sw_vers): fail, unsupported since 2022', async () => {
    const c = await osCheck('darwin-os-updates-10.15-timeout');
    expect(c.status).toBe('fail');
    expect(c.facts).toMatchObject({ version: '10.15', build: '19H1417' });
  });
});

describe('macOS under --offline', () => {
  const probeOf = (mode: 'live' | 'replay') => {
    const replayed = new ReplayProbe(BundleSchema.parse(JSON.parse(readFileSync(bundle('darwin-os-updates-15-none.json'), 'utf8'))));
    const started: string[] = [];
    const probe = Object.assign(Object.create(replayed) as ReplayProbe, {
      mode,
      run: (cmd: string, args: string[], o?: object) => {
        started.push(cmd);
        return replayed.run(cmd, args, o);
      },
    });
    return { probe, started };
  };
  const ctx = (probe: ReplayProbe, offline: boolean) => ({
    probe,
    options: { offline, speedUrl: 'http://127.0.0.1:9', stun: [] },
    signal: new AbortController().signal,
  });
  it('a live run does not start softwareupdate (it contacts Apple): version read, waiting updates unknown', async () => {
    const { probe, started } = probeOf('live');
    const facts = await osUpdates.collect(ctx(probe, true));
    expect(started).toEqual(['sw_vers', 'defaults']);
    expect(facts).toMatchObject({ version: '15', pending: { total: null, reason: { code: 'offline', tool: 'softwareupdate' } } });
    expect(osUpdates.evaluate(facts, evalCtx('darwin')).status).toBe('warn');
  });
  it('a replayed run answers from the bundle, which makes no traffic; without --offline a live run asks', async () => {
    const replayed = probeOf('replay');
    expect((await osUpdates.collect(ctx(replayed.probe, true))).pending).toMatchObject({ total: 0 });
    expect(replayed.started).toEqual(['sw_vers', 'defaults', 'softwareupdate']);
    const live = probeOf('live');
    await collectMac(live.probe, undefined, false);
    expect(live.started).toEqual(['sw_vers', 'defaults', 'softwareupdate']);
  });
});

describe('the meeting the employee describes raises the bar for Windows 10', () => {
  const withoutDates = () => {
    const b = BundleSchema.parse(JSON.parse(readFileSync(bundle('win32-os-updates-win10-22h2-es-hotfixes.json'), 'utf8')));
    const first = b.interactions[0]!;
    if (first.type !== 'run') throw new Error('the bundle starts with the PowerShell run');
    const json = JSON.parse(first.result.stdout) as { hotfixes: { installedOn: string | null }[] };
    json.hotfixes = json.hotfixes.map((h) => ({ ...h, installedOn: null }));
    return { ...b, interactions: [{ ...first, result: { ...first.result, stdout: JSON.stringify(json) } }] };
  };
  it('Windows 10 22H2 whose update dates cannot be read (ESU cannot be told): warns for a green meeting, fails and blocks for a red one', async () => {
    const green = await replayCheck(osUpdates, withoutDates(), { answers: { 'data-class': 'green' } });
    expect([green.status, green.blocker]).toEqual(['warn', false]);
    const red = await replayCheck(osUpdates, withoutDates(), { answers: { 'data-class': 'red' } });
    expect([red.status, red.blocker]).toEqual(['fail', true]);
  });
  it('Windows 10 22H2 with an update newer than its end: enrolled in ESU, not out of support (documentation only: no captured ESU machine; the date is moved past the end)', async () => {
    const b = BundleSchema.parse(JSON.parse(readFileSync(bundle('win32-os-updates-win10-22h2-es-hotfixes.json'), 'utf8')));
    const first = b.interactions[0]!;
    if (first.type !== 'run') throw new Error('the bundle starts with the PowerShell run');
    const json = JSON.parse(first.result.stdout) as { hotfixes: { id: string; installedOn: string | null }[] };
    json.hotfixes[0] = { ...json.hotfixes[0]!, installedOn: '2026-11-11' };
    const c = await replayCheck(
      osUpdates,
      { ...b, interactions: [{ ...first, result: { ...first.result, stdout: JSON.stringify(json) } }] },
      { answers: { 'data-class': 'red' } },
    );
    expect([c.status, c.blocker]).toEqual(['pass', false]);
    expect(c.summary).toMatch(/enrolled in Extended Security Updates/);
  });
  it('through the built CLI: the answers file reaches the check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-red-'));
    const answers = join(dir, 'answers.json');
    writeFileSync(answers, JSON.stringify({ answers: { 'data-class': 'red' } }));
    const run = await runCli([
      '--replay',
      bundle('win32-os-updates-win10-22h2-es-hotfixes.json'),
      '--json',
      '--offline',
      '--only',
      'os-updates',
      '--answers',
      answers,
    ]);
    expect(ReportSchema.parse(JSON.parse(run.stdout)).checks.find((c) => c.id === 'os-updates')).toMatchObject({ status: 'fail', blocker: true });
  });
});

describe("macOS: the result of Software Update's last check is read first", () => {
  const THREE = 'macos/defaults-read-SoftwareUpdate__ansible-101-readme-10.15.7-three-waiting.txt';
  const NONE = 'macos/defaults-read-SoftwareUpdate__macos-notes-10.15.7-none.txt';
  it('reads the old-style property list defaults prints (real 10.15.7 samples)', () => {
    const three = parseOldStylePlist(sampleText(THREE).trim()) as Record<string, unknown>;
    expect(three).toMatchObject({
      LastRecommendedUpdatesAvailable: '3',
      LastSuccessfulDate: '2021-02-23 07:52:51 +0000',
      PrimaryLanguages: ['en-LT', 'en-GB'],
    });
    expect((three.RecommendedUpdates as unknown[])[0]).toEqual({
      'Display Name': 'Safari',
      'Display Version': '14.0.3',
      Identifier: 'Safari14.0.3CatalinaAuto',
      'Product Key': '071-03270',
    });
    expect(parseOldStylePlist(sampleText(NONE).trim())).toMatchObject({ RecommendedUpdates: [], LastRecommendedMajorOSBundleIdentifier: '' });
  });
  it('counts the recommended updates: the two Catalina updates are security, Safari is not', () => {
    expect(parseSoftwareUpdatePrefs(sampleText(THREE), '10.15.7')).toEqual({ total: 3, security: 2, majorUpgrades: 0, checkedAt: '2021-02-23T07:52:51.000Z' });
    expect(parseSoftwareUpdatePrefs(sampleText(NONE), '10.15.7')).toEqual({ total: 0, security: 0, majorUpgrades: 0, checkedAt: '2020-10-10T14:14:38.000Z' });
  });
  it('garbage, a missing domain, or a record with no successful check is not a count', () => {
    for (const t of [
      '',
      'Segmentation fault',
      'Domain /Library/Preferences/com.apple.SoftwareUpdate does not exist',
      '{\n    LastResultCode = 2;\n}',
      '{ LastSuccessfulDate = "yesterday"; }',
    ])
      expect(parseSoftwareUpdatePrefs(t, '15.7.4'), t).toBeNull();
    fc.assert(
      fc.property(fc.string(), (t) => {
        const r = parseSoftwareUpdatePrefs(t, '15.7.4');
        if (r) expect(t).toContain('LastSuccessfulDate');
      }),
    );
    fc.assert(
      fc.property(fc.string(), (t) => {
        parseOldStylePlist(t);
      }),
    );
  });

  const SW_VERS_10_15 = {
    type: 'run' as const,
    cmd: 'sw_vers',
    args: [],
    locale: 'c' as const,
    result: { stdout: sampleText('macos/sw_vers__jupyter-book-issue-repo-10.15.7.txt'), stderr: '', code: 0 },
  };
  const defaults = (sample: string) => ({
    type: 'run' as const,
    cmd: 'defaults',
    args: ['read', SOFTWARE_UPDATE_DOMAIN],
    locale: 'c' as const,
    result: { stdout: sampleText(sample), stderr: '', code: 0 },
  });
  it('a check from this morning is used as it stands: softwareupdate is not started (replay from the real 10.15.7 record with three updates)', async () => {
    // the bundle holds no softwareupdate answer: starting it would be "not found"
    const c = await replayCheck(osUpdates, bundleOf('darwin', [SW_VERS_10_15, defaults(THREE)], '2021-02-23T12:00:00.000Z'));
    expect(c.status).toBe('fail');
    expect(c.facts).toMatchObject({
      support: { ends: '2022-10-24' },
      pending: { manager: 'softwareupdate', checked: 'cache', checkedAt: '2021-02-23T07:52:51.000Z', total: 3, security: 2, listsAgeDays: 0, reason: null },
    });
    expect(c.summary).toBe(
      "macOS 10.15.7 gets security updates until 24 October 2022. 2 security updates are waiting to be installed. The count is from Software Update's own check on 23 February 2021.",
    );
  });
  it('nothing waiting by the cached check (real 10.15.7 record): pass, without asking Apple', async () => {
    const c = await replayCheck(osUpdates, bundleOf('darwin', [SW_VERS_10_15, defaults(NONE)], '2020-10-10T18:00:00.000Z'), { lang: 'nb' });
    expect(c.status).toBe('pass');
    expect(c.summary).toContain('Ingen oppdateringer venter. Tallet er fra den siste sjekken Programvareoppdatering selv gjorde, 10. oktober 2020.');
  });
  it('an older check: softwareupdate is asked (bounded); when it times out the old check counts, with its age', async () => {
    const timeout = {
      type: 'run' as const,
      cmd: 'softwareupdate',
      args: ['-l'],
      locale: 'c' as const,
      result: { stdout: '', stderr: '', code: null, failure: 'timeout' as const },
    };
    const c = await replayCheck(osUpdates, bundleOf('darwin', [SW_VERS_10_15, defaults(NONE), timeout], '2020-11-20T09:00:00.000Z'));
    expect(c.facts).toMatchObject({ pending: { checked: 'cache', total: 0, listsAgeDays: 40 } });
    expect(c.status).toBe('warn');
    expect(c.summary).toMatch(/Software Update last checked for updates 40 days ago/);
  });
});
