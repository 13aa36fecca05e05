import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskyApps } from '../checks/risky-apps/apps.js';
import { evaluateRiskyApps, type RiskyAppsFacts } from '../checks/risky-apps/index.js';
import { matchRunning, parsePsComm, parseTasklistCsv } from '../checks/risky-apps/parse.js';
import { sources } from '../src/sources.js';
import { replay } from './helpers/bundles.js';
import { ROOT, runCli } from './helpers/cli.js';

const BUNDLES = join(ROOT, 'test', 'fixtures', 'bundles');

describe('the apps table', () => {
  it('every entry has a unique id, a kind, at least one process name, and a source', () => {
    const ids = riskyApps.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of riskyApps) {
      expect(Object.values(a.processes).flat().length, a.id).toBeGreaterThan(0);
      expect(a.source.length, a.id).toBeGreaterThan(5);
      if (a.kind === 'cloud-sync') expect(a.installed, a.id).toBeUndefined();
    }
  });
  it('holds the tools of phone fraud named in the guidance', () => {
    for (const id of ['teamviewer', 'anydesk', 'rustdesk', 'supremo', 'ultraviewer', 'screenconnect', 'logmein', 'splashtop', 'anyviewer', 'quick-assist']) {
      expect(riskyApps.find((a) => a.id === id)?.kind, id).toBe('remote-access');
    }
    expect(riskyApps.filter((a) => a.kind === 'cloud-sync').map((a) => a.id)).toEqual(expect.arrayContaining(['dropbox', 'google-drive', 'mega']));
  });
  it('the check cites sources that exist', async () => {
    const check = (await import('../checks/risky-apps/index.js')).default;
    for (const s of check.sources) expect(sources).toHaveProperty(s);
  });
});

describe('process lists', () => {
  it('tasklist CSV: the first field only, locale-formatted numbers ignored', () => {
    const text = '"System Idle Process","0","Services","0","8 K"\r\n"AnyDesk.exe","6120","Console","1","31 004 K"\r\n"Dropbox.exe","7344","Konsole","1","150.220 K"\r\n';
    expect(parseTasklistCsv(text)).toEqual(['System Idle Process', 'AnyDesk.exe', 'Dropbox.exe']);
    expect(matchRunning(parseTasklistCsv(text), riskyApps, 'windows')).toEqual(['anydesk', 'dropbox']);
  });
  it('ps comm: macOS paths with spaces, Linux names cut at 15 characters', () => {
    expect(parsePsComm('/Applications/TeamViewer.app/Contents/MacOS/TeamViewer\n/Applications/Google Drive.app/Contents/MacOS/Google Drive\n')).toEqual(['TeamViewer', 'Google Drive']);
    expect(matchRunning(['TeamViewer', 'Google Drive'], riskyApps, 'macos')).toEqual(['teamviewer', 'google-drive']);
    expect(matchRunning(['ScreenConnect.C'], riskyApps, 'linux')).toEqual([]);
    expect(matchRunning(['teamviewerd', 'rustdesk'], riskyApps, 'linux')).toEqual(['teamviewer', 'rustdesk']);
  });
  it('names that merely contain a tool name are not the tool', () => {
    expect(matchRunning(['AnyDeskHelperUninstaller.exe', 'mydropbox.exe', 'TeamViewerFan.exe'], riskyApps, 'windows')).toEqual([]);
  });
  it('OneDrive alone is not flagged (work and private accounts look alike)', () => {
    expect(matchRunning(['OneDrive.exe'], riskyApps, 'windows')).toEqual([]);
  });
  it('never throws; every match is an id of the table', () => {
    const ids = new Set(riskyApps.map((a) => a.id));
    fc.assert(fc.property(fc.string(), fc.constantFrom('windows', 'macos', 'linux') as fc.Arbitrary<'windows' | 'macos' | 'linux'>, (s, os) => {
      const names = os === 'windows' ? parseTasklistCsv(s) : parsePsComm(s);
      for (const id of matchRunning(names, riskyApps, os)) expect(ids.has(id)).toBe(true);
    }));
  });
});

describe('evaluate', () => {
  const base: RiskyAppsFacts = { os: 'windows', method: 'tasklist', remoteRunning: [], remoteInstalled: [], cloudRunning: [], tableDate: '2026-11-23', reason: null };
  it.each([
    [{}, 'pass', ['apps.none'], []],
    [{ remoteRunning: ['anydesk'] }, 'warn', ['apps.remote-running'], ['apps.fix.remote']],
    [{ remoteInstalled: ['teamviewer'] }, 'warn', ['apps.remote-installed'], ['apps.fix.remote']],
    [{ cloudRunning: ['dropbox'] }, 'warn', ['apps.cloud-running'], ['apps.fix.cloud']],
    [{ remoteRunning: ['anydesk'], cloudRunning: ['mega'] }, 'warn', ['apps.remote-running', 'apps.cloud-running'], ['apps.fix.remote', 'apps.fix.cloud']],
    [{ method: null, reason: 'ps denied' }, 'unknown', ['apps.unknown'], []],
  ] as [Partial<RiskyAppsFacts>, string, string[], string[]][])('%j', (patch, status, ids, fixes) => {
    const f = evaluateRiskyApps({ ...base, ...patch });
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
    expect((f.remediation ?? []).map((m) => m.id)).toEqual(fixes);
  });
  it('never fails: at most a question to the user', () => {
    const all = riskyApps.map((a) => a.id);
    expect(evaluateRiskyApps({ ...base, remoteRunning: all, cloudRunning: all }).status).toBe('warn');
  });
  it('names the products, not ids', () => {
    expect(evaluateRiskyApps({ ...base, remoteRunning: ['screenconnect'] }).summary[0]!.params).toEqual({ apps: 'ScreenConnect (ConnectWise Control)' });
  });
});

describe('risky-apps replayed through the built CLI', () => {
  it.each([
    ['win32-risky-apps-anydesk-dropbox', 'warn', { remoteRunning: ['anydesk'], remoteInstalled: ['teamviewer'], cloudRunning: ['dropbox'] }],
    ['darwin-risky-apps-none', 'pass', { method: 'ps', remoteRunning: [], cloudRunning: [] }],
    ['linux-risky-apps-teamviewer-dropbox', 'warn', { remoteRunning: ['teamviewer'], cloudRunning: ['dropbox'] }],
    ['linux-risky-apps-no-ps', 'unknown', { reason: 'ps not-found' }],
  ])('%s → %s', async (name, status, facts) => {
    const { report } = await replay(join(BUNDLES, `${name}.json`), ['--only', 'risky-apps']);
    const c = report.checks.find((x) => x.id === 'risky-apps')!;
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
  });
  it('the question in Bokmål', async () => {
    const { report } = await replay(join(BUNDLES, 'win32-risky-apps-anydesk-dropbox.json'), ['--only', 'risky-apps', '--lang', 'nb']);
    const c = report.checks.find((x) => x.id === 'risky-apps')!;
    expect(c.summary).toMatch(/AnyDesk\. Er dette avtalt med arbeidsgiveren din\?/);
    expect(c.remediation).toMatch(/La aldri noen som ringer/);
  });
  it('on this machine: a finding, never a crash', async () => {
    const r = await runCli(['--json', '--only', 'risky-apps', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'risky-apps');
    expect(['pass', 'warn', 'unknown']).toContain(c.status);
  });
});
