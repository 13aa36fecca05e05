// The fleet summary on 10,000 reports: real reports made by the built CLI (live and replayed from
// the Windows, macOS and Linux bundles), varied with a seeded generator (verdicts, statuses,
// network figures, dates), written to a temp folder; then `summarize` is timed in each format.
// As when IT collects daily runs under a policy that includes the host name, 9,000 of the reports
// come from 1,000 devices (9 each) and 1,000 carry no host name; `--all-reports` is timed too.
// Then the memory the accumulator keeps: 10,000 reports of 10,000 distinct devices against 10,000
// reports without a host name (each is a device entry of its own, so both keep one entry a report).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { seededRandom as random } from '../dist/src/probe/net/testserver.js';
import { createSummary } from '../dist/src/report/summarize.js';
import { BIN, median, ms, scatterReport } from './lib.mjs';

const COUNT = 10_000;
const DEVICES = 1_000;
const IDENTIFIED = 9_000;
const BUNDLES = [
  'win32-firewall-all-off',
  'win32-antivirus-defender-2013-current',
  'darwin-disk-encryption-filevault-off',
  'linux-os-updates-ubuntu24-pending',
];

function cli(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LANG: 'C.UTF-8' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

export default async function bench() {
  const seeds = [
    cli(['--json', '--no-questions', '--offline']),
    ...BUNDLES.map((b) => cli(['--json', '--no-questions', '--offline', '--replay', `test/fixtures/bundles/${b}.json`, '--lang', 'nb'])),
  ].map((s) => JSON.parse(s));
  const dir = mkdtempSync(join(tmpdir(), 'hoc-bench-fleet-'));
  const rnd = random(42);
  const genStart = performance.now();
  let bytes = 0;
  for (let i = 0; i < COUNT; i += 1) {
    const r = structuredClone(seeds[i % seeds.length]);
    scatterReport(r, rnd, Date.UTC(2026, 10, 1), 22);
    if (i < IDENTIFIED) r.device = { hostname: `LAPTOP-${String(i % DEVICES).padStart(4, '0')}` };
    const sub = join(dir, `d${i % 100}`);
    if (i < 100) mkdirSync(sub);
    const text = JSON.stringify(r, null, 2);
    bytes += text.length;
    writeFileSync(join(sub, `report-${i}.json`), text);
  }
  const genMs = performance.now() - genStart;

  const lines = [`${COUNT} reports in 100 folders, ${(bytes / 1e6).toFixed(1)} MB (written in ${ms(genMs)})`];
  const out = mkdtempSync(join(tmpdir(), 'hoc-bench-summary-'));
  for (const [format, ...flags] of [['json'], ['table'], ['csv'], ['html'], ['json', '--all-reports']]) {
    const name = `summary${flags.join('')}.${format}`;
    const times = [];
    for (let k = 0; k < 3; k += 1) {
      const start = performance.now();
      cli(['summarize', dir, '--format', format, ...flags, '--lang', 'nb', '-o', join(out, name)]);
      times.push(performance.now() - start);
    }
    const size = statSync(join(out, name)).size;
    lines.push(
      `summarize --format ${format.padEnd(5)}${flags.map((f) => ` ${f}`).join('')}: median ${ms(median(times))} of 3 runs (min ${ms(Math.min(...times))}), output ${(size / 1024).toFixed(1)} KiB, target < 5000 ms`,
    );
  }
  for (const name of ['summary.json', 'summary--all-reports.json']) {
    const summary = JSON.parse(readFileSync(join(out, name), 'utf8'));
    const { reports, deviceCounts: devices } = summary;
    lines.push(
      `${reports.counting}: valid ${reports.valid}, broken ${reports.broken}, counted ${reports.counted}, superseded ${reports.superseded}; devices ${devices.identified} + ${devices.unidentified} without host name; with network figures ${summary.network.measured}; median download ${summary.network.figures.downloadMbps.median} Mbit/s`,
    );
    if (reports.valid !== COUNT) lines.push(`WARNING: expected ${COUNT} valid reports`);
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  lines.push(...memory(seeds));
  return lines;
}

/** Heap the accumulator holds after 10,000 reports (all of distinct devices, or none with a host name). */
function memory(seeds) {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const lines = [];
  for (const [label, hostname] of [
    ['10,000 distinct devices', (i) => `host-${i}`],
    ['10,000 without host name', () => undefined],
  ]) {
    let acc = createSummary('nb');
    const start = performance.now();
    for (let i = 0; i < COUNT; i += 1) {
      const r = structuredClone(seeds[i % seeds.length]);
      r.startedAt = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
      const host = hostname(i);
      if (host) r.device = { hostname: host };
      acc.add(r);
    }
    const addMs = performance.now() - start;
    gc();
    const held = process.memoryUsage().heapUsed;
    const counted = acc.finish().reports.counted;
    // let the accumulator go, so that what the collector frees next is what it held
    // eslint-disable-next-line no-useless-assignment
    acc = null;
    gc();
    const kept = held - process.memoryUsage().heapUsed;
    lines.push(
      `accumulator, ${label}: holds ${(kept / 1e6).toFixed(2)} MB (${Math.round(kept / COUNT)} bytes a report) before finish(); add() of 10,000 reports ${ms(addMs)} with cloning; counted ${counted}`,
    );
  }
  return lines;
}
