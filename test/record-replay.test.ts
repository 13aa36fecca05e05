import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleSchema } from '../src/probe/bundle.js';
import { LiveProbe } from '../src/probe/live.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { ReportSchema, type Report } from '../src/report/schema.js';
import { runCli } from './helpers/cli.js';

/** What must be equal between a recorded run and its replay: everything but timing and mode. */
function comparable(report: Report) {
  return {
    ...report,
    startedAt: undefined,
    durationMs: undefined,
    mode: undefined,
    checks: report.checks.map((c) => ({ ...c, durationMs: undefined })),
  };
}

describe('record and replay', () => {
  it('a bundle recorded on this machine replays to the same report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-rr-'));
    const bundlePath = join(dir, 'bundle.json');
    const recorded = await runCli(['--json', '--no-questions', '--offline', '--record', bundlePath]);
    const bundle = BundleSchema.parse(JSON.parse(readFileSync(bundlePath, 'utf8')));
    expect(bundle.platform.os).toBe(process.platform);
    expect(bundle.interactions.length).toBeGreaterThan(0);
    const replayed = await runCli(['--json', '--no-questions', '--offline', '--replay', bundlePath]);
    const a = ReportSchema.parse(JSON.parse(recorded.stdout));
    const b = ReportSchema.parse(JSON.parse(replayed.stdout));
    expect(a.mode).toBe('record');
    expect(b.mode).toBe('replay');
    expect(comparable(b)).toEqual(comparable(a));
    expect(replayed.code).toBe(recorded.code);
  });

  it('a replayed bundle keeps its platform, whatever this machine is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-rr-'));
    const path = join(dir, 'b.json');
    const bundle = {
      format: 'homeoffice-check-bundle',
      version: 1,
      recordedAt: '2026-01-02T03:04:05.000Z',
      platform: { os: 'win32', release: '10.0.26100', arch: 'x64' },
      interactions: [],
    };
    (await import('node:fs')).writeFileSync(path, JSON.stringify(bundle));
    const run = await runCli(['--json', '--no-questions', '--offline', '--replay', path]);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.platform).toEqual(bundle.platform);
    // nothing in the bundle: every check says it could not tell or does not apply, never pass
    for (const c of report.checks) expect(['unknown', 'skipped']).toContain(c.status);
  });

  it('the live probe records commands, files, folders, stats and calls with their results', async () => {
    const probe = new LiveProbe({ record: true });
    const echo = await probe.run(process.execPath, ['-e', 'process.stdout.write("hi"); process.exit(3)']);
    expect(echo).toMatchObject({ stdout: 'hi', code: 3 });
    expect((await probe.run('/nonexistent/program', [])).failure).toBe('not-found');
    expect((await probe.run(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { timeoutMs: 200 })).failure).toBe('timeout');
    expect((await probe.run(process.execPath, ['-e', 'process.stdout.write("x".repeat(5000))'], { maxBytes: 1000 })).failure).toBe('too-large');
    // a program waiting for input gets end-of-file, not a hang
    expect((await probe.run('cat', [], { timeoutMs: 5000 })).code).toBe(0);
    expect(await probe.readFile('/nonexistent')).toBeNull();
    expect(await probe.listDir('/nonexistent')).toBeNull();
    await expect(probe.call('thing', [1], async () => ({ a: 1 }))).resolves.toEqual({ a: 1 });
    await expect(probe.call('broken', [], async () => Promise.reject(new Error('nope')))).rejects.toThrow('nope');

    const replay = new ReplayProbe(BundleSchema.parse(JSON.parse(JSON.stringify(probe.bundle('test')))));
    expect(await replay.run(process.execPath, ['-e', 'process.stdout.write("hi"); process.exit(3)'])).toEqual(echo);
    expect(await replay.call('thing', [1], async () => ({ a: 2 }))).toEqual({ a: 1 });
    await expect(replay.call('broken', [], async () => 1)).rejects.toThrow('nope');
    // what was never asked behaves as "not there"
    expect((await replay.run('apt', ['list'])).failure).toBe('not-found');
    expect(await replay.readFile('/etc/passwd')).toBeNull();
    await expect(replay.call('never', [], async () => 1)).rejects.toThrow(/not in the replay bundle/);
    expect(replay.now().toISOString()).toBe(probe.bundle('x').recordedAt);
  });

  it('commands run with a C locale unless asked otherwise, and never through a shell', async () => {
    const probe = new LiveProbe();
    const env = await probe.run(process.execPath, ['-e', 'process.stdout.write(JSON.stringify([process.env.LC_ALL, process.env.LANGUAGE]))']);
    expect(JSON.parse(env.stdout)).toEqual(['C.UTF-8', '']);
    const tricky = 'a;b $(touch /tmp/hoc-should-not-exist) "c"';
    const echo = await probe.run(process.execPath, ['-e', 'process.stdout.write(process.argv[1])', tricky]);
    expect(echo.stdout).toBe(tricky);
  });
});
