/**
 * What a run starts, per OS: a whole machine replayed through the paths a live run takes (a
 * rehearsal: src/probe/rehearsal.ts), counting every program start. A Windows run starts
 * PowerShell once. No synchronous child process blocks the event loop: no library that starts
 * programs with execSync is called (systeminformation's networkInterfaces did, on Windows and
 * macOS), and child_process's synchronous functions are never called during a run, neither in a
 * rehearsal nor in a live run on stand-in programs.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { checks } from '../checks/index.js';
import { LiveProbe } from '../src/probe/live.js';
import { programName, RehearsalProbe, sectionsOf } from '../src/probe/rehearsal.js';
import { resolveSystemCommand } from '../src/probe/system-paths.js';
import { combinedScript } from '../src/probe/powershell.js';
import type { Probe } from '../src/probe/types.js';
import { assessWith, machineOf } from './helpers/check-tester.js';
import { ROOT } from './helpers/cli.js';

const MACHINES = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'machines.json'), 'utf8')) as Record<'win32' | 'darwin' | 'linux', string[]>;

const run = (probe: Probe) => assessWith(probe, checks);

// The CommonJS child_process, as the libraries require it: spied before any of them is loaded, so
// that a library holding `require('child_process').execSync` holds the spy.
const cp = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
const spies: MockInstance[] = [];
beforeAll(() => {
  spies.push(vi.spyOn(cp, 'execSync'), vi.spyOn(cp, 'execFileSync'), vi.spyOn(cp, 'spawnSync'));
});
afterAll(() => {
  for (const s of spies) s.mockRestore();
});
const syncCalls = () => spies.flatMap((s) => s.mock.calls.map((c) => String(c[0])));

describe('the combined PowerShell script, read back into its sections', () => {
  it('gives the sections in order, braces and quotes inside them kept', () => {
    const scripts = ['@{a=1}|ConvertTo-Json -Compress', "if($true){'x'}else{'}'}", 'Get-Date'];
    expect(sectionsOf(combinedScript(scripts))).toEqual(scripts);
    expect(sectionsOf('Get-Date')).toBe(null);
    expect(programName('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe')).toBe('powershell');
  });
});

describe('process starts of a rehearsed run, per OS', () => {
  it('Windows: PowerShell started once (with every check that asks it), no command twice; no library call but the PowerShell sections', async () => {
    const before = syncCalls().length;
    const probe = new RehearsalProbe(machineOf(MACHINES.win32));
    const report = await run(probe);
    expect(probe.starts.get('powershell')).toBe(1);
    const argvs = probe.runs.map((r) => JSON.stringify(r));
    expect(new Set(argvs).size).toBe(argvs.length);
    expect(probe.calls.filter((n) => n !== 'powershell')).toEqual([]);
    expect(syncCalls().slice(before)).toEqual([]);
    // every program is started from System32 by its absolute path, never looked up in the current folder
    for (const cmd of probe.commands)
      expect(resolveSystemCommand(cmd, 'win32', { SystemRoot: 'D:\\WINDOWS' }), cmd).toMatch(/^D:\\WINDOWS\\System32\\\S+\.exe$/);
    // the one start answered the checks that ask PowerShell: they are judged, not "not found"
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(byId['vpn']!.status).toBe('pass');
    expect(byId['vpn']!.facts).toMatchObject({ tunnels: { kinds: ['windows-vpn'] } });
    expect(byId['antivirus']!.status).not.toBe('unknown');
  });

  it('macOS: one ifconfig for wifi-security and vpn, no library call at all', async () => {
    const before = syncCalls().length;
    const probe = new RehearsalProbe(machineOf(MACHINES.darwin));
    await run(probe);
    expect(probe.starts.get('ifconfig')).toBe(1);
    const argvs = probe.runs.map((r) => JSON.stringify(r));
    expect(new Set(argvs).size).toBe(argvs.length);
    expect(probe.starts.has('powershell')).toBe(false);
    expect(probe.calls).toEqual([]);
    expect(syncCalls().slice(before)).toEqual([]);
  });

  it('Linux: one ps, no command twice; the one library called is node-wifi (execFile, asynchronous)', async () => {
    const before = syncCalls().length;
    const probe = new RehearsalProbe(machineOf(MACHINES.linux));
    await run(probe);
    expect(new Set(probe.calls)).toEqual(new Set(['node-wifi.getCurrentConnections']));
    // one process list for risky-apps, vpn and screen-lock
    expect(probe.starts.get('ps')).toBe(1);
    const argvs = probe.runs.map((r) => JSON.stringify(r));
    expect(new Set(argvs).size).toBe(argvs.length);
    expect(syncCalls().slice(before)).toEqual([]);
  });
});

describe('a live run on stand-in programs', () => {
  it('Windows and macOS: no synchronous child process (the libraries would start theirs live), PowerShell once', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'hoc-starts-'));
    const log = join(bin, 'starts.log');
    // powershell.exe answers every section with an error (as a locked-down machine does); the other
    // programs are not there (not found)
    writeFileSync(join(bin, 'powershell.exe'), `#!/bin/sh\necho powershell >> ${log}\nprintf '{"mode":"FullLanguage"}\\n'\n`);
    chmodSync(join(bin, 'powershell.exe'), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${process.env.PATH}`;
    try {
      const before = syncCalls().length;
      await run(new LiveProbe({ platform: { os: 'win32', release: '10.0.22631', arch: 'x64' } }));
      await run(new LiveProbe({ platform: { os: 'darwin', release: '24.1.0', arch: 'arm64' } }));
      expect(syncCalls().slice(before)).toEqual([]);
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['powershell']);
    } finally {
      process.env.PATH = saved;
    }
  });
});
