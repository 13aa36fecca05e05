import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import antivirus, { AntivirusOptionsSchema, evaluateAntivirus, type AntivirusFacts } from '../checks/antivirus/index.js';
import { messages } from '../checks/antivirus/messages.js';
import { ageDays, decodeProductState, parseAntivirusJson } from '../checks/antivirus/parse.js';
import { BUNDLES, replayCheck } from './helpers/check-tester.js';
import { runCli } from './helpers/cli.js';
import { sampleText } from './helpers/samples.js';

/** The builder of the antivirus bundles (plain JavaScript: loaded by URL, typed where it is used) */
const BUILDER: string = new URL('./fixtures/make-antivirus-bundles.mjs', import.meta.url).href;

const DEFAULTS = AntivirusOptionsSchema.parse({});

describe('the script\u2019s JSON', () => {
  const on = {
    amServiceEnabled: true,
    antivirusEnabled: true,
    realTime: true,
    runningMode: 'Normal',
    signatureUpdated: '2022-03-21T04:06:16.0000000Z',
    products: [{ name: 'Windows Defender', state: 397568 }],
  };
  it.each([
    [on, { defender: { active: true, realTime: true, signatureUpdated: '2022-03-21T04:06:16.000Z' }, thirdParty: [] }],
    [{ ...on, runningMode: undefined }, { defender: { active: true } }],
    [
      { ...on, runningMode: 'Passive Mode', products: ['Windows Defender', 'Norton Security'] },
      { defender: { active: false }, thirdParty: [{ name: 'Norton Security', enabled: null, upToDate: null }] },
    ],
    [
      { ...on, amServiceEnabled: false, products: { name: 'ESET Security', state: 266240 } },
      { defender: { active: false }, thirdParty: [{ name: 'ESET Security', enabled: true, upToDate: true }] },
    ],
    [{ ...on, realTime: 'True' }, { defender: { realTime: null } }],
    [{ ...on, signatureUpdated: '3/21/2022 4:06:16 AM x' }, { defender: { signatureUpdated: null } }],
    [{ ...on, products: null }, { thirdParty: null }],
  ])('%j', (json, expected) => expect(parseAntivirusJson(json)).toMatchObject(expected));
  it('nothing usable is null', () => {
    expect(parseAntivirusJson(null)).toBeNull();
    expect(parseAntivirusJson([])).toBeNull();
    expect(parseAntivirusJson({ products: [] })).toBeNull();
    expect(parseAntivirusJson({ products: [{ name: 'Windows Defender', state: 393472 }] })).toBeNull();
    fc.assert(
      fc.property(fc.jsonValue(), (j) => {
        const r = parseAntivirusJson(j);
        expect(r === null || r.thirdParty === null || Array.isArray(r.thirdParty)).toBe(true);
      }),
    );
  });
  it('bundles derived from the captured Get-MpComputerStatus text carry its values', () => {
    const derived = (name: string) => JSON.parse(JSON.parse(readFileSync(join(BUNDLES, `${name}.json`), 'utf8')).interactions[0].result.stdout);
    const htb = sampleText('windows/Get-MpComputerStatus__htb-academy-notes.txt');
    expect(htb).toMatch(/AntivirusSignatureLastUpdated\s+: 3\/21\/2022 4:06:16 AM/);
    expect(derived('win32-antivirus-defender-htb')).toMatchObject({
      amServiceEnabled: true,
      antivirusEnabled: true,
      runningMode: 'Normal',
      signatureUpdated: '2022-03-21T04:06:16.000Z',
      realTime: null,
    });
    const ms = sampleText('windows/Get-MpComputerStatus__ms-docs-example-2013.txt');
    expect(ms).toMatch(/RealTimeProtectionEnabled\s+: True/);
    expect(derived('win32-antivirus-defender-2013-current')).toMatchObject({ realTime: true, runningMode: null, signatureUpdated: '2013-07-30T03:01:45.000Z' });
  });
  it('Defender disabled or removed (Microsoft Learn capture, AMRunningMode "Not running"): not active, no signature date, never a pass', () => {
    const text = sampleText('windows/Get-MpComputerStatus__ms-learn-compat-not-running.txt');
    const value = (key: string) => new RegExp(`^${key}\\s+:[ ]?(.*)$`, 'm').exec(text)![1]!.trim();
    const bool = (key: string) => ({ True: true, False: false })[value(key)] ?? null;
    // what the section prints from these properties (an empty date stays $null)
    const json = {
      amServiceEnabled: bool('AMServiceEnabled'),
      antivirusEnabled: bool('AntivirusEnabled'),
      realTime: bool('RealTimeProtectionEnabled'),
      runningMode: value('AMRunningMode'),
      signatureUpdated: value('AntivirusSignatureLastUpdated') || null,
      products: null,
    };
    expect(json).toEqual({
      amServiceEnabled: false,
      antivirusEnabled: false,
      realTime: false,
      runningMode: 'Not running',
      signatureUpdated: null,
      products: null,
    });
    expect(parseAntivirusJson(json)).toEqual({ defender: { active: false, realTime: false, signatureUpdated: null }, thirdParty: null });
  });
  it.each([
    ['Get-CimInstance-SecurityCenter2-AntiVirusProduct__zh-notes-huorong-defender.txt', '火绒安全软件'],
    ['Get-CimInstance-SecurityCenter2-AntiVirusProduct__thm-room-bitdefender-defender.txt', 'Bitdefender Antivirus'],
  ])('Security Center capture %s: the other product on and up to date, Defender standing aside and left out', (file, product) => {
    const text = sampleText(`windows/${file}`);
    // the section's rows: display name and productState, as printed
    const rows = [...text.matchAll(/^displayName\s+: (.+)\n(?:.*\n)*?productState\s+: (\d+)$/gm)].map((m) => ({ name: m[1]!, state: Number(m[2]) }));
    expect(rows.map((r) => r.name).sort()).toEqual([product, 'Windows Defender'].sort());
    expect(rows.find((r) => r.name === 'Windows Defender')!.state).toBe(393472);
    expect(decodeProductState(393472)).toEqual({ enabled: false, upToDate: true });
    const read = parseAntivirusJson({ products: rows });
    expect(read?.thirdParty).toEqual([{ name: product, enabled: true, upToDate: true }]);
  });
  it('productState: the published bit layout on the values real machines showed', () => {
    // the samples themselves: displayName and productState as Windows printed them
    expect(sampleText('windows/Get-WmiObject-SecurityCenter2-AntiVirusProduct__oddsandendpoints-sophos.txt')).toMatch(
      /displayName\s+: Sophos Anti-Virus\n(.*\n)*productState\s+: 331776/,
    );
    expect(sampleText('windows/Get-CimInstance-SecurityCenter2-AntiVirusProduct__wortell-pshelpers-trend-sophos-home.txt')).toMatch(/productState\s+: 266240/);
    expect(decodeProductState(331776)).toEqual({ enabled: true, upToDate: true }); // Sophos Anti-Virus, 0x051000
    expect(decodeProductState(266240)).toEqual({ enabled: true, upToDate: true }); // Trend Micro, 0x041000
    expect(decodeProductState(397312)).toEqual({ enabled: true, upToDate: true }); // CylancePROTECT, 0x061000
    expect(decodeProductState(397568)).toEqual({ enabled: true, upToDate: true }); // Defender on, 0x061100
    expect(decodeProductState(393472)).toEqual({ enabled: false, upToDate: true }); // Defender passive, 0x060100
    expect(decodeProductState(0x041010)).toEqual({ enabled: true, upToDate: false });
    expect(decodeProductState(0x042000)).toEqual({ enabled: false, upToDate: true }); // snoozed
    expect(decodeProductState(0x043000)).toEqual({ enabled: false, upToDate: true }); // expired
    expect(decodeProductState(0x045050)).toEqual({ enabled: null, upToDate: null });
    for (const bad of [null, '331776', -1, 1.5, 0x1000000]) expect(decodeProductState(bad)).toEqual({ enabled: null, upToDate: null });
  });
  it('ageDays', () => {
    expect(ageDays(new Date('2022-03-28T04:06:15Z'), '2022-03-21T04:06:16Z')).toBe(6);
    expect(ageDays(new Date('2022-03-20T00:00:00Z'), '2022-03-21T04:06:16Z')).toBe(0);
    expect(ageDays(new Date(), null)).toBeNull();
  });
});

