/**
 * An internal error of the tool, end to end through the built CLI: a fault outside any one check
 * (an exception thrown in a library's callback that nothing catches, a promise rejected where
 * nobody handles it, a throw in the engine after the checks ran) ends the run with exit code 3, one
 * line on stderr and no stack trace, and the report that was asked for (--json, -o) is still
 * written, whole: what was found until then, marked as ended by an internal error, never "ready".
 * A check that crashes is not such an error: it is `unknown` for that check, and the run goes on.
 *
 * The faults come from a preload (test/fixtures/internal-error/preload.mjs, `node --import`) that
 * patches the replay probe, since a bundle holds answers, not crashes. The library crash is
 * node-wifi's own (a network name ending in a backslash, read from a stand-in nmcli).
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BundleSchema } from '../src/probe/bundle.js';
import { ReportSchema, type Report } from '../src/report/schema.js';
import { bundleOf, NODE_WIFI_BACKSLASH_ROW, SYSFS_WLAN0_UP } from './helpers/bundles.js';
import { ROOT, runCli, type CliRun } from './helpers/cli.js';

const PRELOAD = pathToFileURL(join(ROOT, 'test', 'fixtures', 'internal-error', 'preload.mjs')).href;
const NODE_WIFI_ROW = NODE_WIFI_BACKSLASH_ROW;
const sysfsWifi = SYSFS_WLAN0_UP;

let nmcliDir = '';
let bundleFile = '';
beforeAll(() => {
  nmcliDir = mkdtempSync(join(tmpdir(), 'hoc-internal-nmcli-'));
  writeFileSync(join(nmcliDir, 'nmcli'), `#!/bin/sh\nprintf '%s\\n' '${NODE_WIFI_ROW}'\n`);
  chmodSync(join(nmcliDir, 'nmcli'), 0o755);
  bundleFile = join(mkdtempSync(join(tmpdir(), 'hoc-internal-bundle-')), 'bundle.json');
  writeFileSync(bundleFile, JSON.stringify(bundleOf('linux', sysfsWifi)));
});

type Fault = 'contained' | 'uncaught' | 'rejection' | 'engine';

/** A replayed run with the preload's fault; `-o` into a fresh folder. */
async function runWith(fault: Fault, extra: string[] = [], env: NodeJS.ProcessEnv = {}, lang = 'en'): Promise<CliRun & { dir: string; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hoc-internal-out-'));
  const out = join(dir, 'report.json');
  const run = await runCli(['--replay', bundleFile, '--no-questions', '--offline', '--lang', lang, '-o', out, ...extra], {
    env: { NODE_OPTIONS: `--import=${PRELOAD}`, HOC_FAULT: fault, PATH: `${nmcliDir}:${process.env.PATH}`, HOMEOFFICE_CHECK_DEBUG: '', ...env },
    timeoutMs: 30_000,
  });
  return { ...run, dir, out };
}

const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);

