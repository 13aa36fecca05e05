import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRunning, parsePsComm, parseTasklistCsv, PS_ARGS, TASKLIST_ARGS } from '../checks/lib/processes.js';
import { riskyApps } from '../checks/risky-apps/apps.js';
import riskyAppsCheck, { evaluateRiskyApps, type RiskyAppsFacts } from '../checks/risky-apps/index.js';
import { messages } from '../checks/risky-apps/messages.js';
import type { Interaction } from '../src/probe/bundle.js';
import { sources } from '../src/sources.js';
import { bundleOf } from './helpers/bundles.js';
import { replayCheck } from './helpers/check-tester.js';
import { runCli } from './helpers/cli.js';

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
  it('the check cites sources that exist', () => {
    for (const s of riskyAppsCheck.sources) expect(sources).toHaveProperty(s);
  });
});

describe('process lists (checks/lib/processes)', () => {
  const TASKLIST =
    '"System Idle Process","0","Services","0","8 K"\r\n"AnyDesk.exe","6120","Console","1","31 004 K"\r\n"Dropbox.exe","7344","Konsole","1","150.220 K"\r\n';
  it('tasklist CSV: the first field only, locale-formatted numbers ignored', () => {
    expect(parseTasklistCsv(TASKLIST)).toEqual(['System Idle Process', 'AnyDesk.exe', 'Dropbox.exe']);
    expect(matchRunning(parseTasklistCsv(TASKLIST)!, riskyApps, 'windows')).toEqual(['anydesk', 'dropbox']);
  });
  it('tasklist: a listing needs the idle process (PID 0), System (PID 4) or tasklist.exe itself, and rows throughout', () => {
    // the row of tasklist.exe listing itself, as printed by a real machine (metasploit-payloads, php meterpreter comment)
    expect(
      parseTasklistCsv('"tasklist.exe","2264","Console","0","4,556 K","Running","EGYPT-B3E55BF3C\\Administrator","0:00:00","OleMainThreadWndName"\r\n'),
    ).toEqual(['tasklist.exe']);
    expect(parseTasklistCsv('"Leerlaufprozess","0","Services","0","8 K"\r\n')).toEqual(['Leerlaufprozess']);
    expect(parseTasklistCsv('"explorer.exe","5012","Console","1","120,448 K"\r\n')).toBeNull();
    expect(parseTasklistCsv(`${TASKLIST}INFO: No tasks are running which match the specified criteria.\r\n`)).toBeNull();
    expect(parseTasklistCsv('ERROR: Access denied\r\n')).toBeNull();
    expect(parseTasklistCsv('')).toBeNull();
  });
  it('ps comm: macOS paths with spaces, Linux names as printed (15 characters)', () => {
    expect(
      parsePsComm(
        '/sbin/launchd\n/Applications/TeamViewer.app/Contents/MacOS/TeamViewer\n/Applications/Google Drive.app/Contents/MacOS/Google Drive\nps\n',
        'macos',
      ),
    ).toEqual(['launchd', 'TeamViewer', 'Google Drive', 'ps']);
    expect(matchRunning(['TeamViewer', 'Google Drive'], riskyApps, 'macos')).toEqual(['teamviewer', 'google-drive']);
    expect(parsePsComm('systemd\nkworker/0:1-events\nteamviewerd\nps\n', 'linux')).toEqual(['systemd', 'kworker/0:1-events', 'teamviewerd', 'ps']);
    expect(matchRunning(['ScreenConnect.C'], riskyApps, 'linux')).toEqual([]);
    expect(matchRunning(['teamviewerd', 'rustdesk'], riskyApps, 'linux')).toEqual(['teamviewer', 'rustdesk']);
  });
  it('ps: a listing needs ps itself, or many lines with PID 1\u2019s program; anything else is not a listing', () => {
    const many = (first: string) => [first, ...Array.from({ length: 25 }, (_, i) => `daemon${i}`)].join('\n');
    expect(parsePsComm(many('systemd'), 'linux')).toHaveLength(26);
    expect(parsePsComm(many('/sbin/launchd'), 'macos')).toHaveLength(26);
    expect(parsePsComm(many('bash'), 'linux')).toBeNull();
    expect(parsePsComm('systemd\ngnome-shell\n', 'linux')).toBeNull();
    expect(parsePsComm('Segmentation fault\n', 'linux')).toBeNull();
    expect(parsePsComm('ps: illegal option -- A\nusage: ps [-AaCcEefhjlMmrSTvwXx]\n', 'macos')).toBeNull();
    expect(parsePsComm('ps\n\u001b]52;c;ZWNobyBoaQ==\u0007\n', 'linux')).toBeNull();
  });
  it('names that merely contain a tool name are not the tool', () => {
    expect(matchRunning(['AnyDeskHelperUninstaller.exe', 'mydropbox.exe', 'TeamViewerFan.exe'], riskyApps, 'windows')).toEqual([]);
  });
  it('OneDrive alone is not flagged (work and private accounts look alike)', () => {
    expect(matchRunning(['OneDrive.exe'], riskyApps, 'windows')).toEqual([]);
  });
  it('never throws; every match is an id of the table', () => {
    const ids = new Set(riskyApps.map((a) => a.id));
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('windows', 'macos', 'linux') as fc.Arbitrary<'windows' | 'macos' | 'linux'>, (s, os) => {
        const names = os === 'windows' ? parseTasklistCsv(s) : parsePsComm(s, os);
        for (const id of matchRunning(names ?? [], riskyApps, os)) expect(ids.has(id)).toBe(true);
      }),
    );
  });
});