describe('evaluate', () => {
  const base: AntivirusFacts = {
    os: 'windows',
    method: 'defender',
    active: true,
    realTime: true,
    signatureAgeDays: 1,
    thirdParty: [],
    xprotectBundle: null,
    reason: null,
  };
  const sophos = (enabled: boolean | null, upToDate: boolean | null) => [{ name: 'Sophos Anti-Virus', enabled, upToDate }];
  it.each([
    [{}, 'pass', 'on'],
    [{ signatureAgeDays: DEFAULTS.maxSignatureAgeDays + 1 }, 'warn', 'stale'],
    [{ realTime: false }, 'fail', 'realtime-off'],
    [{ realTime: null }, 'unknown', 'realtime-unknown'],
    [{ active: false }, 'fail', 'off'],
    [{ active: false, thirdParty: [{ name: 'Norton', enabled: null, upToDate: null }] }, 'unknown', 'other'],
    [{ method: 'security-center', active: null, realTime: null, signatureAgeDays: null, thirdParty: sophos(true, true) }, 'pass', 'third-party.on'],
    [{ method: 'security-center', active: null, realTime: null, signatureAgeDays: null, thirdParty: sophos(true, false) }, 'warn', 'third-party.stale'],
    [{ method: 'security-center', active: null, realTime: null, signatureAgeDays: null, thirdParty: sophos(false, true) }, 'fail', 'third-party.off'],
    [{ method: 'security-center', active: null, realTime: null, signatureAgeDays: null, thirdParty: sophos(true, null) }, 'unknown', 'other'],
    [{ active: false, thirdParty: [...sophos(false, true), { name: 'CrowdStrike Falcon Sensor', enabled: true, upToDate: true }] }, 'pass', 'third-party.on'],
    [{ active: null, realTime: null, thirdParty: [] }, 'unknown', 'unknown'],
    [{ signatureAgeDays: null }, 'unknown', 'age-unknown'],
    [{ method: null, reason: { code: 'failed', tool: 'powershell' } }, 'unknown', 'unknown'],
    [{ os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 30, thirdParty: null, xprotectBundle: 'protected' }, 'pass', 'on.macos'],
    [{ os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 61, thirdParty: null, xprotectBundle: 'legacy' }, 'warn', 'stale.macos'],
  ] as [Partial<AntivirusFacts>, string, string][])('%j → %s', (patch, status, id) => {
    const f = evaluateAntivirus({ ...base, ...patch }, DEFAULTS);
    expect(f.status).toBe(status);
    expect(f.summary[0]!.id).toBe(id);
    if (status === 'unknown') expect(f.reason?.code).toBeTruthy();
  });
  it('the age limits are options', () => {
    expect(DEFAULTS).toEqual({ maxSignatureAgeDays: 7, maxXprotectAgeDays: 60 });
    expect(evaluateAntivirus({ ...base, signatureAgeDays: 5 }, { ...DEFAULTS, maxSignatureAgeDays: 3 }).status).toBe('warn');
    expect(
      evaluateAntivirus(
        { ...base, os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 100, xprotectBundle: 'protected' },
        { ...DEFAULTS, maxXprotectAgeDays: 120 },
      ).status,
    ).toBe('pass');
  });
  it('the fix fits the OS and its version, with the page it can open', () => {
    expect(evaluateAntivirus({ ...base, realTime: false }, DEFAULTS, { os: 'win32', release: '10.0.22631' })).toMatchObject({
      remediation: [{ id: 'fix.windows' }],
      link: 'windowsdefender://threatsettings',
    });
    expect(evaluateAntivirus({ ...base, signatureAgeDays: 30 }, DEFAULTS, { os: 'win32', release: '10.0.19045' })).toMatchObject({
      remediation: [{ id: 'fix.update' }],
      link: 'windowsdefender://threat',
    });
    const stale: AntivirusFacts = {
      ...base,
      os: 'macos',
      method: 'xprotect',
      realTime: null,
      signatureAgeDays: 200,
      thirdParty: null,
      xprotectBundle: 'legacy',
    };
    expect(evaluateAntivirus(stale, DEFAULTS, { os: 'darwin', release: '21.6.0' })).toMatchObject({
      remediation: [{ id: 'fix.macos.12' }],
      link: 'x-apple.systempreferences:com.apple.preferences.softwareupdate',
    });
    expect(evaluateAntivirus(stale, DEFAULTS, { os: 'darwin', release: '24.2.0' })).toMatchObject({
      remediation: [{ id: 'fix.macos' }],
      link: 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension',
    });
  });
  it('the Bokmål words hold no English and no count written as (s)/(er)', () => {
    for (const [key, text] of Object.entries(messages.nb)) expect(text, key).not.toMatch(/\b(the|and|is|on|off|protection|signatures?)\b|\(s\)|\(er\)/i);
  });
});