describe('a check that crashes is unknown for that check only, never exit 3', () => {
  it('node-wifi throws inside its own callback (a network name ending in a backslash): wifi-security unknown, reason internal; exit 0 or 1', async () => {
    const run = await runWith('contained', ['--json']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(JSON.parse(readFileSync(run.out, 'utf8'))).toEqual(report);
    const wifi = report.checks.find((c) => c.id === 'wifi-security')!;
    expect(wifi.status).toBe('unknown');
    expect(wifi.reason).toMatchObject({ code: 'internal', tool: 'node-wifi', detail: expect.stringMatching(/^node-wifi failed inside: .*replace/) });
    expect(report).not.toHaveProperty('error');
    expect(run.stdout).not.toContain('Kontor');
  });
});

describe('an internal error of the tool: exit 3, one line, and the report of what was found', () => {
  /** the one line on stderr, and no stack trace */
  const oneLine = (run: CliRun, detail: RegExp) => {
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^homeoffice-check: internal error: /);
    expect(run.stderr).toMatch(detail);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  };
  /** the -o file and stdout: the same whole report, valid, marked, never ready; no temporary file left */
  const partialReport = (run: CliRun & { dir: string; out: string }, detail: RegExp): Report => {
    expect(run.stderr).toMatch(/ \(the report holds what was found until then\)\n$/);
    expect(readdirSync(run.dir)).toEqual(['report.json']);
    const text = readFileSync(run.out, 'utf8');
    const report = ReportSchema.parse(JSON.parse(text));
    expect(run.stdout).toBe(text);
    expect(report.error).toMatchObject({ code: 'internal', detail: expect.stringMatching(detail) });
    expect(report.score.verdict).toBe('not-ready');
    // every check the run was to make is there, found or not finished
    expect(report.checks.map((c) => c.id)).toContain('wifi-security');
    expect(report.checks.length).toBeGreaterThan(5);
    expect(text).not.toContain('Kontor');
    return report;
  };

  it('node-wifi crashes in its callback where nothing contains it (uncaughtException)', async () => {
    const run = await runWith('uncaught', ['--json']);
    expect(run.code).toBe(3);
    oneLine(run, /reading 'replace'/);
    const report = partialReport(run, /reading 'replace'/);
    // the check that was waiting for the library never finished: unknown, reason internal
    const wifi = report.checks.find((c) => c.id === 'wifi-security')!;
    expect(wifi).toMatchObject({ status: 'unknown', reason: { code: 'internal' } });
    // the checks that had finished keep what they found
    const done = report.checks.filter((c) => c.id !== 'wifi-security');
    expect(done.every((c) => c.reason?.code !== 'internal')).toBe(true);
  });

  it('a promise rejected where nobody handles it (unhandledRejection); --record still writes what was asked', async () => {
    const record = join(mkdtempSync(join(tmpdir(), 'hoc-internal-record-')), 'bundle.json');
    const run = await runWith('rejection', ['--json', '--record', record]);
    expect(run.code).toBe(3);
    oneLine(run, /a library promise nobody awaited/);
    partialReport(run, /a library promise nobody awaited/);
    const asked = BundleSchema.parse(JSON.parse(readFileSync(record, 'utf8')));
    expect(asked.interactions).toContainEqual(expect.objectContaining({ type: 'listDir', path: '/sys/class/net' }));
  });

  it('the engine throws after every check has run: all of them are in the report', async () => {
    const policy = join(freshDir(), 'policy.json');
    writeFileSync(policy, JSON.stringify({ report: { include: ['hostname'] } }));
    const run = await runWith('engine', ['--json', '--policy', policy]);
    expect(run.code).toBe(3);
    oneLine(run, /the host name could not be read/);
    const report = partialReport(run, /the host name could not be read/);
    expect(report.checks.every((c) => c.reason?.code !== 'internal' || c.reason.tool === 'node-wifi')).toBe(true);
    expect(report).not.toHaveProperty('device');
  });

  it('without --json or -o: the one line only, nothing half-written to stdout', async () => {
    const dir = freshDir();
    const run = await runCli(['--replay', bundleFile, '--no-questions', '--offline', '--lang', 'en', '--plain'], {
      env: { NODE_OPTIONS: `--import=${PRELOAD}`, HOC_FAULT: 'uncaught', PATH: `${nmcliDir}:${process.env.PATH}`, HOMEOFFICE_CHECK_DEBUG: '' },
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect(run.code).toBe(3);
    oneLine(run, /reading 'replace'\)\n$/);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('HOMEOFFICE_CHECK_DEBUG adds the stack trace after the line', async () => {
    const run = await runWith('uncaught', [], { HOMEOFFICE_CHECK_DEBUG: '1' });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^homeoffice-check: internal error: .*\n/);
    expect(run.stderr).toMatch(/^\s+at /m);
    expect(ReportSchema.parse(JSON.parse(readFileSync(run.out, 'utf8'))).error?.code).toBe('internal');
  });

  it('in Bokmål and Nynorsk the line is in that language', async () => {
    for (const [lang, words] of [
      ['nb', /^homeoffice-check: intern feil: .* \(rapporten viser det som ble funnet fram til da\)\n$/],
      ['nn', /^homeoffice-check: intern feil: .* \(rapporten viser det som vart funne fram til då\)\n$/],
    ] as const) {
      const run = await runWith('uncaught', [], {}, lang);
      expect(run.code).toBe(3);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(words);
    }
  });
});

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'hoc-internal-'));
}
