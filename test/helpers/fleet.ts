/**
 * A small fleet of real reports for the summary tests: made by the built CLI, live on this machine
 * and replayed from the Windows, macOS and Linux bundles, with and without answers; and reports that
 * carry a host name, for counting each device once.
 *
 * The summary leaves replayed reports out (a replay is no device's own run): the fleet's reports
 * are written as a device's own run writes them, `mode: live`, the one field changed. Judged again
 * from their facts they agree, so the summary counts them as they are.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { runCli } from './cli.js';

const BUNDLES = [
  'win32-firewall-all-off',
  'win32-disk-encryption-bitlocker-shell-on',
  'win32-antivirus-defender-2013-current',
  'darwin-disk-encryption-filevault-off',
  'darwin-screen-lock-immediate',
  'linux-os-updates-ubuntu24-pending',
  'linux-risky-apps-teamviewer-dropbox',
];

const ANSWERS = [
  { 'data-class': 'green', 'room-private': 'alone-closed', 'acc-mfa.email': 'yes' },
  { 'data-class': 'red', 'room-private': 'open-area', 'acc-mfa.email': 'no' },
];

/** The report file as a device's own run would have written it: `mode: live`. */
export function asDeviceRun(file: string): void {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  if (report.mode === 'replay') writeFileSync(file, `${JSON.stringify({ ...report, mode: 'live' }, null, 2)}\n`);
}

export interface Fleet {
  dir: string;
  files: string[];
  reports: Report[];
}

/** Runs the CLI a dozen times, two at a time, and keeps each report as a file in `dir`. */
export async function makeFleet(): Promise<Fleet> {
  const dir = mkdtempSync(join(tmpdir(), 'hoc-fleet-'));
  const answersDir = mkdtempSync(join(tmpdir(), 'hoc-fleet-answers-'));
  const answerFiles = ANSWERS.map((answers, i) => {
    const file = join(answersDir, `answers-${i}.json`);
    writeFileSync(file, JSON.stringify({ answers }));
    return file;
  });
  const runs: Array<{ name: string; args: string[] }> = [
    { name: 'live', args: [] },
    { name: 'live-answers-0', args: ['--answers', answerFiles[0]!, '--lang', 'nb'] },
    ...BUNDLES.map((b, i) => ({
      name: `${b}`,
      args: [
        '--replay',
        `test/fixtures/bundles/${b}.json`,
        ...(i % 3 === 2 ? ['--answers', answerFiles[i % 2]!] : []),
        ...(i % 2 ? ['--lang', 'nb'] : ['--lang', 'en']),
      ],
    })),
  ];
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  const files: string[] = [];
  const queue = [...runs];
  const worker = async () => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      const file = join(dir, files.length % 3 === 0 ? 'nested/deeper' : '', `${run.name}.json`);
      const result = await runCli(['--json', '--no-questions', '--offline', '-o', file, ...run.args]);
      if (result.code !== 0 && result.code !== 1) throw new Error(`CLI ${run.args.join(' ')}: exit ${result.code}: ${result.stderr}`);
      asDeviceRun(file);
      files.push(file);
    }
  };
  await Promise.all([worker(), worker()]);
  files.sort();
  return { dir, files, reports: files.map((f) => ReportSchema.parse(JSON.parse(readFileSync(f, 'utf8')))) };
}

/** A copy of a real report whose network check measured the given figures. */
export function withNetwork(report: Report, facts: Record<string, number | null>): Report {
  const copy = structuredClone(report);
  const net = copy.checks.find((c) => c.id === 'network-quality');
  if (!net) throw new Error('the report has no network-quality check');
  net.status = 'pass';
  net.facts = { ...net.facts, ...facts };
  return copy;
}

/** A copy of a real report as if it came from `hostname` at `startedAt` (the summary reads only the file). */
export function onDevice(report: Report, hostname: string | undefined, startedAt: string, username?: string): Report {
  const copy = structuredClone(report);
  copy.startedAt = startedAt;
  copy.device = { ...(hostname === undefined ? {} : { hostname }), ...(username === undefined ? {} : { username }) };
  return copy;
}

/**
 * Reports that carry the device's identifiers, made by the built CLI under a policy that asks for
 * them (report.include): one live run on this machine per name in `live`, run one after the other,
 * and one per bundle replayed (a bundle holds no host name, so those carry none). The policy is
 * `policy-identified.json` in `dir`: the summary judges the reports again under it (--policy).
 */
export async function makeIdentifiedReports(dir: string, live: string[], bundles: string[]): Promise<Record<string, { file: string; report: Report }>> {
  const policy = join(dir, 'policy-identified.json');
  writeFileSync(policy, JSON.stringify({ report: { include: ['hostname', 'username'] } }));
  const out: Record<string, { file: string; report: Report }> = {};
  const runs = [
    ...live.map((name) => ({ name, args: [] as string[] })),
    ...bundles.map((b) => ({ name: b, args: ['--replay', `test/fixtures/bundles/${b}.json`] })),
  ];
  for (const run of runs) {
    const file = join(dir, `${run.name}.json`);
    const result = await runCli(['--json', '--no-questions', '--offline', '--lang', 'en', '--policy', policy, '-o', file, ...run.args]);
    if (result.code !== 0 && result.code !== 1) throw new Error(`CLI ${run.args.join(' ')}: exit ${result.code}: ${result.stderr}`);
    asDeviceRun(file);
    out[run.name] = { file, report: ReportSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) };
  }
  return out;
}
