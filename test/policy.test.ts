/**
 * The IT policy (`--policy FILE|URL`) and non-interactive runs as device management starts them:
 * the example policies, errors that name the path, a policy over HTTPS from a server this test
 * starts on 127.0.0.1 with a certificate it makes, and stable exit codes with --answers.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCert } from './helpers/net.js';
import { jsonSchemaOf } from '../src/cli.js';
import { loadPolicy, parseJsonText, UsageError } from '../src/input.js';
import { PolicySchema } from '../src/policy.js';
import { fetchText } from '../src/probe/net/fetch-text.js';
import { ReportSchema } from '../src/report/schema.js';
import { BIN, ROOT, runCli } from './helpers/cli.js';

const example = (name: string) => join(ROOT, 'examples', `policy-${name}.json`);
const answers = (name: string) => join(ROOT, 'test/fixtures/answers', `${name}.json`);
/**
 * The answers fixture as IT would write it for this policy: the health practice also asks about
 * two-factor sign-in to its patient record system (answered yes here), which the municipality does not.
 */
const answersFor = (name: string, policy: string) => {
  const file = JSON.parse(readFileSync(answers(name), 'utf8')) as { answers: Record<string, string> };
  const services = (JSON.parse(readFileSync(example(policy), 'utf8')) as { services?: Array<{ id: string }> }).services ?? [];
  for (const { id } of services) file.answers[`acc-mfa.${id}`] ??= 'yes';
  const out = join(tmp(), `${name}-${policy}.json`);
  writeFileSync(out, JSON.stringify(file));
  return out;
};
const bundle = (name: string) => join(ROOT, 'test/fixtures/bundles', `${name}.json`);
const tmp = () => mkdtempSync(join(os.tmpdir(), 'hoc-policy-'));

/**
 * The example policies name their organisation's collector (an https:// URL on the internet).
 * Runs in this file use a copy whose reportUrl points at a collector the test starts on
 * 127.0.0.1, so the upload path the policy switches on is exercised and nothing leaves the machine.
 */
