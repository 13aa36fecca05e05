/**
 * Reports IT can trust: `summarize` judges every report again from its own facts and answers
 * (through the engine's own evaluate, questionnaire and score), flags the ones that disagree or name
 * a policy it was not given, leaves replayed reports out unless asked, and with --verify-key marks
 * each report valid, unsigned or tampered; `serve --verify-key` refuses unsigned and tampered uploads.
 *
 * The reports are real: made by the built CLI from recorded bundles. A bundle replays as `mode:
 * replay`; where a test needs a device's own run, the genuine report is given `mode: live` (the only
 * change, made before it is signed).
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyBook, rederive } from '../src/rederive.js';
import { loadPolicySource } from '../src/input.js';
import { ReportSchema, type Report } from '../src/report/schema.js';
import { signReport } from '../src/report/sign.js';
import { FleetSummarySchema } from '../src/report/summarize.js';
import { createCollector, type Collector } from '../src/serve/server.js';
import { FolderStore } from '../src/serve/store.js';
import { summarizeFiles } from '../src/summarize.js';
import { runCli } from './helpers/cli.js';
import { auth, postReport, request, TOKEN } from './helpers/serve.js';

const KEY = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
const RED_ANSWERS = 'test/fixtures/answers/all-good.json';
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `hoc-trust-${name}-`));

/** A report made by the built CLI from a bundle (mode replay), with the given extra arguments. */
async function made(bundle: string, extra: string[] = []): Promise<Report> {
  const run = await runCli(['--json', '--offline', '--lang', 'en', '--replay', `test/fixtures/bundles/${bundle}.json`, ...extra]);
  if (run.code !== 0 && run.code !== 1) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return ReportSchema.parse(JSON.parse(run.stdout));
}

/** As a device's own run gives it. */
const asLive = (report: Report): Report => ({ ...structuredClone(report), mode: 'live' });

