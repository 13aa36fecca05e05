/**
 * The fleet summary's device inventory, drill-down, trend, stale devices, organisation and date,
 * against plain statements of each rule; hostile texts (bidi overrides, 10,000-character titles,
 * formulas behind either CSV separator) in every format; and the inputs: NDJSON files, stdin,
 * exports of Elasticsearch and Splunk, --since, special files (a FIFO, a symlink to /dev/zero),
 * one file named twice, and a folder of more files than a spread argument can take.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/schema.js';
import { cleanText, FleetSummarySchema, isoWeek, summarize, weekStart } from '../src/report/summarize.js';
import { renderSummaryHtml } from '../src/report/summary-html.js';
import { csvText, renderDevicesCsv, renderSummaryCsv, renderSummaryTable } from '../src/report/summary-text.js';
import { findReportFiles, summarizeFiles } from '../src/summarize.js';
import { ROOT, runCli } from './helpers/cli.js';
import { makeFleet, onDevice, type Fleet } from './helpers/fleet.js';

let fleet: Fleet;
beforeAll(async () => {
  fleet = await makeFleet();
});

const NOW = new Date('2026-11-30T12:00:00Z');
const byVerdict = (v: Report['score']['verdict']) => fleet.reports.find((r) => r.score.verdict === v)!;
const withOrg = (r: Report, name: string) => ({ ...structuredClone(r), organisation: { name } });

describe('the device inventory', () => {
  it('lists each device once by its latest report, and each report without a host name, with what blocks it', () => {
    const notReady = byVerdict('not-ready');
    const reports = [
      onDevice(byVerdict('ready-with-warnings'), 'LT-1', '2026-11-01T08:00:00Z', 'kari'),
      onDevice(notReady, 'lt-1', '2026-11-20T08:00:00Z', 'ola'),
      onDevice(byVerdict('ready-with-warnings'), 'LT-2', '2026-11-29T08:00:00Z'),
      onDevice(notReady, undefined, '2026-11-10T08:00:00Z'),
    ];
    const s = summarize(reports, 'en', [], { now: NOW });
    expect(s.devices.map((d) => [d.host, d.user, d.lastReport, d.verdict])).toEqual([
      ['lt-1', 'ola', '2026-11-20T08:00:00Z', 'not-ready'],
      ['LT-2', null, '2026-11-29T08:00:00Z', 'ready-with-warnings'],
      [null, null, '2026-11-10T08:00:00Z', 'not-ready'],
    ]);
    const lt1 = s.devices[0]!;
    expect(lt1.os).toBe(notReady.platform.os);
    expect(lt1.score).toBe(notReady.score.value);
    // blockers: exactly the items the report names or marks as blockers
    const blocking = [...notReady.checks, ...notReady.questions].filter((x) => x.blocker || notReady.score.blockers.includes(x.id)).map((x) => x.id);
    expect(lt1.blockers.map((b) => b.id).sort()).toEqual(blocking.sort());
    // shortfalls: fail, warn and unknown results, unanswered questions aside
    const short = [...notReady.checks.map((c) => ({ ...c, answer: 'x' as string | null })), ...notReady.questions]
      .filter((x) => ['fail', 'warn', 'unknown'].includes(x.status) && x.answer !== null)
      .map((x) => `${x.id}:${x.status}`);
    expect(lt1.shortfalls.map((x) => `${x.id}:${x.status}`).sort()).toEqual(short.sort());
    // not seen for more than 14 days: only a device known by host name can be stale
    expect(s.devices.map((d) => [d.daysSinceReport, d.stale])).toEqual([
      [10, false],
      [1, false],
      [20, false],
    ]);
    expect(summarize(reports, 'en', [], { now: NOW, staleDays: 5 }).devices.map((d) => d.stale)).toEqual([true, false, false]);
    expect(summarize(reports, 'en', [], { now: NOW, staleDays: 5 }).deviceCounts).toEqual({ identified: 2, unidentified: 1, stale: 1 });
    expect(s.generatedAt).toBe(NOW.toISOString());
    expect(FleetSummarySchema.parse(s)).toEqual(s);
  });

  it('reads the scope of a version 2 report and the organisation most reports name', () => {
    const v2 = {
      ...onDevice(byVerdict('ready-with-warnings'), 'pc-1', '2026-11-20T08:00:00Z'),
      schemaVersion: 2,
      score: { ...byVerdict('ready-with-warnings').score, scope: 'machine-and-meeting' },
    };
    const reports = [
      withOrg(onDevice(fleet.reports[0]!, 'pc-2', '2026-11-20T08:00:00Z'), 'Eksempel kommune'),
      withOrg(onDevice(fleet.reports[1]!, 'pc-3', '2026-11-20T08:00:00Z'), 'Eksempel kommune'),
      withOrg(v2 as unknown as Report, 'Legekontoret'),
    ];
    const s = summarize(reports as never, 'en', [], { now: NOW });
    expect(s.devices.find((d) => d.host === 'pc-1')!.scope).toBe('machine-and-meeting');
    expect(s.devices.find((d) => d.host === 'pc-2')!.scope).toBe((fleet.reports[0]!.score as { scope?: string }).scope ?? null);
    expect(s.organisation).toBe('Eksempel kommune');
    expect(s.organisations).toEqual([
      { name: 'Eksempel kommune', reports: 2 },
      { name: 'Legekontoret', reports: 1 },
    ]);
    const html = renderSummaryHtml(s);
    expect(html).toContain('<p class="org" id="organisation">Eksempel kommune</p>');
    expect(html).toContain('Summary made 30 November 2026 at 12:00 UTC.');
    expect(renderSummaryTable(s).split('\n')[0]).toBe('Home office checks: fleet summary: Eksempel kommune');
    expect(renderSummaryCsv(s)).toContain('\r\norganisation,,,Eksempel kommune,2,');
  });

  it('each item links to the devices whose latest report falls short on it, and each device back', () => {
    const reports = ['a', 'b', 'c'].map((h, i) => onDevice(fleet.reports[i]!, `pc-${h}`, '2026-11-20T08:00:00Z'));
    const s = summarize(reports, 'en', [], { now: NOW });
    const html = renderSummaryHtml(s);
    for (const item of s.items.filter((i) => i.fail > 0)) {
      const section = html.slice(html.indexOf(`id="item-${item.kind}-${item.id}"`));
      const failing = s.devices.filter((d) => d.shortfalls.some((x) => x.id === item.id && x.status === 'fail'));
      expect(failing.length).toBe(item.fail);
      const dd = section.slice(section.indexOf('<dd>'), section.indexOf('</dd>'));
      for (const d of failing) expect(dd).toContain(`>${d.host}</a>`);
    }
    // every in-page link has its anchor
    const targets = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !targets.has(l))).toEqual([]);
  });
});

describe('the weekly trend', () => {
  it('counts the latest report of each device in each week, and weeks without reports as empty', () => {
    const ready = byVerdict('ready-with-warnings');
    const notReady = byVerdict('not-ready');
    const reports = [
      onDevice(notReady, 'pc-1', '2026-11-02T08:00:00Z'), // Monday of W45
      onDevice(ready, 'PC-1', '2026-11-08T22:00:00Z'), // Sunday of W45: the latest in that week
      onDevice(notReady, 'pc-2', '2026-11-03T08:00:00Z'),
      onDevice(notReady, undefined, '2026-11-04T08:00:00Z'),
      onDevice(ready, 'pc-1', '2026-11-23T08:00:00Z'), // W48; W46 and W47 are empty
    ];
    const s = summarize(reports, 'en', [], { now: NOW });
    expect(s.trend.map((w) => [w.week, w.from, w.reports, w['ready-with-warnings'], w['not-ready']])).toEqual([
      ['2026-W45', '2026-11-02', 3, 1, 2],
      ['2026-W46', '2026-11-09', 0, 0, 0],
      ['2026-W47', '2026-11-16', 0, 0, 0],
      ['2026-W48', '2026-11-23', 1, 1, 0],
    ]);
    // every report, with --all-reports
    expect(summarize(reports, 'en', [], { now: NOW, allReports: true }).trend[0]!.reports).toBe(4);
    // ISO weeks across the turn of the year
    expect(isoWeek(weekStart(Date.parse('2026-12-31T12:00:00Z')))).toBe('2026-W53');
    expect(isoWeek(weekStart(Date.parse('2027-01-03T12:00:00Z')))).toBe('2026-W53');
    expect(isoWeek(weekStart(Date.parse('2027-01-04T00:00:00Z')))).toBe('2027-W01');
    expect(isoWeek(weekStart(Date.parse('2025-12-29T00:00:00Z')))).toBe('2026-W01');
  });

  it('--since leaves older reports out of every figure and says how many', () => {
    const reports = [
      onDevice(byVerdict('not-ready'), 'pc-1', '2026-10-01T08:00:00Z'),
      onDevice(byVerdict('ready-with-warnings'), 'pc-2', '2026-11-20T08:00:00Z'),
    ];
    const s = summarize(reports, 'en', [], { now: NOW, since: '2026-11-01' });
    expect(s.reports).toMatchObject({ valid: 1, counted: 1, beforeSince: 1, since: '2026-11-01T00:00:00.000Z' });
    expect(s.devices.map((d) => d.host)).toEqual(['pc-2']);
    expect(s.verdicts['not-ready']).toBe(0);
  });
});

describe('hostile texts', () => {
  const BIDI = '\u202e\u2066\u200f';
  function hostile(): Report {
    const r = onDevice(byVerdict('not-ready'), `pc-${BIDI}evil\u001b]52;c;ZWNobyBwd25lZA==\u0007`, '2026-11-20T08:00:00Z', `kari${BIDI}`);
    r.checks[0]!.id = 'long-title';
    r.checks[0]!.status = 'fail';
    r.checks[0]!.title = `${'W'.repeat(10_000)}`;
    r.checks[1]!.id = 'formula-title';
    r.checks[1]!.status = 'fail';
    r.checks[1]!.title = 'x;=HYPERLINK("http://example.invalid","klikk"),+SUM(1)\t@A1';
    r.organisation = { name: `Kommune${BIDI}\r\n=cmd` };
    return r;
  }

  it('controls and bidi overrides out, titles at most 200 characters, in the summary itself', () => {
    expect(cleanText(`a${BIDI}b\u0000c\u2028d`)).toBe('a b c d');
    expect([...cleanText('é'.repeat(500))].length).toBe(200);
    const s = summarize([hostile(), ...fleet.reports], 'en', [{ file: `x${BIDI}.json`, reason: 'r' }], { now: NOW });
    const json = JSON.stringify(s);
    // eslint-disable-next-line no-control-regex
    expect(json).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f]|\\u00[01]/);
    expect(s.items.find((i) => i.id === 'long-title')!.title).toHaveLength(200);
    for (const text of [renderSummaryTable(s), renderSummaryHtml(s), renderSummaryCsv(s), renderDevicesCsv(s)]) {
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u001b\u0007]/);
      expect(text).not.toContain('W'.repeat(201));
    }
  });

  it('CSV: a formula is neutralised after either separator, in the , file and the ; file', () => {
    for (const d of [',', ';'] as const) {
      const cell = csvText('x;=HYPERLINK("u"),+SUM(1)\t@A1 -1 a-b', d);
      // split the unquoted content on every separator a spreadsheet might use: no part starts a formula
      const content = cell.replace(/^"|"$/g, '').replace(/""/g, '"');
      for (const part of content.split(/[,;\t]/)) expect(part.trimStart(), part).not.toMatch(/^[=+\-@]/);
      expect(cell.startsWith('"')).toBe(true);
      expect(content).toContain('a-b');
    }
    expect(csvText('-5 dB', ',')).toBe("'-5 dB");
    expect(csvText('plain text', ',')).toBe('plain text');
    const s = summarize([hostile()], 'en', [], { now: NOW });
    for (const [text, d] of [
      [renderSummaryCsv(s, ','), ','],
      [renderSummaryCsv(s, ';'), ';'],
      [renderDevicesCsv(s, ','), ','],
      [renderDevicesCsv(s, ';'), ';'],
    ] as const) {
      for (const line of text.replace(/^\uFEFF/, '').split('\r\n')) {
        // read as a spreadsheet expecting either separator would: quoted or not, no cell begins a formula
        for (const part of line.split(/[,;\t]/)) expect(part.replace(/^"/, '').trimStart(), `${d}: ${line}`).not.toMatch(/^[=+@]|^-[^0-9]/);
      }
    }
  });

  it('the devices CSV has one row per device with the columns it documents', () => {
    const reports = [onDevice(byVerdict('not-ready'), 'pc-1', '2026-11-20T08:00:00Z', 'kari'), onDevice(fleet.reports[0]!, undefined, '2026-11-21T08:00:00Z')];
    const s = summarize(reports, 'nb', [], { now: NOW });
    const lines = renderDevicesCsv(s)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'enhet;bruker;operativsystem;virksomhet;siste_rapport;dager_siden_rapport;ikke_sett;resultat;poeng;omfang;stoppere;feil;advarsel;ukjent',
    );
    expect(
      renderDevicesCsv(summarize(reports, 'en', [], { now: NOW }))
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0],
    ).toBe('host,user,os,organisation,last_report,days_since_report,stale,verdict,score,scope,blockers,fail,warn,unknown');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^pc-1;kari;[^;]+;;2026-11-20T08:00:00Z;10;no;not-ready;/);
    expect(lines[2]).toMatch(/^;;/);
  });
});

/** NDJSON of reports, one a line */
const ndjson = (reports: unknown[]) => `${reports.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('inputs', () => {
  it('NDJSON, Elasticsearch hits and Splunk export lines give the same figures as the files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-ndjson-'));
    const reports = fleet.reports.map((r, i) => onDevice(r, `pc-${i % 5}`, `2026-11-${String(10 + i).padStart(2, '0')}T08:00:00Z`));
    const files = reports.map((r, i) => {
      const f = join(dir, `r${String(i).padStart(2, '0')}.json`);
      writeFileSync(f, JSON.stringify(r, null, 2));
      return f;
    });
    writeFileSync(join(dir, 'all.ndjson'), ndjson(reports));
    // Elasticsearch: hits as a search or a dump gives them
    writeFileSync(join(dir, 'es.jsonl'), ndjson(reports.map((r, i) => ({ _index: 'homeoffice-check', _id: String(i), _source: r }))));
    // Splunk's export with output_mode=json: a line per result, the event in result._raw; lines of messages only
    const splunk = [
      { preview: false, messages: [{ type: 'INFO', text: 'Your timerange was substituted' }] },
      ...reports.map((r, i) => ({ preview: false, offset: i, result: { _raw: JSON.stringify(r), _time: r.startedAt } })),
      { preview: false, offset: reports.length, lastrow: true },
    ];
    writeFileSync(join(dir, 'splunk.json'), ndjson(splunk));
    const figures = (s: Awaited<ReturnType<typeof summarizeFiles>>) => ({ ...s, generatedAt: null, broken: null, reports: { ...s.reports, broken: null } });
    const opts = { now: NOW };
    const fromFiles = await summarizeFiles(files, 'en', opts);
    for (const name of ['all.ndjson', 'es.jsonl', 'splunk.json']) {
      const s = await summarizeFiles([join(dir, name)], 'en', opts);
      expect(s.broken, name).toEqual([]);
      expect(figures(s), name).toEqual(figures(fromFiles));
    }
    // stdin: NDJSON, and one pretty-printed report
    const stdin = await summarizeFiles(['-'], 'en', { ...opts, stdin: Readable.from([Buffer.from(ndjson(reports))]) });
    expect(figures(stdin)).toEqual(figures(fromFiles));
    const one = await summarizeFiles(['-'], 'en', { ...opts, stdin: Readable.from([Buffer.from(JSON.stringify(reports[0], null, 2))]) });
    expect(one.reports.valid).toBe(1);
  });

  it('a bad line is listed as FILE:LINE and the rest is read; a line over the cap is skipped unread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-ndjson-bad-'));
    const file = join(dir, 'mixed.ndjson');
    writeFileSync(
      file,
      `${JSON.stringify(fleet.reports[0])}\n{"schemaVersion":1\n\n${'x'.repeat(5 * 1024 * 1024)}\n${JSON.stringify({ hello: 1 })}\n${JSON.stringify(fleet.reports[1])}\n`,
    );
    const s = await summarizeFiles([file], 'en', { now: NOW });
    expect(s.reports.valid).toBe(2);
    expect(s.broken.map((b) => [b.file.slice(dir.length + 1), b.reason.split(':')[0]])).toEqual([
      ['mixed.ndjson:2', 'not valid JSON'],
      ['mixed.ndjson:4', 'line larger than 4 MiB'],
      ['mixed.ndjson:5', 'not a valid report'],
    ]);
  });

  it('through the CLI: stdin with -, --since, --stale-days, devices-csv; bad values exit 2', async () => {
    const reports = [
      onDevice(byVerdict('not-ready'), 'pc-1', '2026-10-01T08:00:00Z'),
      onDevice(byVerdict('ready-with-warnings'), 'pc-2', '2026-11-20T08:00:00Z'),
    ];
    const run = await runCli(['summarize', '-', '--format', 'json', '--since', '2026-11-01', '--stale-days', '3'], { input: ndjson(reports) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const s = FleetSummarySchema.parse(JSON.parse(run.stdout));
    expect(s.reports).toMatchObject({ valid: 1, beforeSince: 1 });
    expect(s.stale.days).toBe(3);
    const csv = await runCli(['summarize', '-', '--format', 'devices-csv', '--lang', 'en'], { input: ndjson(reports) });
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(3);
    for (const bad of [['--since', 'yesterday'], ['--since', '1'], ['--stale-days=-1'], ['--stale-days', '1.5']]) {
      const r = await runCli(['summarize', '-', ...bad], { input: ndjson(reports) });
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^homeoffice-check: summarize: ${bad[0]!.split('=')[0]} must be`));
    }
    const none = await runCli(['summarize', '-', '--since', '2027-01-01'], { input: ndjson(reports) });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('(2 before --since)');
  });
});