describe('evaluate', () => {
  const base: RiskyAppsFacts = {
    os: 'windows',
    method: 'tasklist',
    remoteRunning: [],
    remoteInstalled: [],
    cloudRunning: [],
    tableDate: '2026-11-23',
    reason: null,
  };
  it.each([
    [{}, 'pass', ['none'], []],
    [{ remoteRunning: ['anydesk'] }, 'warn', ['remote-running'], ['fix.remote', 'fix.remote.windows']],
    [{ remoteInstalled: ['teamviewer'] }, 'warn', ['remote-installed'], ['fix.remote', 'fix.remote.windows']],
    [{ cloudRunning: ['dropbox'] }, 'warn', ['cloud-running'], ['fix.cloud']],
    [{ remoteRunning: ['anydesk'], cloudRunning: ['mega'] }, 'warn', ['remote-running', 'cloud-running'], ['fix.remote', 'fix.remote.windows', 'fix.cloud']],
    [{ method: null, reason: { code: 'denied', tool: 'ps' } }, 'unknown', ['unknown'], []],
  ] as [Partial<RiskyAppsFacts>, string, string[], string[]][])('%j', (patch, status, ids, fixes) => {
    const f = evaluateRiskyApps({ ...base, ...patch });
    expect(f.status).toBe(status);
    expect(f.summary.map((m) => m.id)).toEqual(ids);
    expect((f.remediation ?? []).map((m) => m.id)).toEqual(fixes);
    if (status === 'unknown') expect(f.reason).toEqual({ code: 'denied', tool: 'ps' });
  });
  it('how to remove a tool fits the OS and its version, with the settings page Windows can open', () => {
    const remote = { ...base, remoteRunning: ['anydesk'] };
    expect(evaluateRiskyApps(remote, { os: 'win32', release: '10.0.19045' })).toMatchObject({
      remediation: [{ id: 'fix.remote' }, { id: 'fix.remote.windows.10' }],
      link: 'ms-settings:appsfeatures',
    });
    expect(evaluateRiskyApps(remote, { os: 'win32', release: '10.0.26100' })).toMatchObject({
      remediation: [{ id: 'fix.remote' }, { id: 'fix.remote.windows' }],
      link: 'ms-settings:appsfeatures',
    });
    const mac = evaluateRiskyApps({ ...remote, os: 'macos' }, { os: 'darwin', release: '24.1.0' });
    expect(mac.remediation).toEqual([{ id: 'fix.remote' }, { id: 'fix.remote.macos' }]);
    expect(mac.link).toBeUndefined();
    expect(evaluateRiskyApps({ ...remote, os: 'linux' }, { os: 'linux', release: '6.8.0' }).remediation).toEqual([
      { id: 'fix.remote' },
      { id: 'fix.remote.linux' },
    ]);
    expect(evaluateRiskyApps({ ...base, cloudRunning: ['dropbox'] }).link).toBeUndefined();
  });
  it('never fails: at most a question to the user', () => {
    const all = riskyApps.map((a) => a.id);
    expect(evaluateRiskyApps({ ...base, remoteRunning: all, cloudRunning: all }).status).toBe('warn');
  });
  it('names the products, not ids', () => {
    expect(evaluateRiskyApps({ ...base, remoteRunning: ['screenconnect'] }).summary[0]!.params).toEqual({ apps: ['ScreenConnect (ConnectWise Control)'] });
  });
  it('the Bokmål words hold no English and no count written as (s)/(er)', () => {
    for (const [key, text] of Object.entries(messages.nb)) {
      expect(text, key).not.toMatch(/\b(the|and|is|running|installed|software|tool)\b|\(s\)|\(er\)/i);
    }
  });
});

