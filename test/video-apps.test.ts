import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redRulesFor } from '../src/questions/types.js';
import { VIDEO_APPS_TABLE_COMPILED, videoApps } from '../checks/video-apps/data.js';
import { evaluateVideoApps, judge, VideoAppsOptionsSchema } from '../checks/video-apps/evaluate.js';
import { VideoAppsFactsSchema, type VideoAppsFacts } from '../checks/video-apps/facts.js';
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
import { checkOptions } from '../src/check.js';
import type { DataClassAnswer } from '../src/questions/types.js';
import { PolicyFileSchema } from '../src/policy.js';
import { sources } from '../src/sources.js';
import { bundleOf } from './helpers/bundles.js';
import { replayCheck } from './helpers/check-tester.js';
import { ROOT, runCli } from './helpers/cli.js';
import { BundleSchema } from '../src/probe/bundle.js';
import { readFileSync } from 'node:fs';
import { icuArguments } from './helpers/language.js';

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
    // every loaded user hive (the employee's, also when the tool runs as SYSTEM), and the new Teams for every user where allowed
    expect(WINDOWS_SCRIPT).toMatch(/Registry::HKEY_USERS\\\*\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall/);
    expect(WINDOWS_SCRIPT).not.toContain('HKCU:');
    expect(WINDOWS_SCRIPT).toMatch(/try\{\$a=@\(Get-AppxPackage -AllUsers -Name MSTeams.*catch\{try\{\$a=@\(Get-AppxPackage -Name MSTeams/);
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
    expect(bundleVersion(parsePlistStrings('<plist version="1.0"><dict><key>CFBundleVersion</key><string>1.8.00.27652</string></dict></plist>'))).toBe(
      '1.8.00.27652',
    );
    expect(parsePlistStrings('bplist00\u00d4\u0001\u0002\u0003')).toEqual({});
    expect(bundleVersion(parsePlistStrings(''))).toBeNull();
  });
  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parsePlistStrings(s);
        expect(typeof p).toBe('object');
        bundleVersion(p);
        parsePlistStrings(`<plist>${s}</plist>`);
      }),
    );
  });
});

describe('the Windows inventory JSON', () => {
  it('takes programs and Appx packages, with or without arrays', () => {
    const inv = parseWindowsInventory({
      programs: { name: 'Zoom Workplace (64-bit)', version: '6.7.30439' },
      appx: [{ name: 'MSTeams', version: '26045.300.4388.9208' }],
      appxFailed: false,
    });
    expect(inv).toEqual({
      programs: [{ name: 'Zoom Workplace (64-bit)', version: '6.7.30439' }],
      appx: [{ name: 'MSTeams', version: '26045.300.4388.9208' }],
      appxReadable: true,
    });
    expect(parseWindowsInventory({ programs: [], appx: [], appxFailed: true })?.appxReadable).toBe(false);
    expect(parseWindowsInventory({ programs: [{ name: 'Webex', version: '' }, { name: '', version: '1' }, 7] })?.programs).toEqual([
      { name: 'Webex', version: null },
    ]);
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
    fc.assert(
      fc.property(fc.jsonValue(), (j) => {
        const inv = parseWindowsInventory(j);
        if (inv) for (const m of matchWindowsPrograms(inv.programs, videoApps)) expect(videoApps.map((a) => a.id)).toContain(m.id);
      }),
    );
  });
});

describe('dpkg-query lines', () => {
  it('keeps installed packages only', () => {
    expect(parseDpkgQuery('zoom\t6.0.2.4680\tii \nteams\t1.5.00.23861\trc \nwire-desktop\t\tun \nwebex\t45.2.0\tiU \n')).toEqual([
      { name: 'zoom', version: '6.0.2.4680' },
      { name: 'webex', version: '45.2.0' },
    ]);
    expect(parseDpkgQuery('')).toEqual([]);
  });
  it('a line of another shape makes the whole answer unreadable, never "nothing installed"', () => {
    expect(parseDpkgQuery('Segmentation fault\n')).toBeNull();
    expect(parseDpkgQuery('zoom\t6.0.2.4680\tii \ngarbage\n')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseDpkgQuery(s);
        if (r) for (const e of r) expect(e.name).toMatch(/^[a-z0-9]/);
        if (r && s.trim()) expect(s).toContain('\t');
      }),
    );
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
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const c = compareVersions(a, b);
        expect(c === null || c === -1 || c === 0 || c === 1).toBe(true);
        teamsBuildDate(a);
      }),
    );
  });
});