function write(dir: string, name: string, report: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/**
 * The hand edit: 100 and ready, no blockers, every failing or warning check and answer made a
 * pass; the facts (disk encryption off) left as they were.
 */
function handEdited(report: Report): Report {
  const copy = structuredClone(report);
  copy.score = { ...copy.score, value: 100, verdict: 'ready', blockers: [], parts: { machine: 100, meeting: 100 } };
  for (const item of [...copy.checks, ...copy.questions])
    if (item.status === 'fail' || item.status === 'warn') Object.assign(item, { status: 'pass', blocker: false, remediation: null });
  return copy;
}

let filevaultOff: Report;
let ufw: Report;

beforeAll(async () => {
  // disk encryption off on a Mac, in a red meeting: the disk is a blocker
  [filevaultOff, ufw] = await Promise.all([
    made('darwin-disk-encryption-filevault-off', ['--answers', RED_ANSWERS]),
    made('linux-firewall-ufw-active', ['--no-questions']),
  ]);
});

describe('judging a report again', () => {
  it('every genuine report agrees with its own facts and answers: bundles of three systems, with and without answers, under a policy', async () => {
    const dir = tmp('policy');
    const policyFile = join(dir, 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({ organisation: { name: 'Kommune' }, defaultDataClass: 'yellow', checks: { firewall: { weight: 9, blocker: true } } }),
    );
    const runs: Array<[string, string[]]> = [
      ['win32-firewall-all-off', ['--no-questions']],
      ['win32-disk-encryption-bitlocker-shell-on', ['--answers', RED_ANSWERS]],
      ['darwin-screen-lock-immediate', ['--answers', 'test/fixtures/answers/no-mfa.json']],
      ['linux-os-updates-ubuntu24-pending', ['--no-questions', '--policy', policyFile]],
      ['linux-risky-apps-teamviewer-dropbox', ['--answers', RED_ANSWERS, '--policy', policyFile]],
    ];
    const reports = await Promise.all(runs.map(([b, args]) => made(b, args)));
    const book = policyBook([await loadPolicySource(policyFile)]);
    for (const [i, report] of reports.entries()) {
      const again = rederive(report, book);
      expect(again.kind, `${runs[i]![0]}: ${JSON.stringify(again)}`).toBe('agrees');
      if (again.kind === 'agrees') {
        expect(again.verdict).toBe(report.score.verdict);
        expect(again.score).toBe(report.score.value);
      }
    }
    // the report names the policy by its bytes' hash, never by its path
    expect(reports[3]!.policy).toEqual({ source: 'file', sha256: sha(policyFile) });
    expect(JSON.stringify(reports[3])).not.toContain(dir);
    expect(reports[0]!.policy).toEqual({ source: 'built-in' });
  });

  it('a hand-edited report (100 and ready, with a failing blocker and disk encryption off in its own facts) disagrees, is listed by file and is not counted ready', async () => {
    const dir = tmp('edited');
    const genuine = asLive(filevaultOff);
    // what the edit hides: the facts say the disk is not encrypted, and the result was a blocker
    const disk = genuine.checks.find((c) => c.id === 'disk-encryption')!;
    expect(disk.status).toBe('fail');
    expect(disk.facts).toMatchObject({ state: 'off' });
    expect(genuine.score.blockers).toContain('disk-encryption');
    const edited = handEdited(genuine);
    write(dir, 'a-genuine.json', genuine);
    const editedFile = write(dir, 'b-edited.json', edited);

    const s = await summarizeFiles([dir], 'en');
    expect(s.reports.valid).toBe(2);
    expect(s.reports.disagreeing).toBe(1);
    expect(s.verdicts.ready).toBe(0);
    expect(s.verdicts['not-ready']).toBe(2);
    expect(s.flagged).toHaveLength(1);
    const f = s.flagged[0]!;
    expect(f.file).toBe(editedFile);
    expect(f.flags).toEqual(['disagreeing']);
    expect(f.stored).toEqual({ verdict: 'ready', score: 100 });
    expect(f.derived).toEqual({ verdict: genuine.score.verdict, score: genuine.score.value });
    expect(f.differences).toContainEqual({ what: 'check', id: 'disk-encryption', stored: 'pass', derived: 'fail' });
    expect(f.differences[0]).toEqual({ what: 'verdict', stored: 'ready', derived: 'not-ready' });
    // counted as its facts say: the disk a blocker again, and in the item counts as a failure
    expect(s.blockers.find((b) => b.id === 'disk-encryption')?.count).toBe(2);
    expect(s.items.find((i) => i.id === 'disk-encryption')?.fail).toBe(2);
    expect(FleetSummarySchema.parse(s)).toEqual(s);

    // through the CLI: the JSON count, the file in the table and the HTML page
    const json = await runCli(['summarize', dir, '--format', 'json', '--lang', 'en']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).reports.disagreeing).toBe(1);
    const table = await runCli(['summarize', dir, '--lang', 'en']);
    expect(table.stdout).toContain('Reports not taken at their word');
    expect(table.stdout).toContain(editedFile);
    expect(table.stdout).toMatch(/Disk encryption: OK, its facts give\s+Fails/);
    const html = await runCli(['summarize', dir, '--format', 'html', '--lang', 'nb']);
    const section = html.stdout.slice(html.stdout.indexOf('<section id="flagged">'));
    expect(section).toContain(editedFile);
    expect(section).toContain('stemmer ikke med sine egne fakta og svar');
    const nn = await runCli(['summarize', dir, '--lang', 'nn']);
    expect(nn.stdout).toContain('Rapportar som ikkje vert tekne på ordet');
  });

  it('a report naming a policy summarize was not given is not judged, counts as not ready, and is judged once the policy is given', async () => {
    const dir = tmp('policy-unknown');
    const policyFile = join(dir, 'org-policy.json');
    writeFileSync(policyFile, JSON.stringify({ checks: { 'video-apps': { enabled: false } } }));
    const report = asLive(await made('linux-firewall-ufw-active', ['--no-questions', '--policy', policyFile]));
    expect(report.score.verdict).not.toBe('not-ready');
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    const file = write(reports, 'r.json', report);

    const unknown = await summarizeFiles([reports], 'en');
    expect(unknown.reports.policyUnknown).toBe(1);
    expect(unknown.reports.disagreeing).toBe(0);
    expect(unknown.verdicts['not-ready']).toBe(1);
    expect(unknown.flagged[0]).toMatchObject({ file, flags: ['policy-unknown'], derived: null, policy: `sha256:${sha(policyFile)}` });

    const given = await runCli(['summarize', reports, '--policy', policyFile, '--format', 'json']);
    expect(given.code).toBe(0);
    const s = JSON.parse(given.stdout);
    expect(s.reports.policyUnknown).toBe(0);
    expect(s.reports.disagreeing).toBe(0);
    expect(s.verdicts[report.score.verdict]).toBe(1);
    // another policy's bytes do not stand in for it
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ checks: { 'video-apps': { enabled: false } } }, null, 2));
    const wrong = JSON.parse((await runCli(['summarize', reports, '--policy', other, '--format', 'json'])).stdout);
    expect(wrong.reports.policyUnknown).toBe(1);
  });
});