const collected: unknown[] = [];
let collectorUrl = '';
const collector = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8').on('data', (d: string) => (body += d));
  req.on('end', () => {
    collected.push(JSON.parse(body));
    res.writeHead(204).end();
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/ingest`;
});
afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));
const localText = (name: string) => {
  const policy = JSON.parse(readFileSync(example(name), 'utf8')) as Record<string, unknown>;
  expect(policy.reportUrl).toMatch(/^https:\/\//);
  return JSON.stringify({ ...policy, reportUrl: collectorUrl });
};
const runnable = (name: string) => {
  const file = join(tmp(), `policy-${name}.json`);
  writeFileSync(file, localText(name));
  return file;
};

describe('example policies', () => {
  it('both validate, and the health practice is the stricter one', async () => {
    const municipality = await loadPolicy(example('municipality'));
    const health = await loadPolicy(example('health-practice'));
    expect(municipality.organisation?.contact).toBeTruthy();
    expect(health.organisation?.contact).toBeTruthy();
    expect(health.defaultDataClass).toBe('red');
    const blockers = (p: typeof health) => [...Object.values(p.checks), ...Object.values(p.questions)].filter((o) => o.blocker).length;
    expect(blockers(health)).toBeGreaterThan(blockers(municipality));
    expect(health.thresholds.notReadyBelow).toBeGreaterThan(municipality.thresholds.notReadyBelow);
    const minBuild = (p: typeof health) => (p.checks['os-updates']?.options as { minWindowsBuild?: number } | undefined)?.minWindowsBuild ?? 0;
    expect(minBuild(health)).toBeGreaterThan(minBuild(municipality));
    expect(minBuild(municipality)).toBeGreaterThan(0);
  });

  it('point to a JSON Schema file that is what `schema policy` prints', async () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'examples/policy.schema.json'), 'utf8'));
    expect(committed).toEqual(jsonSchemaOf('policy'));
    for (const name of ['municipality', 'health-practice']) expect(JSON.parse(readFileSync(example(name), 'utf8')).$schema).toBe('./policy.schema.json');
    const printed = await runCli(['schema', 'policy']);
    expect(printed.code).toBe(0);
    const schema = JSON.parse(printed.stdout) as { properties: Record<string, unknown> };
    for (const key of ['organisation', 'thresholds', 'report', 'reportUrl', 'defaultDataClass', 'endpoints']) expect(schema.properties).toHaveProperty(key);
  });

  it('defaults: no identifiers, no report URL', () => {
    const p = PolicySchema.parse({});
    expect(p.report.include).toEqual([]);
    expect(p.reportUrl).toBeUndefined();
  });
});

describe('policy errors name the path, one line, exit 2', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['an unknown key', { thresholds: { notReadyBelo: 40 } }, /thresholds: unknown key 'notReadyBelo'/],
    ['a wrong type deep inside', { thresholds: { network: { hdMbps: 'fast' } } }, /thresholds\.network\.hdMbps: .*number/],
    ['an identifier the report may not carry', { report: { include: ['serial'] } }, /report\.include\.0: /],
    ['a report URL that is no URL', { reportUrl: 'collector' }, /reportUrl: /],
    ['a misspelt check id', { checks: { 'os-update': { weight: 2 } } }, /checks\.os-update: unknown check \(known: os-updates/],
    ['a misspelt question id', { questions: { mfa: { blocker: true } } }, /questions\.mfa: unknown question/],
    ['an OS build that is not a whole number', { thresholds: { os: { minWindowsBuild: 22631.5 } } }, /thresholds\.os\.minWindowsBuild/],
  ];
  for (const [what, policy, message] of cases) {
    it(`rejects ${what}`, async () => {
      const dir = tmp();
      const file = join(dir, 'policy.json');
      writeFileSync(file, JSON.stringify(policy));
      const run = await runCli(['--policy', file, '--json', '--no-questions', '--offline', '-o', join(dir, 'out.json')]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`policy file '${file}'`);
      expect(run.stderr).toMatch(message);
    });
  }

  it('any text, JSON or not, gives a policy or one line naming the source (fuzzed)', () => {
    const policyish = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          {
            lang: fc.string(),
            thresholds: fc.record({ notReadyBelow: fc.anything(), os: fc.anything() }, { requiredKeys: [] }),
            report: fc.record({ include: fc.array(fc.string()) }),
          },
          { requiredKeys: [] },
        )
        .map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(policyish, (text) => {
        try {
          parseJsonText(text, "policy file 'p.json'", PolicySchema);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          const message = (error as Error).message;
          expect(message.startsWith("policy file 'p.json'")).toBe(true);
          expect(message).not.toContain('\n');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a missing file and broken JSON', async () => {
    const missing = await runCli(['--policy', '/nonexistent/policy.json', '--offline']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/policy file '\/nonexistent\/policy.json': no such file/);
    const file = join(tmp(), 'p.json');
    writeFileSync(file, '{ "lang": "nb", }');
    const broken = await runCli(['--policy', file, '--offline']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/is not valid JSON/);
  });
});

describe('a policy from a URL', () => {
  let dir: string;
  let server: https.Server;
  let base: string;
  let policyText = '';
  const env = () => ({ NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem'), NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' });

  beforeAll(async () => {
    policyText = localText('health-practice');
    dir = tmp();
    server = https.createServer(selfSignedCert(dir), (req, res) => {
      if (req.url === '/policy.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(policyText);
      if (req.url === '/big.json') return res.writeHead(200).end(`{"lang":"nb","x":"${'a'.repeat(300 * 1024)}"}`);
      if (req.url === '/moved') return res.writeHead(302, { location: '/policy.json' }).end();
      if (req.url === '/script') return res.writeHead(200).end('process.exit(42)');
      res.writeHead(404).end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is fetched over HTTPS with the CA from NODE_EXTRA_CA_CERTS and applied', async () => {
    const run = await runCli(['--policy', `${base}/policy.json`, '--json', '--no-questions', '--offline'], { env: env() });
    expect(run.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.lang).toBe('nb');
    expect(report.organisation?.name).toBe('Eksempel legesenter');
  });

  const bad: Array<[string, string, RegExp]> = [
    ['plain http://', 'http://127.0.0.1:9/policy.json', /only https:\/\/ is accepted, not http:\/\//],
    ['a missing document', '/nope.json', /HTTP 404/],
    ['a redirect', '/moved', /HTTP 302 \(redirects are not followed\)/],
    ['a document over the size cap', '/big.json', /larger than 256 KiB/],
    ['a script instead of JSON (never run)', '/script', /is not valid JSON/],
  ];
  for (const [what, path, message] of bad) {
    it(`refuses ${what}: one line, exit 2`, async () => {
      const url = path.startsWith('/') ? `${base}${path}` : path;
      const run = await runCli(['--policy', url, '--json', '--no-questions', '--offline'], { env: env() });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`policy URL '${url}'`);
      expect(run.stderr).toMatch(message);
    });
  }

  it('refuses a certificate nobody vouches for', async () => {
    const run = await runCli(['--policy', `${base}/policy.json`, '--offline'], { env: { NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/self-signed and not trusted/);
  });

  it('gives up on a server that never answers, after the time limit', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      await expect(fetchText(`https://127.0.0.1:${port}/policy.json`, { timeoutMs: 300 })).rejects.toThrow('no answer within 300 ms');
    } finally {
      silent.close();
    }
  });
});