const ps = (stdout: string, code = 0): Interaction => ({
  type: 'run',
  cmd: 'ps',
  args: PS_ARGS,
  locale: 'c',
  result: { stdout, stderr: '', code },
  source: 'test',
});

describe('risky-apps replayed', () => {
  it.each([
    [
      'win32-risky-apps-anydesk-dropbox',
      'warn',
      { method: 'tasklist', remoteRunning: ['anydesk'], remoteInstalled: ['teamviewer'], cloudRunning: ['dropbox'] },
    ],
    ['darwin-risky-apps-none', 'pass', { method: 'ps', remoteRunning: [], cloudRunning: [] }],
    ['linux-risky-apps-teamviewer-dropbox', 'warn', { remoteRunning: ['teamviewer'], cloudRunning: ['dropbox'] }],
    ['linux-risky-apps-no-ps', 'unknown', { method: null, reason: { code: 'not-found', tool: 'ps' } }],
  ])('%s → %s', async (name, status, facts) => {
    const c = await replayCheck(riskyAppsCheck, name);
    expect(c.status).toBe(status);
    expect(c.facts).toMatchObject(facts);
    if (status === 'unknown') expect(c.reason).toEqual(c.facts.reason);
  });
  it('ps printing something that is not a process list, exit 0: unknown (unreadable), never "none found"', async () => {
    for (const stdout of ['Segmentation fault\n', 'hello\nworld\n', '', "Usage: ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n"]) {
      const c = await replayCheck(riskyAppsCheck, bundleOf('linux', [ps(stdout)]));
      expect(c.status, JSON.stringify(stdout)).toBe('unknown');
      expect(c.reason, JSON.stringify(stdout)).toMatchObject({ code: 'unreadable', tool: 'ps' });
    }
    const windows = bundleOf('win32', [
      { type: 'run', cmd: 'tasklist', args: TASKLIST_ARGS, locale: 'c', result: { stdout: 'garbage\r\n', stderr: '', code: 0 }, source: 'test' },
    ]);
    expect((await replayCheck(riskyAppsCheck, windows)).reason).toMatchObject({ code: 'unreadable', tool: 'tasklist' });
  });
  it('ps ending with an error: unknown (failed), the exit code kept for IT', async () => {
    const c = await replayCheck(riskyAppsCheck, bundleOf('linux', [ps('', 1)]));
    expect(c.status).toBe('unknown');
    expect(c.reason).toMatchObject({ code: 'failed', tool: 'ps', detail: 'exit code 1' });
  });
  it('the question in Bokmål, the fix for Windows, and an unknown in Bokmål', async () => {
    const c = await replayCheck(riskyAppsCheck, 'win32-risky-apps-anydesk-dropbox', { lang: 'nb' });
    expect(c.summary).toMatch(/Fjernstyringsverktøy kjører: AnyDesk\. Er dette avtalt med arbeidsgiveren din\?/);
    expect(c.remediation).toMatch(/^La aldri noen som ringer/);
    expect(c.link).toBe('ms-settings:appsfeatures');
    const unknown = await replayCheck(riskyAppsCheck, 'linux-risky-apps-no-ps', { lang: 'nb' });
    expect(unknown.summary).toBe('Klarte ikke å lese listen over programmer som kjører. Årsak: det sjekken leser, finnes ikke på denne maskinen (ps).');
  });
  it('on this machine: a finding, never a crash', async () => {
    const r = await runCli(['--json', '--only', 'risky-apps', '--no-questions', '--offline']);
    expect([0, 1]).toContain(r.code);
    const c = JSON.parse(r.stdout).checks.find((x: { id: string }) => x.id === 'risky-apps');
    // ps lists itself here, so the list is believed
    expect(['pass', 'warn']).toContain(c.status);
    expect(c.facts.method).toBe('ps');
  });
});