describe('antivirus replayed', () => {
  it.each([
    ['win32-antivirus-defender-htb', 'unknown', { active: true, realTime: null, signatureAgeDays: 0 }],
    ['win32-antivirus-defender-2013-current', 'pass', { active: true, realTime: true, signatureAgeDays: 0 }],
    ['win32-antivirus-defender-2013-stale', 'warn', { signatureAgeDays: 20 }],
    ['win32-antivirus-other-product', 'unknown', { active: false, thirdParty: [{ name: 'Sophos Anti-Virus', enabled: null, upToDate: null }] }],
    ['win32-antivirus-no-powershell', 'unknown', { reason: { code: 'failed', tool: 'powershell', detail: 'exit code 1: blocked' } }],
    ['darwin-antivirus-xprotect-fresh', 'pass', { method: 'xprotect', signatureAgeDays: 9, xprotectBundle: 'legacy' }],
    ['darwin-antivirus-xprotect-old', 'warn', { signatureAgeDays: 200, xprotectBundle: 'legacy' }],
  ])('%s → %s', async (name, status, facts) => {
    const c = await replayCheck(antivirus, name);
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
    if (status === 'unknown') expect(c.reason?.code).toBeTruthy();
  });
  it('every bundle is what the builder makes today', async () => {
    const { antivirusBundles } = (await import(BUILDER)) as { antivirusBundles: Record<string, unknown> };
    for (const [name, b] of Object.entries(antivirusBundles)) expect(JSON.parse(readFileSync(join(BUNDLES, `${name}.json`), 'utf8')), name).toEqual(b);
  });
  it.each([
    [
      'win32-antivirus-sophos-security-center',
      'Protected by Sophos Anti-Virus: Windows Security Center reports real-time protection on and the definitions up to date.',
    ],
    [
      'win32-antivirus-trend-sophos-home',
      'Protected by Trend Micro Antivirus+ and Sophos Home: Windows Security Center reports real-time protection on and the definitions up to date.',
    ],
    ['win32-antivirus-cylance', 'Protected by CylancePROTECT: Windows Security Center reports real-time protection on and the definitions up to date.'],
  ])('third-party antivirus, real Security Center capture (%s): Get-MpComputerStatus throws, yet the user sees who protects', async (name, summary) => {
    const c = await replayCheck(antivirus, name);
    expect(c.status).toBe('pass');
    expect(c.summary).toBe(summary);
    expect(c.facts).toMatchObject({ method: 'security-center', active: null });
    expect(c.summary).not.toMatch(/real time could not be read|Defender/);
  });
  it('third-party antivirus in Bokmål', async () => {
    expect((await replayCheck(antivirus, 'win32-antivirus-sophos-security-center', { lang: 'nb' })).summary).toBe(
      'Beskyttet av Sophos Anti-Virus: Windows-sikkerhetssenteret melder at sanntidsbeskyttelsen er på og at definisjonene er oppdatert.',
    );
  });
  it.each([
    [
      'win32-antivirus-third-party-stale-documented',
      'warn',
      /Trend Micro Antivirus\+, but Windows Security Center reports the virus definitions as out of date/,
    ],
    ['win32-antivirus-third-party-off-documented', 'fail', /real-time protection off for: Trend Micro Antivirus\+/],
  ])('third-party antivirus out of date or off (productState from the documented bit layout only): %s → %s', async (name, status, text) => {
    const c = await replayCheck(antivirus, name);
    expect(c.status).toBe(status);
    expect(c.summary).toMatch(text);
    expect(c.remediation).toMatch(/antivirus program/);
  });
  it('macOS 15.2 XProtect (documented paths only): the live bundle in /var/protected/xprotect is read first, so an old CoreServices copy is no false "stale"', async () => {
    const c = await replayCheck(antivirus, 'darwin-antivirus-xprotect-15.2-live');
    expect(c.status).toBe('pass');
    expect(c.facts).toMatchObject({ method: 'xprotect', xprotectBundle: 'protected', signatureAgeDays: 3 });
  });
  it('an unknown in Bokmål names the reason', async () => {
    const c = await replayCheck(antivirus, 'win32-antivirus-no-powershell', { lang: 'nb' });
    expect(c.summary).toBe('Klarte ikke å lese tilstanden til antivirusbeskyttelsen. Årsak: programmet stoppet med en feil (powershell).');
  });
  it('Linux: skipped, on a replay and on this machine', async () => {
    expect((await replayCheck(antivirus, 'linux-antivirus')).status).toBe('skipped');
    const r = await runCli(['--json', '--only', 'antivirus', '--no-questions', '--offline']);
    expect(JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'antivirus').status).toBe('skipped');
  });
});