describe('non-interactive runs (device management): --answers + --policy + --json', () => {
  // replayed facts, so the verdict and the exit code are known in advance
  const table: Array<[string, string, string, number, string[]]> = [
    ['linux-os-updates-fedora42-dnf', 'municipality', 'all-good', 1, ['os-updates']],
    ['linux-os-updates-fedora42-dnf', 'health-practice', 'all-good', 1, ['os-updates']],
    ['linux-os-updates-fedora42-dnf', 'health-practice', 'no-mfa', 1, ['os-updates', 'acc-mfa.email']],
    ['linux-firewall-ufw-active', 'municipality', 'no-mfa', 1, ['acc-mfa.email']],
    ['linux-firewall-ufw-active', 'health-practice', 'all-good', 0, []],
  ];
  for (const [facts, policy, given, code, blockers] of table) {
    it(`${facts} + ${policy} + ${given} → exit ${code}`, async () => {
      const dir = tmp();
      const out = join(dir, 'report.json');
      const args = ['--replay', bundle(facts), '--policy', runnable(policy), '--answers', answersFor(given, policy), '--json', '-o', out, '--offline'];
      // stdin stays open: a prompt would wait for it and the run would not finish
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, LANG: 'C.UTF-8' }, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const exit = await new Promise<number | null>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error('the run waited: it must not prompt'));
        }, 30_000);
        child.on('close', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      child.stdin.end();
      expect(stderr).toBe('');
      expect(exit).toBe(code);
      const report = ReportSchema.parse(JSON.parse(stdout));
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(report);
      expect(report.score.blockers).toEqual(blockers);
      expect(report.questions.every((q) => q.answer !== null)).toBe(true);
      // the policy's reportUrl is used without a flag: the collector got this very report
      expect(collected).toContainEqual(report);
    });
  }

  it('carries the identifiers the policy asks for, and none without a policy', async () => {
    const withPolicy = await runCli(['--policy', runnable('municipality'), '--json', '--no-questions', '--offline', '--only', 'firewall']);
    const report = ReportSchema.parse(JSON.parse(withPolicy.stdout));
    expect(report.device?.hostname).toBe(os.hostname());
    // run as root (as a management agent runs it), the user is the person at the screen, never root itself
    if (process.getuid?.() === 0) expect(report.device?.username).not.toBe('root');
    else expect(report.device?.username).toBe(os.userInfo().username);
    const health = ReportSchema.parse(
      JSON.parse((await runCli(['--policy', runnable('health-practice'), '--json', '--no-questions', '--offline', '--only', 'firewall'])).stdout),
    );
    expect(health.device).toEqual({ hostname: os.hostname() });
    const plain = await runCli(['--json', '--no-questions', '--offline', '--only', 'firewall']);
    const bare = JSON.parse(plain.stdout) as Record<string, unknown>;
    expect(bare).not.toHaveProperty('device');
    expect(bare).not.toHaveProperty('organisation');
    expect(plain.stdout).not.toContain(`"${os.hostname()}"`);
  });

  it('reads the identifiers through the probe: a recording keeps them only when asked, a replay gives them back', async () => {
    const dir = tmp();
    const asked = join(dir, 'asked.json');
    const notAsked = join(dir, 'not-asked.json');
    await runCli(['--policy', runnable('health-practice'), '--json', '--no-questions', '--offline', '--only', 'firewall', '--record', asked]);
    await runCli(['--json', '--no-questions', '--offline', '--only', 'firewall', '--record', notAsked]);
    expect(readFileSync(asked, 'utf8')).toContain('"os.hostname"');
    expect(readFileSync(notAsked, 'utf8')).not.toContain('"os.hostname"');
    const replayed = await runCli(['--replay', asked, '--policy', runnable('health-practice'), '--json', '--no-questions', '--offline', '--only', 'firewall']);
    expect(ReportSchema.parse(JSON.parse(replayed.stdout)).device).toEqual({ hostname: os.hostname() });
  });

  it('shows the organisation and where to get help in the readable result', async () => {
    const run = await runCli(['--policy', runnable('municipality'), '--plain', '--no-questions', '--offline', '--only', 'firewall']);
    expect(run.stdout).toContain('Hjelp fra Eksempel kommune: IT-servicedesk');
    const en = await runCli(['--policy', runnable('municipality'), '--lang', 'en', '--plain', '--no-questions', '--offline', '--only', 'firewall']);
    expect(en.stdout).toContain('Help from Eksempel kommune: IT-servicedesk');
  });
});