const NOW = new Date('2026-11-20T09:00:00.000Z');
const ctx = (over: { maxSupportTableAgeDays?: number; now?: Date; os?: string; release?: string; dataClass?: DataClassAnswer } = {}) => ({
  options: VideoAppsOptionsSchema.parse(over.maxSupportTableAgeDays ? { maxSupportTableAgeDays: over.maxSupportTableAgeDays } : {}),
  meeting: { dataClass: over.dataClass ?? 'green', redRules: redRulesFor(over.dataClass ?? 'green') },
  platform: { os: over.os ?? 'win32', release: over.release ?? 'replayed', arch: 'x64' },
  now: over.now ?? NOW,
});

describe('evaluate', () => {
  const base: VideoAppsFacts = { os: 'windows', method: 'registry', installed: [], appx: { read: true, reason: null }, tableDate: '2026-11-23', reason: null };
  const ev = (patch: Partial<VideoAppsFacts>) => evaluateVideoApps({ ...base, ...patch }, ctx());
  it.each([
    ['current', { installed: [{ id: 'zoom', version: '6.7.30439' }] }, 'pass', ['current'], []],
    // older than the vendor lets into meetings: the employee cannot join
    ['outdated', { installed: [{ id: 'zoom', version: '5.14.0 (12345)' }] }, 'fail', ['outdated'], ['fix.update']],
    [
      'one current, one outdated',
      {
        installed: [
          { id: 'zoom', version: '6.7.30439' },
          { id: 'teams', version: '26045.300.4388.9208' },
        ],
      },
      'fail',
      ['current', 'outdated-age'],
      ['fix.update'],
    ],
    ['classic Teams', { installed: [{ id: 'teams-classic', version: '1.8.0.1362' }] }, 'warn', ['retired'], ['fix.retired.windows']],
    ['none', {}, 'warn', ['none'], ['fix.none']],
    ['none, Appx unreadable', { appx: { read: false, reason: { code: 'failed', tool: 'Get-AppxPackage' } } }, 'unknown', ['appx-unknown'], ['fix.unknown']],
    ['only a client without a minimum', { installed: [{ id: 'webex', version: '45.6.0.32551' }] }, 'unknown', ['unjudged'], ['fix.unknown']],
    ['version unreadable', { installed: [{ id: 'zoom', version: null }] }, 'unknown', ['version-unknown'], ['fix.unknown']],
    ['unreadable', { method: null, reason: { code: 'not-found', tool: 'powershell' } }, 'unknown', ['unknown'], ['fix.unknown']],
  ] as [string, Partial<VideoAppsFacts>, string, string[], string[]][])('%s → %s', (_name, patch, status, ids, fixes) => {
    const f = ev(patch);
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
    expect((f.remediation ?? []).map((m) => m.id)).toEqual(fixes);
    if (status === 'unknown') expect(f.reason?.code).toBeTruthy();
  });
  it('a client too old to join blocks a red meeting, or one whose class is not known; a retired one that still runs does not', () => {
    const old = { ...base, installed: [{ id: 'zoom', version: '5.14.0 (12345)' }] };
    for (const [dataClass, blocker] of [
      ['green', false],
      ['yellow', false],
      ['red', true],
      ['unsure', true],
    ] as const) {
      const f = evaluateVideoApps(old, ctx({ dataClass }));
      expect([f.status, f.blocker ?? false], dataClass).toEqual(['fail', blocker]);
    }
    expect(evaluateVideoApps({ ...base, installed: [{ id: 'teams-classic', version: '1.8.0.1362' }] }, ctx({ dataClass: 'red' }))).toMatchObject({
      status: 'warn',
    });
  });
  it('the reason of an unknown names what could not be told', () => {
    expect(ev({ installed: [{ id: 'webex', version: '45.6.0.32551' }] }).reason).toMatchObject({ code: 'not-in-table', tool: 'webex' });
    expect(ev({ installed: [{ id: 'zoom', version: null }] }).reason).toMatchObject({ code: 'unreadable', tool: 'zoom' });
  });
  it('removing a retired client: the setting per OS and version', () => {
    const classic = { ...base, installed: [{ id: 'teams-classic', version: '1.8.0.1362' }] };
    expect(evaluateVideoApps(classic, ctx({ release: '10.0.19045' }))).toMatchObject({
      remediation: [{ id: 'fix.retired.windows.10' }],
      link: 'ms-settings:appsfeatures',
    });
    expect(evaluateVideoApps(classic, ctx({ release: '10.0.26100' }))).toMatchObject({
      remediation: [{ id: 'fix.retired.windows' }],
      link: 'ms-settings:appsfeatures',
    });
    expect(evaluateVideoApps({ ...classic, os: 'macos' }, ctx({ os: 'darwin', release: '24.1.0' }))).toMatchObject({
      remediation: [{ id: 'fix.retired.macos' }],
    });
    expect(evaluateVideoApps({ ...classic, os: 'linux' }, ctx({ os: 'linux' }))).toMatchObject({ remediation: [{ id: 'fix.retired' }] });
  });
  it('a table over a year old warns, and never lets a current client pass on its word alone', () => {
    const zoom = { ...base, installed: [{ id: 'zoom', version: '6.7.30439' }], tableDate: '2025-11-01' };
    const f = evaluateVideoApps(zoom, ctx());
    expect(f.status).toBe('warn');
    expect(f.summary.map((m) => m.id)).toContain('table-old');
    // the option decides, as the policy gives it (thresholds.maxSupportTableAgeDays of the first format too)
    const lenient = checkOptions(check, PolicyFileSchema.parse({ thresholds: { maxSupportTableAgeDays: 1000 } }).checks['video-apps']?.options);
    expect(lenient).toEqual({ maxSupportTableAgeDays: 1000 });
    expect(evaluateVideoApps(zoom, ctx({ maxSupportTableAgeDays: 1000 })).status).toBe('pass');
    // with nothing the table judges, its age does not matter
    expect(evaluateVideoApps({ ...base, tableDate: '2020-01-01' }, ctx()).summary.map((m) => m.id)).toEqual(['none']);
  });
  it('the same app and version counted once', () => {
    const f = ev({
      installed: [
        { id: 'zoom', version: '6.7.30439' },
        { id: 'zoom', version: '6.7.30439' },
      ],
    });
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

describe('video-apps replayed', () => {
  it.each([
    ['darwin-video-apps-teams-current', 'pass', [{ id: 'teams' }], /built on 13 February 2026: recent enough/],
    ['darwin-video-apps-zoom-old-teams-classic', 'fail', [{ id: 'zoom', version: '5.5.4 (13130.0228)' }, { id: 'teams-classic' }], /older than 6\.0\.2/],
    ['win32-video-apps-current', 'pass', [{ id: 'zoom' }, { id: 'teams' }], /Zoom Workplace .* is recent enough/],
    ['win32-video-apps-old-teams-classic', 'fail', [{ id: 'zoom' }, { id: 'teams-classic' }, { id: 'teams' }], /no longer supported .* more than 92 days ago/],
    ['win32-video-apps-none', 'warn', [], /No video meeting app was found/],
    ['linux-video-apps-zoom-deb', 'pass', [{ id: 'zoom', version: '6.0.2.4680' }], /Zoom Workplace 6\.0\.2\.4680 is recent enough/],
  ])('%s → %s', async (name, status, apps, words) => {
    const c = await replayCheck(check, name);
    expect(c.status).toBe(status);
    expect(c.facts.installed).toMatchObject(apps);
    expect(c.summary).toMatch(words);
  });
  it.each([
    ['darwin-video-apps-no-applications', { code: 'not-found', tool: '/Applications' }],
    ['win32-video-apps-no-powershell', { code: 'not-found', tool: 'powershell' }],
    ['win32-video-apps-appx-failed', { code: 'failed', tool: 'Get-AppxPackage' }],
    ['linux-video-apps-nothing-readable', { code: 'not-found', tool: 'dpkg-query, flatpak' }],
    // a Flatpak install is seen, but its version is not read: never "none", never a pass
    ['linux-video-apps-zoom-flatpak', { code: 'unreadable', tool: 'zoom' }],
  ])('%s → unknown, with the reason', async (name, why) => {
    const c = await replayCheck(check, name);
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject(why);
  });
  it("per-user installs on Windows: Zoom in the user's AppData (its HKEY_USERS Uninstall key) and the new Teams Appx package are found, with the values real machines show", async () => {
    // Zoom Workplace 6.3.0 (52884) under a user's ntuser.dat ...\\Uninstall\\ZoomUMX, InstallLocation C:\\Users\\<user>\\AppData\\Roaming\\Zoom\\bin
    // (a published memory-forensics write-up); MSTeams 24004.1307.2669.7070 as Get-AppxPackage printed it (a public Intune detection script)
    const b = BundleSchema.parse(JSON.parse(readFileSync(join(BUNDLES, 'win32-video-apps-current.json'), 'utf8')));
    const inventory = {
      programs: [{ name: 'Zoom Workplace', version: '6.3.0 (52884)', scope: 'user' }],
      appx: [{ name: 'MSTeams', version: '24004.1307.2669.7070' }],
      appxFailed: false,
    };
    const perUser = {
      ...b,
      interactions: b.interactions.map((i) => (i.type === 'run' ? { ...i, result: { ...i.result, stdout: JSON.stringify(inventory), code: 0 } } : i)),
    };
    const c = await replayCheck(check, perUser, { answers: { 'data-class': 'red' } });
    expect(c.facts.installed).toEqual([
      { id: 'zoom', version: '6.3.0 (52884)', scope: 'user' },
      { id: 'teams', version: '24004.1307.2669.7070', scope: 'user' },
    ]);
    // the Teams build of 2024-01-04 is far past Microsoft's three months: it cannot join, and the meeting is red
    expect([c.status, c.blocker]).toEqual(['fail', true]);
    expect(c.summary).toMatch(/Zoom Workplace 6\.3\.0 \(52884\) is recent enough.*Microsoft Teams 24004\.1307\.2669\.7070 was built on 4 January 2024/);
  });
  it("per-user installs on macOS: Zoom in the signed-in user's ~/Applications is found, also when the tool runs as root (path from Zoom's own 4.6.8 installer script and admins' uninstall scripts; Info.plist in Apple's documented format, no capture)", async () => {
    const plist = (version: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>us.zoom.xos</string>\n\t<key>CFBundleShortVersionString</key>\n\t<string>${version}</string>\n</dict>\n</plist>\n`;
    const interactions = [
      { type: 'listDir' as const, path: '/Applications', result: ['Safari.app'] },
      { type: 'run' as const, cmd: 'stat', args: ['-f', '%Su', '/dev/console'], locale: 'c' as const, result: { stdout: 'ansatt\n', stderr: '', code: 0 } },
      { type: 'listDir' as const, path: '/Users/ansatt/Applications', result: ['zoom.us.app'] },
      { type: 'readFile' as const, path: '/Users/ansatt/Applications/zoom.us.app/Contents/Info.plist', result: plist('6.7.30439') },
    ];
    const c = await replayCheck(check, bundleOf('darwin', interactions));
    expect(c.facts.installed).toEqual([{ id: 'zoom', version: '6.7.30439', scope: 'user' }]);
    expect(c.status).toBe('pass');
    // no user name in the facts
    expect(JSON.stringify(c.facts)).not.toContain('ansatt');
    // at the login window the console belongs to root: nobody's own folder is looked at
    const rootConsole = {
      type: 'run' as const,
      cmd: 'stat',
      args: ['-f%Su', '/dev/console'],
      locale: 'c' as const,
      result: { stdout: 'root\n', stderr: '', code: 0 },
    };
    const atLogin = await replayCheck(check, bundleOf('darwin', [interactions[0]!, rootConsole, interactions[2]!, interactions[3]!]));
    expect(atLogin.facts.installed).toEqual([]);
  });
  it('dpkg-query printing garbage with exit 0 is unknown (unreadable), never "no app found"', async () => {
    const c = await replayCheck(
      check,
      bundleOf('linux', [
        { type: 'run', cmd: 'dpkg-query', args: DPKG_QUERY_ARGS, locale: 'c', result: { stdout: 'Segmentation fault\n', stderr: '', code: 0 } },
      ]),
    );
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'dpkg-query' });
  });
  it('PowerShell printing something that is not the inventory is unknown (unreadable)', async () => {
    const b = BundleSchema.parse(JSON.parse(readFileSync(join(BUNDLES, 'win32-video-apps-current.json'), 'utf8')));
    const garbled = {
      ...b,
      interactions: b.interactions.map((i) => (i.type === 'run' ? { ...i, result: { ...i.result, stdout: '{"unexpected":true}', code: 0 } } : i)),
    };
    const c = await replayCheck(check, garbled);
    expect(c.reason).toMatchObject({ code: 'unreadable', tool: 'powershell' });
  });
  it('an operating system it does not know: unknown, the same way as the other device checks', async () => {
    const c = await replayCheck(check, bundleOf('freebsd', []));
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'unsupported', detail: 'freebsd' });
  });
  it('in Bokmål, an unknown with its reason too', async () => {
    const c = await replayCheck(check, 'darwin-video-apps-zoom-old-teams-classic', { lang: 'nb' });
    expect(c.summary).toMatch(/har ikke lenger støtte fra leverandøren/);
    expect(c.remediation).toMatch(/Oppdater Zoom Workplace før møtet/);
    expect(c.remediation).toMatch(/Flytt Microsoft Teams classic fra Programmer-mappen til papirkurven/);
    const unknown = await replayCheck(check, 'win32-video-apps-no-powershell', { lang: 'nb' });
    expect(unknown.summary).toBe(
      'Klarte ikke å lese hvilke apper for videomøter som er installert. Årsak: det sjekken leser, finnes ikke på denne maskinen (powershell).',
    );
  });
  it('the facts keep to their schema whatever dpkg-query prints', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.constantFrom(0, 1, 2), async (stdout, code) => {
        const c = await replayCheck(
          check,
          bundleOf('linux', [{ type: 'run', cmd: 'dpkg-query', args: DPKG_QUERY_ARGS, locale: 'c', result: { stdout, stderr: '', code } }]),
        );
        VideoAppsFactsSchema.parse(c.facts);
        if (c.status === 'warn') expect(c.facts.method).toBe('dpkg');
        if (c.status === 'unknown') expect(c.reason?.code).toBeTruthy();
      }),
      { numRuns: 40 },
    );
  });
  it('on this machine: a finding, never a crash', async () => {
    const r = await runCli(['--json', '--only', 'video-apps', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'video-apps');
    expect(['pass', 'warn', 'unknown']).toContain(c.status);
    if (c.status === 'unknown') expect(c.reason?.code).toBeTruthy();
  });
});

describe('the words of the video-apps check', () => {
  const params = (s: string) => icuArguments(s).map((a) => a.split(':')[0]);
  it('every key in both languages with the same parameters; no English in the Bokmål', () => {
    expect(Object.keys(check.messages.nb).sort()).toEqual(Object.keys(check.messages.en).sort());
    for (const [key, en] of Object.entries(check.messages.en)) {
      const nb = (check.messages.nb as Record<string, string>)[key]!;
      expect(params(nb), key).toEqual(params(en));
      expect(en + nb, key).not.toMatch(/\{reason\}/);
      expect(nb.replace(/Microsoft Teams|homeoffice-check/g, ''), key).not.toMatch(
        /\b(the|and|or|app is|update|updates|settings|check|installed apps|bin|browser|vendor)\b/i,
      );
    }
  });
});
