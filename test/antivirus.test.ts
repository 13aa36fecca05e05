import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import antivirus, { AntivirusOptionsSchema, evaluateAntivirus, type AntivirusFacts } from '../checks/antivirus/index.js';
import { messages } from '../checks/antivirus/messages.js';
import { ageDays, parseDefenderJson } from '../checks/antivirus/parse.js';
import { BUNDLES, replayCheck } from './helpers/check-tester.js';
import { runCli } from './helpers/cli.js';
import { sampleText } from './helpers/samples.js';

const DEFAULTS = AntivirusOptionsSchema.parse({});

describe('Defender JSON', () => {
  const on = { amServiceEnabled: true, antivirusEnabled: true, realTime: true, runningMode: 'Normal', signatureUpdated: '2022-03-21T04:06:16.0000000Z', products: ['Windows Defender'] };
  it.each([
    [on, { active: true, realTime: true, signatureUpdated: '2022-03-21T04:06:16.000Z', others: [] }],
    [{ ...on, runningMode: undefined }, { active: true }],
    [{ ...on, runningMode: 'Passive Mode', products: ['Windows Defender', 'Norton Security'] }, { active: false, others: ['Norton Security'] }],
    [{ ...on, amServiceEnabled: false, products: 'ESET Security' }, { active: false, others: ['ESET Security'] }],
    [{ ...on, realTime: 'True' }, { realTime: null }],
    [{ ...on, signatureUpdated: '3/21/2022 4:06:16 AM x' }, { signatureUpdated: null }],
  ])('%j', (json, expected) => expect(parseDefenderJson(json)).toMatchObject(expected));
  it('nothing usable is null', () => {
    expect(parseDefenderJson(null)).toBeNull();
    expect(parseDefenderJson([])).toBeNull();
    expect(parseDefenderJson({ products: [] })).toBeNull();
    fc.assert(fc.property(fc.jsonValue(), (j) => {
      const r = parseDefenderJson(j);
      expect(r === null || Array.isArray(r.others)).toBe(true);
    }));
  });
  it('bundles derived from the captured Get-MpComputerStatus text carry its values', () => {
    const derived = (name: string) => JSON.parse(JSON.parse(readFileSync(join(BUNDLES, `${name}.json`), 'utf8')).interactions[0].result.stdout);
    const htb = sampleText('windows/Get-MpComputerStatus__htb-academy-notes.txt');
    expect(htb).toMatch(/AntivirusSignatureLastUpdated\s+: 3\/21\/2022 4:06:16 AM/);
    expect(derived('win32-antivirus-defender-htb')).toMatchObject({ amServiceEnabled: true, antivirusEnabled: true, runningMode: 'Normal', signatureUpdated: '2022-03-21T04:06:16.000Z', realTime: null });
    const ms = sampleText('windows/Get-MpComputerStatus__ms-docs-example-2013.txt');
    expect(ms).toMatch(/RealTimeProtectionEnabled\s+: True/);
    expect(derived('win32-antivirus-defender-2013-current')).toMatchObject({ realTime: true, runningMode: null, signatureUpdated: '2013-07-30T03:01:45.000Z' });
  });
  it('ageDays', () => {
    expect(ageDays(new Date('2022-03-28T04:06:15Z'), '2022-03-21T04:06:16Z')).toBe(6);
    expect(ageDays(new Date('2022-03-20T00:00:00Z'), '2022-03-21T04:06:16Z')).toBe(0);
    expect(ageDays(new Date(), null)).toBeNull();
  });
});

describe('evaluate', () => {
  const base: AntivirusFacts = { os: 'windows', method: 'defender', active: true, realTime: true, signatureAgeDays: 1, others: [], reason: null };
  it.each([
    [{}, 'pass', 'on'],
    [{ signatureAgeDays: DEFAULTS.maxSignatureAgeDays + 1 }, 'warn', 'stale'],
    [{ realTime: false }, 'fail', 'realtime-off'],
    [{ realTime: null }, 'unknown', 'realtime-unknown'],
    [{ active: false }, 'fail', 'off'],
    [{ active: false, others: ['Norton'] }, 'unknown', 'other'],
    [{ signatureAgeDays: null }, 'unknown', 'age-unknown'],
    [{ method: null, reason: { code: 'failed', tool: 'powershell' } }, 'unknown', 'unknown'],
    [{ os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 30 }, 'pass', 'on.macos'],
    [{ os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 61 }, 'warn', 'stale.macos'],
  ] as [Partial<AntivirusFacts>, string, string][])('%j → %s', (patch, status, id) => {
    const f = evaluateAntivirus({ ...base, ...patch }, DEFAULTS);
    expect(f.status).toBe(status);
    expect(f.summary[0]!.id).toBe(id);
    if (status === 'unknown') expect(f.reason?.code).toBeTruthy();
  });
  it('the age limits are options', () => {
    expect(DEFAULTS).toEqual({ maxSignatureAgeDays: 7, maxXprotectAgeDays: 60 });
    expect(evaluateAntivirus({ ...base, signatureAgeDays: 5 }, { ...DEFAULTS, maxSignatureAgeDays: 3 }).status).toBe('warn');
    expect(evaluateAntivirus({ ...base, os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 100 }, { ...DEFAULTS, maxXprotectAgeDays: 120 }).status).toBe('pass');
  });
  it('the fix fits the OS and its version, with the page it can open', () => {
    expect(evaluateAntivirus({ ...base, realTime: false }, DEFAULTS, { os: 'win32', release: '10.0.22631' })).toMatchObject({ remediation: [{ id: 'fix.windows' }], link: 'windowsdefender://threatsettings' });
    expect(evaluateAntivirus({ ...base, signatureAgeDays: 30 }, DEFAULTS, { os: 'win32', release: '10.0.19045' })).toMatchObject({ remediation: [{ id: 'fix.update' }], link: 'windowsdefender://threat' });
    const stale: AntivirusFacts = { ...base, os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 200 };
    expect(evaluateAntivirus(stale, DEFAULTS, { os: 'darwin', release: '21.6.0' })).toMatchObject({ remediation: [{ id: 'fix.macos.12' }], link: 'x-apple.systempreferences:com.apple.preferences.softwareupdate' });
    expect(evaluateAntivirus(stale, DEFAULTS, { os: 'darwin', release: '24.2.0' })).toMatchObject({ remediation: [{ id: 'fix.macos' }], link: 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension' });
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
    ['win32-antivirus-other-product', 'unknown', { active: false, others: ['Sophos Anti-Virus'] }],
    ['win32-antivirus-no-powershell', 'unknown', { reason: { code: 'failed', tool: 'powershell', detail: 'exit code 1: blocked' } }],
    ['darwin-antivirus-xprotect-fresh', 'pass', { method: 'xprotect', signatureAgeDays: 9 }],
    ['darwin-antivirus-xprotect-old', 'warn', { signatureAgeDays: 200 }],
  ])('%s → %s', async (name, status, facts) => {
    const c = await replayCheck(antivirus, name);
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
    if (status === 'unknown') expect(c.reason?.code).toBeTruthy();
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