describe('the README recipe for a Jamf extension attribute', () => {
  /** The script from README.md, its folder made a temporary one, run with the given executable body and pinned hash. */
  async function runRecipe(executable: string, pinned: (actual: string) => string) {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const script = /\*\*Jamf Pro extension attribute\*\*[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(script).toBeDefined();
    const dir = tmp();
    writeFileSync(join(dir, 'policy.json'), localText('health-practice'));
    writeFileSync(join(dir, 'answers.json'), readFileSync(answersFor('no-mfa', 'health-practice')));
    // the executable: here a stand-in that runs this checkout's CLI, offline, on a replayed machine
    const ran = join(dir, 'ran');
    for (const arch of ['arm64', 'x64']) writeFileSync(join(dir, `homeoffice-check-darwin-${arch}`), executable.replace('RAN', ran), { mode: 0o755 });
    const actual = createHash('sha256').update(executable.replace('RAN', ran)).digest('hex');
    const body = script!.replace('/Library/Application Support/homeoffice-check', dir).replaceAll('<its line in SHA256SUMS, after signing>', pinned(actual));
    // asynchronously: the collector answering the upload lives in this process
    const { stdout } = await promisify(execFile)('sh', ['-c', body], { encoding: 'utf8' });
    return { out: stdout.trim(), ran: existsSync(ran) };
  }
  const standIn = `#!/bin/sh\ntouch "RAN"\nexec "${process.execPath}" "${BIN}" --offline --replay "${bundle('linux-os-updates-fedora42-dnf')}" "$@"\n`;

  it('runs the executable whose SHA-256 matches the pinned one and prints one <result> line with the verdict', async () => {
    expect(await runRecipe(standIn, (actual) => actual)).toEqual({ out: '<result>not-ready</result>', ran: true });
  });

  it('runs nothing when the file does not match its pinned SHA-256', async () => {
    expect(await runRecipe(standIn, () => '0'.repeat(64))).toEqual({ out: '<result>error: the file does not match its SHA-256, not run</result>', ran: false });
  });
});