describe('replayed reports', () => {
  it('are left out of the fleet counts, and the summary says how many; --include-replayed counts them', async () => {
    const dir = tmp('replayed');
    write(dir, 'live.json', asLive(ufw));
    write(dir, 'replayed.json', ufw);
    expect(ufw.mode).toBe('replay');
    const s = await summarizeFiles([dir], 'en');
    expect(s.reports.valid).toBe(1);
    expect(s.reports.counted).toBe(1);
    expect(s.reports.replayed).toBe(1);
    expect(s.devices).toHaveLength(1);
    const all = await summarizeFiles([dir], 'en', { includeReplayed: true });
    expect(all.reports.counted).toBe(2);
    expect(all.reports.replayed).toBe(0);
    expect(all.reports.includeReplayed).toBe(true);
    const table = await runCli(['summarize', dir, '--lang', 'en']);
    expect(table.stdout).toContain('1 report made by replaying a recording was left out');
    const nb = await runCli(['summarize', dir, '--lang', 'nb', '--include-replayed', '--format', 'json']);
    expect(JSON.parse(nb.stdout).reports.counted).toBe(2);
  });
});

describe('summarize --verify-key', () => {
  let dir: string;
  let files: Record<'valid' | 'unsigned' | 'tampered', string>;
  beforeAll(() => {
    dir = tmp('verify');
    const signed = signReport(asLive(ufw), { key: Buffer.from(KEY) });
    // changed after signing where judging again cannot see it: the organisation's name
    const tampered = { ...structuredClone(signed), organisation: { name: 'Someone else' }, startedAt: '2026-11-02T10:00:00.000Z' };
    files = {
      valid: write(dir, 'valid.json', { ...signed }),
      unsigned: write(dir, 'unsigned.json', { ...asLive(ufw), startedAt: '2026-11-03T10:00:00.000Z' }),
      tampered: write(dir, 'tampered.json', tampered),
    };
  });

  it('marks each report valid, unsigned or tampered; counts them; a tampered one is not counted ready', async () => {
    const r = await runCli(['summarize', dir, '--verify-key', 'env', '--format', 'json'], { env: { HOMEOFFICE_CHECK_SIGNING_KEY: KEY } });
    expect(r.code, r.stderr).toBe(0);
    const s = FleetSummarySchema.parse(JSON.parse(r.stdout));
    expect(s.reports.signatures).toEqual({ valid: 1, unsigned: 1, tampered: 1 });
    expect(s.devices.map((d) => d.signature).sort()).toEqual(['tampered', 'unsigned', 'valid']);
    const tampered = s.devices.find((d) => d.signature === 'tampered')!;
    expect(ufw.score.verdict).toBe('ready-with-warnings');
    expect(tampered.verdict).toBe('not-ready');
    expect(tampered.flags).toEqual(['tampered']);
    expect(s.verdicts).toEqual({ ready: 0, 'ready-with-warnings': 2, 'not-ready': 1 });
    expect(s.flagged.map((f) => f.file)).toEqual([files.tampered]);
    // without a key nothing is said about signatures
    const plain = JSON.parse((await runCli(['summarize', dir, '--format', 'json'])).stdout);
    expect(plain.reports.signatures).toBeNull();
    expect(plain.verdicts['ready-with-warnings']).toBe(3);
  });

  it('takes the key from a private key file or a named variable, never from the command line', async () => {
    const keyFile = join(dir, '..', `key-${process.pid}`);
    writeFileSync(keyFile, `${KEY}\n`);
    chmodSync(keyFile, 0o600);
    const byFile = await runCli(['summarize', dir, '--verify-key', keyFile, '--format', 'json']);
    expect(byFile.code, byFile.stderr).toBe(0);
    expect(JSON.parse(byFile.stdout).reports.signatures).toEqual({ valid: 1, unsigned: 1, tampered: 1 });
    const byName = await runCli(['summarize', dir, '--verify-key', 'env:IT_KEY', '--format', 'json'], { env: { IT_KEY: KEY } });
    expect(JSON.parse(byName.stdout).reports.signatures.valid).toBe(1);
    chmodSync(keyFile, 0o644);
    const open = await runCli(['summarize', dir, '--verify-key', keyFile]);
    expect(open.code).toBe(2);
    expect(open.stderr).toContain('readable or writable by others');
    // the key itself given by mistake: refused, and not repeated
    const itself = await runCli(['summarize', dir, '--verify-key', KEY]);
    expect(itself.code).toBe(2);
    expect(itself.stderr).not.toContain(KEY);
    expect(itself.stderr).toContain('never the key itself');
    const unset = await runCli(['summarize', dir, '--verify-key', 'env:NOT_SET_HERE']);
    expect(unset.code).toBe(2);
  });
});

