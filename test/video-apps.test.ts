import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIDEO_APPS_TABLE_COMPILED, videoApps } from '../checks/video-apps/data.js';
import { evaluateVideoApps, judge, type VideoAppsFacts } from '../checks/video-apps/evaluate.js';
import check, { DPKG_QUERY_ARGS, WINDOWS_SCRIPT } from '../checks/video-apps/index.js';
import {
  bundleVersion,
  compareVersions,
  matchWindowsPrograms,
  parseDpkgQuery,
  parsePlistStrings,
  parseWindowsInventory,
  teamsBuildDate,
  versionParts,
} from '../checks/video-apps/parse.js';
import { defaultPolicy, PolicySchema } from '../src/policy.js';
import { sources } from '../src/sources.js';
import { bundleOf, replay } from './helpers/bundles.js';
import { ROOT, runCli } from './helpers/cli.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');

describe('the video apps table', () => {
  it('every entry has a unique id, a way to be found on some OS, and a source', () => {
    const ids = videoApps.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of videoApps) {
      expect((a.windowsNames?.length ?? 0) + (a.appx ? 1 : 0) + (a.macBundles?.length ?? 0) + (a.debPackages?.length ?? 0), a.id).toBeGreaterThan(0);
      expect(a.source.length, a.id).toBeGreaterThan(10);
      for (const rule of Object.values(a.rule)) if (rule.kind !== 'none') expect(rule.source.length, a.id).toBeGreaterThan(10);
      for (const bundle of a.macBundles ?? []) expect(bundle, a.id).toMatch(/^\/Applications\/[^/]+\.app$/);
    }
  });
  it('has a compilation date and cites sources that exist', () => {
    expect(VIDEO_APPS_TABLE_COMPILED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const s of check.sources) expect(sources).toHaveProperty(s);
  });
  it('the Windows script is one PowerShell start that prints JSON and sends back only matching names', () => {
    expect(WINDOWS_SCRIPT).toContain('ConvertTo-Json');
    expect(WINDOWS_SCRIPT).toContain('Get-AppxPackage -Name MSTeams');
    expect(WINDOWS_SCRIPT).toMatch(/HKCU:.*Uninstall/);
    expect(WINDOWS_SCRIPT).toContain('-match $f');
    expect(DPKG_QUERY_ARGS.slice(2)).toEqual(['zoom', 'teams', 'webex', 'wire-desktop']);
  });
});