describe('special files and files named twice', () => {
  it('a FIFO and a symlink to /dev/zero in a folder are skipped with a reason, without hanging or growing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-special-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(fleet.reports[0]));
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    execFileSync('mkfifo', [join(dir, 'fifo.ndjson')]);
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    symlinkSync('/dev/zero', join(dir, 'zero.ndjson'));
    symlinkSync(join(dir, 'missing-target'), join(dir, 'dangling.json'));
    // a FIFO named directly, too; the run must end on its own (the helper kills it after 20 s)
    const run = await runCli(['summarize', dir, join(dir, 'fifo.json'), '--format', 'json', '--lang', 'en'], { timeoutMs: 20_000 });
    expect(run.code).toBe(0);
    const s = FleetSummarySchema.parse(JSON.parse(run.stdout));
    expect(s.reports.valid).toBe(1);
    expect(Object.fromEntries(s.broken.map((b) => [b.file.slice(dir.length + 1), b.reason]))).toEqual({
      'dangling.json': 'no such file',
      'fifo.json': 'a FIFO, not a regular file: skipped',
      'fifo.ndjson': 'a FIFO, not a regular file: skipped',
      'zero.json': 'a device, not a regular file: skipped',
      'zero.ndjson': 'a device, not a regular file: skipped',
    });
  });

  it('one file counts once, through a symlink, a relative and an absolute path, or a hard link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-twice-'));
    const file = join(dir, 'a.json');
    writeFileSync(file, JSON.stringify(fleet.reports[0]));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(file, join(dir, 'sub', 'link.json'));
    execFileSync('ln', [file, join(dir, 'sub', 'hard.json')]);
    const run = await runCli(['summarize', dir, file, relative(ROOT, file), join(dir, 'sub', 'link.json'), '--format', 'json']);
    expect(run.code).toBe(0);
    const s = FleetSummarySchema.parse(JSON.parse(run.stdout));
    expect(s.reports.valid).toBe(1);
    expect(s.broken).toEqual([]);
  });

  it('a folder of 130,000 files is listed whole (no spread of a huge array), in name order', async () => {
    // empty files made by one program (fast on tmpfs); what is tested is the walk, which used to throw
    const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    const dir = mkdtempSync(join(base, 'hoc-many-'));
    const COUNT = 130_000;
    execFileSync('sh', ['-c', `seq -f 'r%06.0f.json' 1 ${COUNT} | xargs touch`], { cwd: dir });
    try {
      const found = await findReportFiles([dir]);
      expect(found.problems).toEqual([]);
      expect(found.files).toHaveLength(COUNT);
      expect(found.files[0]).toBe(join(dir, 'r000001.json'));
      expect(found.files[COUNT - 1]).toBe(join(dir, `r${COUNT}.json`));
    } finally {
      execFileSync('rm', ['-rf', dir]);
    }
  });
});