describe('serve --verify-key', () => {
  let store: string;
  let collector: Collector;
  let port: number;
  afterAll(async () => {
    await collector?.close();
  });

  it('rejects a tampered or unsigned upload with 403 and keeps nothing of it; takes a valid one', async () => {
    store = tmp('serve');
    collector = createCollector({
      store: new FolderStore(store),
      token: TOKEN,
      lang: 'en',
      summaryMaxAgeMs: 0,
      summary: { verifyKey: Buffer.from(KEY) },
      verify: { key: Buffer.from(KEY), unverified: 'reject' },
    });
    port = await collector.listen(0, '127.0.0.1');
    const signed = signReport(asLive(ufw), { key: Buffer.from(KEY) });
    const tampered = handEdited(signed);
    const bad = await postReport(port, tampered);
    expect(bad.status).toBe(403);
    expect(JSON.parse(bad.body).error).toContain('signature does not match');
    const unsigned = await postReport(port, asLive(ufw));
    expect(unsigned.status).toBe(403);
    expect(JSON.parse(unsigned.body).error).toContain('not signed');
    // another key
    const other = await postReport(port, signReport(asLive(ufw), { key: Buffer.from(KEY.replace(/c/g, 'd')) }));
    expect(other.status).toBe(403);
    const good = await postReport(port, signed);
    expect(good.status).toBe(201);
    const summary = JSON.parse((await request(port, 'GET', '/summary.json', undefined, auth())).body);
    expect(summary.reports.valid).toBe(1);
    expect(summary.reports.signatures).toEqual({ valid: 1, unsigned: 0, tampered: 0 });
  });

  it('--unverified mark keeps them, and the summary marks them and counts the tampered one as not ready', async () => {
    const marking = createCollector({
      store: new FolderStore(tmp('serve-mark')),
      token: TOKEN,
      lang: 'en',
      summaryMaxAgeMs: 0,
      summary: { verifyKey: Buffer.from(KEY) },
      verify: { key: Buffer.from(KEY), unverified: 'mark' },
    });
    const p = await marking.listen(0, '127.0.0.1');
    try {
      const signed = signReport(asLive(ufw), { key: Buffer.from(KEY) });
      const tampered = { ...structuredClone(signed), startedAt: '2026-11-02T10:00:00.000Z' };
      expect((await postReport(p, signed)).status).toBe(201);
      expect((await postReport(p, tampered)).status).toBe(201);
      expect((await postReport(p, { ...asLive(ufw), startedAt: '2026-11-03T10:00:00.000Z' })).status).toBe(201);
      const s = JSON.parse((await request(p, 'GET', '/summary.json', undefined, auth())).body);
      expect(s.reports.signatures).toEqual({ valid: 1, unsigned: 1, tampered: 1 });
      expect(s.verdicts['not-ready']).toBe(1);
    } finally {
      await marking.close();
    }
  });

  it('the command refuses --unverified without a key, mark with PostgreSQL, and a key on the command line', async () => {
    const env = { HOMEOFFICE_CHECK_SERVE_TOKEN: TOKEN };
    expect((await runCli(['serve', '--port', '0', '--unverified', 'mark'], { env })).code).toBe(2);
    const db = await runCli(['serve', '--port', '0', '--db', 'postgres://x@127.0.0.1:1/x', '--verify-key', 'env', '--unverified', 'mark'], {
      env: { ...env, HOMEOFFICE_CHECK_SIGNING_KEY: KEY },
    });
    expect(db.code).toBe(2);
    expect(db.stderr).toContain('needs the folder store');
    const itself = await runCli(['serve', '--port', '0', '--verify-key', KEY], { env });
    expect(itself.code).toBe(2);
    expect(itself.stderr).not.toContain(KEY);
  });
});

/** SHA-256 of a file's bytes, computed here on its own */
function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
