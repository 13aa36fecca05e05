import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAntivirus, MAX_SIGNATURE_AGE_DAYS, type AntivirusFacts } from '../checks/antivirus/index.js';
import { ageDays, parseDefenderJson } from '../checks/antivirus/parse.js';
import { replay } from './helpers/bundles.js';
import { ROOT, runCli } from './helpers/cli.js';
import { sampleText } from './helpers/samples.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');

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
    [{}, 'pass', 'av.on'],
    [{ signatureAgeDays: MAX_SIGNATURE_AGE_DAYS.windows + 1 }, 'warn', 'av.stale'],
    [{ realTime: false }, 'fail', 'av.realtime-off'],
    [{ realTime: null }, 'unknown', 'av.realtime-unknown'],
    [{ active: false }, 'fail', 'av.off'],
    [{ active: false, others: ['Norton'] }, 'unknown', 'av.other'],
    [{ signatureAgeDays: null }, 'unknown', 'av.age-unknown'],
    [{ method: null, reason: 'x' }, 'unknown', 'av.unknown'],
    [{ os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 30 }, 'pass', 'av.on.macos'],
    [{ os: 'macos', method: 'xprotect', realTime: null, signatureAgeDays: 61 }, 'warn', 'av.stale'],
  ] as [Partial<AntivirusFacts>, string, string][])('%j → %s', (patch, status, id) => {
    const f = evaluateAntivirus({ ...base, ...patch });
    expect(f.status).toBe(status);
    expect(f.summary[0]!.id).toBe(id);
  });
});

describe('antivirus replayed through the built CLI', () => {
  it.each([
    ['win32-antivirus-defender-htb', 'unknown', { active: true, realTime: null, signatureAgeDays: 0 }],
    ['win32-antivirus-defender-2013-current', 'pass', { active: true, realTime: true, signatureAgeDays: 0 }],
    ['win32-antivirus-defender-2013-stale', 'warn', { signatureAgeDays: 20 }],
    ['win32-antivirus-other-product', 'unknown', { active: false, others: ['Sophos Anti-Virus'] }],
    ['win32-antivirus-no-powershell', 'unknown', { reason: 'powershell exit code 1' }],
    ['darwin-antivirus-xprotect-fresh', 'pass', { method: 'xprotect', signatureAgeDays: 9 }],
    ['darwin-antivirus-xprotect-old', 'warn', { signatureAgeDays: 200 }],
  ])('%s → %s', async (name, status, facts) => {
    const { report } = await replay(join(BUNDLES, `${name}.json`), ['--only', 'antivirus']);
    const c = report.checks.find((x) => x.id === 'antivirus')!;
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
  });
  it('Linux: skipped, on a replay and on this machine', async () => {
    const { report } = await replay(join(BUNDLES, 'linux-antivirus.json'), ['--only', 'antivirus']);
    expect(report.checks.find((x) => x.id === 'antivirus')!.status).toBe('skipped');
    const r = await runCli(['--json', '--only', 'antivirus', '--no-questions', '--offline']);
    expect(JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'antivirus').status).toBe('skipped');
  });
});