const PLIST = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleIdentifier</key>
\t<string>us.zoom.xos</string>
\t<key>CFBundleURLTypes</key>
\t<array>
\t\t<dict>
\t\t\t<key>CFBundleShortVersionString</key>
\t\t\t<string>9.9.9</string>
\t\t</dict>
\t</array>
\t<key>LSRequiresNativeExecution</key>
\t<true/>
\t<key>CFBundleShortVersionString</key>
\t<string>5.5.4 (13130.0228)</string>
\t<key>NSHumanReadableCopyright</key>
\t<string>&#169; Zoom &amp; co &lt;3</string>
\t<key>Empty</key>
\t<string/>
</dict>
</plist>
`;

describe('Info.plist', () => {
  it('reads the string values of the top-level dictionary only', () => {
    const p = parsePlistStrings(PLIST);
    expect(p.CFBundleIdentifier).toBe('us.zoom.xos');
    // the nested dictionary's key of the same name does not win
    expect(p.CFBundleShortVersionString).toBe('5.5.4 (13130.0228)');
    expect(p.NSHumanReadableCopyright).toBe('\u00a9 Zoom & co <3');
    expect(p.Empty).toBe('');
    expect(p).not.toHaveProperty('LSRequiresNativeExecution');
    expect(bundleVersion(p)).toBe('5.5.4 (13130.0228)');
  });
  it('falls back to CFBundleVersion; a binary plist or garbage gives nothing', () => {
    expect(bundleVersion(parsePlistStrings('<plist version="1.0"><dict><key>CFBundleVersion</key><string>1.8.00.27652</string></dict></plist>'))).toBe('1.8.00.27652');
    expect(parsePlistStrings('bplist00\u00d4\u0001\u0002\u0003')).toEqual({});
    expect(bundleVersion(parsePlistStrings(''))).toBeNull();
  });
  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const p = parsePlistStrings(s);
      expect(typeof p).toBe('object');
      bundleVersion(p);
      parsePlistStrings(`<plist>${s}</plist>`);
    }));
  });
});

describe('the Windows inventory JSON', () => {
  it('takes programs and Appx packages, with or without arrays', () => {
    const inv = parseWindowsInventory({ programs: { name: 'Zoom Workplace (64-bit)', version: '6.7.30439' }, appx: [{ name: 'MSTeams', version: '26045.300.4388.9208' }], appxFailed: false });
    expect(inv).toEqual({ programs: [{ name: 'Zoom Workplace (64-bit)', version: '6.7.30439' }], appx: [{ name: 'MSTeams', version: '26045.300.4388.9208' }], appxReadable: true });
    expect(parseWindowsInventory({ programs: [], appx: [], appxFailed: true })?.appxReadable).toBe(false);
    expect(parseWindowsInventory({ programs: [{ name: 'Webex', version: '' }, { name: '', version: '1' }, 7] })?.programs).toEqual([{ name: 'Webex', version: null }]);
  });
  it('anything else is not an inventory', () => {
    for (const j of [null, [], 'x', 3, { appx: [] }]) expect(parseWindowsInventory(j)).toBeNull();
  });
  it('matches whole display names, not add-ins or look-alikes', () => {
    const programs = [
      { name: 'Zoom Workplace (64-bit)', version: '6.1.43316' },
      { name: 'Zoom', version: '5.14.0 (12345)' },
      { name: 'Zoom Outlook Plugin', version: '5.0' },
      { name: 'Microsoft Teams Meeting Add-in for Microsoft Office', version: '1.25.14602' },
      { name: 'Teams Machine-Wide Installer', version: '1.8.0.1362' },
      { name: 'Microsoft Teams classic', version: '1.7.00.13456' },
      { name: 'Microsoft Teams', version: '25122.1415.3698.6812' },
      { name: 'Webex', version: '45.6.0.32551' },
      { name: 'Cisco Webex Meetings', version: '44.2.0' },
    ];
    expect(matchWindowsPrograms(programs, videoApps).map((m) => m.id)).toEqual(['zoom', 'zoom', 'teams-classic', 'teams-classic', 'teams', 'webex', 'webex']);
  });
  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.jsonValue(), (j) => {
      const inv = parseWindowsInventory(j);
      if (inv) for (const m of matchWindowsPrograms(inv.programs, videoApps)) expect(videoApps.map((a) => a.id)).toContain(m.id);
    }));
  });
});

describe('dpkg-query lines', () => {
  it('keeps installed packages only', () => {
    expect(parseDpkgQuery('zoom\t6.0.2.4680\tii \nteams\t1.5.00.23861\trc \nwire-desktop\t3.0\tun \nwebex\t45.2.0\tiU \n')).toEqual([
      { name: 'zoom', version: '6.0.2.4680' },
      { name: 'webex', version: '45.2.0' },
    ]);
  });
  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      for (const e of parseDpkgQuery(s)) expect(e.name).toMatch(/^[a-z0-9]/);
    }));
  });
});

describe('versions', () => {
  it.each([
    ['5.5.4 (13130.0228)', '6.0.2', -1],
    ['6.0.2.4680', '6.0.2', 1],
    ['6.0.2', '6.0.2', 0],
    ['6.7.30439', '5.17.5', 1],
    ['1:6.0.2.4680-1', '6.0.2', 1],
    ['5.17.4', '5.17.5', -1],
  ])('%s vs %s → %d', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
  });
  it('a version without numbers is not compared', () => {
    expect(compareVersions('unknown', '6.0.2')).toBeNull();
    expect(versionParts('')).toBeNull();
  });
  it('reads the new Teams build date from YYDDD', () => {
    expect(teamsBuildDate('26045.300.4388.9208')).toBe('2026-02-14');
    expect(teamsBuildDate('26044.1000.4386.3311')).toBe('2026-02-13');
    expect(teamsBuildDate('1.8.00.27654')).toBeNull();
    expect(teamsBuildDate('26400.1.1.1')).toBeNull();
  });
  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const c = compareVersions(a, b);
      expect(c === null || c === -1 || c === 0 || c === 1).toBe(true);
      teamsBuildDate(a);
    }));
  });
});

describe('evaluate', () => {
  const base: VideoAppsFacts = { os: 'windows', now: '2026-11-20T09:00:00.000Z', method: 'registry', installed: [], appxReadable: true, reason: null };
  const ev = (patch: Partial<VideoAppsFacts>, tableDate = '2026-11-23') => evaluateVideoApps({ ...base, ...patch }, defaultPolicy, tableDate);
  it.each([
    ['current', { installed: [{ id: 'zoom', version: '6.7.30439' }] }, 'pass', ['vapps.current'], []],
    ['outdated', { installed: [{ id: 'zoom', version: '5.14.0 (12345)' }] }, 'warn', ['vapps.outdated'], ['vapps.fix.update']],
    ['one current, one outdated', { installed: [{ id: 'zoom', version: '6.7.30439' }, { id: 'teams', version: '26045.300.4388.9208' }] }, 'warn', ['vapps.current', 'vapps.outdated-age'], ['vapps.fix.update']],
    ['classic Teams', { installed: [{ id: 'teams-classic', version: '1.8.0.1362' }] }, 'warn', ['vapps.retired'], ['vapps.fix.retired']],
    ['none', {}, 'warn', ['vapps.none'], ['vapps.fix.none']],
    ['none, Appx unreadable', { appxReadable: false }, 'unknown', ['vapps.appx-unknown'], ['vapps.fix.unknown']],
    ['only a client without a minimum', { installed: [{ id: 'webex', version: '45.6.0.32551' }] }, 'unknown', ['vapps.unjudged'], ['vapps.fix.unknown']],
    ['version unreadable', { installed: [{ id: 'zoom', version: null }] }, 'unknown', ['vapps.version-unknown'], ['vapps.fix.unknown']],
    ['unreadable', { method: null, reason: 'powershell not-found' }, 'unknown', ['vapps.unknown'], ['vapps.fix.unknown']],
  ] as [string, Partial<VideoAppsFacts>, string, string[], string[]][])('%s → %s', (_name, patch, status, ids, fixes) => {
    const f = ev(patch);
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
    expect((f.remediation ?? []).map((m) => m.id)).toEqual(fixes);
  });
  it('a table over a year old warns, and never lets a current client pass on its word alone', () => {
    const f = ev({ installed: [{ id: 'zoom', version: '6.7.30439' }] }, '2025-11-01');
    expect(f.status).toBe('warn');
    expect(f.summary.map((m) => m.id)).toContain('vapps.table-old');
    expect(f.facts.tableDate).toBe('2025-11-01');
    // the policy's threshold decides
    const lenient = PolicySchema.parse({ thresholds: { maxSupportTableAgeDays: 1000 } });
    expect(evaluateVideoApps({ ...base, installed: [{ id: 'zoom', version: '6.7.30439' }] }, lenient, '2025-11-01').status).toBe('pass');
    // with nothing the table judges, its age does not matter
    expect(ev({}, '2020-01-01').summary.map((m) => m.id)).toEqual(['vapps.none']);
  });
  it('the same app and version counted once', () => {
    const f = ev({ installed: [{ id: 'zoom', version: '6.7.30439' }, { id: 'zoom', version: '6.7.30439' }] });
    expect(f.summary).toHaveLength(1);
  });
  it('the minimum differs per OS (Zoom 5.17.5 on Windows, 6.0.2 elsewhere)', () => {
    const zoom = videoApps.find((a) => a.id === 'zoom')!;
    const now = new Date('2026-11-20T00:00:00Z');
    expect(judge(zoom, '5.17.5', 'windows', now).currency).toBe('current');
    expect(judge(zoom, '5.17.5', 'macos', now).currency).toBe('outdated');
    expect(judge(zoom, '5.17.5', 'linux', now).currency).toBe('outdated');
  });
  it('new Teams: current within three months of its build, outdated after', () => {
    const teams = videoApps.find((a) => a.id === 'teams')!;
    expect(judge(teams, '26045.300.4388.9208', 'windows', new Date('2026-05-01T00:00:00Z')).currency).toBe('current');
    expect(judge(teams, '26045.300.4388.9208', 'windows', new Date('2026-06-01T00:00:00Z')).currency).toBe('outdated');
    expect(judge(teams, '1.2.3', 'windows', new Date('2026-06-01T00:00:00Z')).currency).toBe('unjudged');
  });
});

describe('video-apps replayed through the built CLI', () => {
  it.each([
    ['darwin-video-apps-teams-current', 'pass', [{ id: 'teams', currency: 'current', buildDate: '2026-02-13' }]],
    ['darwin-video-apps-zoom-old-teams-classic', 'warn', [{ id: 'zoom', version: '5.5.4 (13130.0228)', currency: 'outdated' }, { id: 'teams-classic', currency: 'retired' }]],
    ['win32-video-apps-current', 'pass', [{ id: 'zoom', currency: 'current' }, { id: 'teams', currency: 'current' }]],
    ['win32-video-apps-old-teams-classic', 'warn', [{ id: 'zoom', currency: 'current' }, { id: 'teams-classic', currency: 'retired' }, { id: 'teams', currency: 'outdated' }]],
    ['win32-video-apps-none', 'warn', []],
    ['linux-video-apps-zoom-deb', 'pass', [{ id: 'zoom', version: '6.0.2.4680', currency: 'current' }]],
  ])('%s → %s', async (name, status, apps) => {
    const { report } = await replay(join(BUNDLES, `${name}.json`), ['--only', 'video-apps']);
    const c = report.checks.find((x) => x.id === 'video-apps')!;
    expect(c.status).toBe(status);
    expect(c.facts.apps).toMatchObject(apps);
  });
  it.each([
    ['darwin-video-apps-no-applications', /\/Applications could not be listed/],
    ['win32-video-apps-no-powershell', /powershell not-found/],
    ['win32-video-apps-appx-failed', /new Microsoft Teams/],
    ['linux-video-apps-nothing-readable', /no dpkg-query and no system-wide Flatpak/],
    // a Flatpak install is seen, but its version is not read: never "none", never a pass
    ['linux-video-apps-zoom-flatpak', /Zoom Workplace is installed, but its version could not be read/],
  ])('%s → unknown, with the reason', async (name, reason) => {
    const { report } = await replay(join(BUNDLES, `${name}.json`), ['--only', 'video-apps']);
    const c = report.checks.find((x) => x.id === 'video-apps')!;
    expect(c.status).toBe('unknown');
    expect(c.summary).toMatch(reason);
  });
  it('an operating system it does not know: unknown, the same way as the other device checks', async () => {
    const { report } = await replay(bundleOf('freebsd', []), ['--only', 'video-apps']);
    const c = report.checks.find((x) => x.id === 'video-apps')!;
    expect(c.status).toBe('unknown');
    expect(c.summary).toMatch(/not supported on freebsd/);
  });
  it('in Bokmål', async () => {
    const { report } = await replay(join(BUNDLES, 'darwin-video-apps-zoom-old-teams-classic.json'), ['--only', 'video-apps', '--lang', 'nb']);
    const c = report.checks.find((x) => x.id === 'video-apps')!;
    expect(c.summary).toMatch(/støttes ikke lenger av leverandøren/);
    expect(c.remediation).toMatch(/Oppdater Zoom Workplace før møtet/);
  });
  it('on this machine: a finding, never a crash', async () => {
    const r = await runCli(['--json', '--only', 'video-apps', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'video-apps');
    expect(['pass', 'warn', 'unknown']).toContain(c.status);
  });
});
