/**
 * Report upload through the built CLI, against collectors this test starts on 127.0.0.1: one that
 * records what it got, one that is too slow, one that fails first, one that refuses.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveOptions } from '../src/cli.js';
import { defaultPolicy, PolicySchema } from '../src/policy.js';
import { displayUrl, reportUrlProblem, uploadReport } from '../src/probe/net/upload.js';
import { ReportSchema } from '../src/report/schema.js';
import { runCli } from './helpers/cli.js';

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Collector {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** answer(n) gives the status for the n-th request (1-based), or 'hang' to never answer */
async function startCollector(answer: (n: number) => number | 'hang' = () => 200): Promise<Collector> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const status = answer(received.length);
      if (status === 'hang') return;
      res.writeHead(status, { 'content-type': 'application/json' }).end('{"text":"Success","code":0}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/collector/raw`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const collectors: Collector[] = [];
afterEach(async () => {
  await Promise.all(collectors.splice(0).map((c) => c.close()));
});
async function collector(answer?: (n: number) => number | 'hang'): Promise<Collector> {
  const c = await startCollector(answer);
  collectors.push(c);
  return c;
}

const TOKEN = 'Splunk 0b1c2d3e-secret-token-4f5a';
const BASE = ['--json', '--no-questions', '--offline', '--lang', 'en'];

describe('report upload through the CLI', () => {
  it('POSTs the validated report as JSON with the header from the environment, and the token goes nowhere else', async () => {
    const c = await collector();
    const out = join(mkdtempSync(join(tmpdir(), 'hoc-upload-')), 'report.json');
    const run = await runCli([...BASE, '-o', out, '--report-url', c.url], { env: { HOMEOFFICE_CHECK_REPORT_AUTH: TOKEN } });
    expect(run.stderr).toBe('');
    expect(c.received).toHaveLength(1);
    const got = c.received[0]!;
    expect(got.method).toBe('POST');
    expect(got.url).toBe('/services/collector/raw');
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers.authorization).toBe(TOKEN);
    const sent = ReportSchema.parse(JSON.parse(got.body));
    const written = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(sent).toEqual(written);
    expect(sent).toEqual(JSON.parse(run.stdout));
    // the token is in no output
    for (const text of [got.body, run.stdout, run.stderr, readFileSync(out, 'utf8')]) expect(text).not.toContain('secret-token');
    expect(run.code).toBe(sent.score.verdict === 'not-ready' ? 1 : 0);
  });

  it('takes the header name from HOMEOFFICE_CHECK_REPORT_HEADER, and sends no auth header without a token', async () => {
    const c = await collector();
    await runCli([...BASE, '--report-url', c.url], { env: { HOMEOFFICE_CHECK_REPORT_AUTH: 'abc123', HOMEOFFICE_CHECK_REPORT_HEADER: 'X-Api-Key' } });
    await runCli([...BASE, '--report-url', c.url]);
    expect(c.received).toHaveLength(2);
    expect(c.received[0]!.headers['x-api-key']).toBe('abc123');
    expect(c.received[0]!.headers.authorization).toBeUndefined();
    expect(c.received[1]!.headers.authorization).toBeUndefined();
    expect(c.received[1]!.headers['x-api-key']).toBeUndefined();
  });

  it("a collector that does not answer in time gives one warning line; the file is written and the exit code is the assessment's", async () => {
    const c = await collector(() => 'hang');
    const out = join(mkdtempSync(join(tmpdir(), 'hoc-upload-')), 'report.json');
    const started = Date.now();
    const run = await runCli([...BASE, '-o', out, '--report-url', `${c.url}?token=in-the-query`, '--report-timeout', '0.4']);
    const took = Date.now() - started;
    const report = ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(run.code).toBe(report.score.verdict === 'not-ready' ? 1 : 0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /Warning: the report could not be sent to http:\/\/127\.0\.0\.1:\d+\/services\/collector\/raw \(timeout; 3 attempts\)\. The report is kept in /,
    );
    expect(run.stderr).not.toContain('in-the-query');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(c.received).toHaveLength(3);
    // three attempts of 0.4 s and two short pauses, not the default 10 s
    expect(took).toBeLessThan(15_000);
  });

  it('retries a 500 and succeeds on the next attempt', async () => {
    const c = await collector((n) => (n === 1 ? 500 : 200));
    const run = await runCli([...BASE, '--report-url', c.url]);
    expect(run.stderr).toBe('');
    expect(c.received).toHaveLength(2);
    expect(c.received[1]!.body).toBe(c.received[0]!.body);
  });

  it('does not retry a 400: the same body would be refused again', async () => {
    const c = await collector(() => 400);
    const run = await runCli([...BASE, '--lang', 'nb', '--report-url', c.url]);
    expect(c.received).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(/^homeoffice-check: Advarsel: rapporten kunne ikke sendes til .*\(HTTP 400; 1 forsøk\)\.$/);
    expect([0, 1]).toContain(run.code);
  });

  it('a closed port is a warning too, after the bounded retries', async () => {
    const c = await collector();
    const url = c.url;
    await c.close();
    collectors.length = 0;
    const run = await runCli([...BASE, '--report-url', url]);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr.trim()).toMatch(/\(ECONNREFUSED; 3 attempts\)\.$/);
  });

  it('refuses plain http to another host, and a URL with a password, before running anything', async () => {
    const plain = await runCli([...BASE, '--report-url', 'http://collector.example.org/ingest']);
    expect(plain.code).toBe(2);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toMatch(/--report-url 'http:\/\/collector\.example\.org\/ingest': http:\/\/ is only allowed to localhost/);
    const creds = await runCli([...BASE, '--report-url', 'https://user:hunter2@collector.example.org/']);
    expect(creds.code).toBe(2);
    expect(creds.stderr).not.toContain('hunter2');
    const bad = await runCli([...BASE, '--report-url', 'http://127.0.0.1:1/', '--report-timeout', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--report-timeout must be seconds/);
  });
});

describe('report URL rules', () => {
  it('takes the URL from the policy when no flag is given, and holds it to the same rules', () => {
    const policy = PolicySchema.parse({ reportUrl: 'https://collector.example.no/ingest' });
    expect(resolveOptions({}, {}, policy).reportUrl).toBe('https://collector.example.no/ingest');
    expect(resolveOptions({ 'report-url': 'https://other.example.no/' }, {}, policy).reportUrl).toBe('https://other.example.no/');
    expect(resolveOptions({}, {}, defaultPolicy).reportUrl).toBeUndefined();
    expect(() => resolveOptions({}, {}, PolicySchema.parse({ reportUrl: 'http://collector.example.no/' }))).toThrow(/only allowed to localhost/);
    expect(PolicySchema.safeParse({ reportUrl: 'ftp://x.example/' }).success).toBe(false);
    expect(() => resolveOptions({}, { HOMEOFFICE_CHECK_REPORT_HEADER: 'Bad Header:' }, policy)).toThrow(/not a valid header name/);
  });

  it('a proxy setting that is not a URL is a failed upload, not a crash', async () => {
    const c = await collector();
    // a collector elsewhere (this machine is always reached without a proxy); nothing is sent anywhere
    const bad = { HTTP_PROXY: 'not a url', http_proxy: 'not a url', HTTPS_PROXY: 'not a url', https_proxy: 'not a url', NO_PROXY: '', no_proxy: '' };
    const run = await runCli([...BASE, '--report-url', 'https://collector.example.test/ingest'], { env: bad });
    expect([0, 1]).toContain(run.code);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/Warning: the report could not be sent/);
    expect(c.received).toHaveLength(0);
  });

  it('a token that cannot be sent as a header fails at once, and is not shown', async () => {
    const result = await uploadReport({
      url: 'http://127.0.0.1:9/',
      body: '{}',
      headers: { Authorization: 'Bearer top-secret\r\nX-Injected: 1' },
      timeoutMs: 1000,
    });
    expect(result.ok).toBe(false);
    expect(result.attempts).toBe(1);
    expect(result.error).not.toContain('top-secret');
  });

  it.each([
    ['https://splunk.example.no:8088/services/collector/raw', null],
    ['http://127.0.0.1:8080/x', null],
    ['http://localhost/x', null],
    ['http://[::1]:9000/', null],
    ['http://10.0.0.5/x', /only allowed to localhost/],
    ['http://127.0.0.1.example.com/', /only allowed to localhost/],
    ['ftp://example.org/', /scheme must be https/],
    ['https://a:b@example.org/', /user name or password/],
    ['not a url', /not a URL/],
  ])('%s', (url, expected) => {
    const problem = reportUrlProblem(url);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('shows a URL without its query', () => {
    expect(displayUrl('https://h.example:8443/p/q?token=abc#x')).toBe('https://h.example:8443/p/q');
  });

  it('honours Retry-After on 429 within the cap, and reports the attempts', async () => {
    let n = 0;
    const server = http.createServer((req, res) => {
      req.resume().on('end', () => {
        n += 1;
        res.writeHead(n === 1 ? 429 : 204, n === 1 ? { 'retry-after': '0' } : {}).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await uploadReport({ url: `http://127.0.0.1:${port}/`, body: '{}', backoffMs: 5_000, timeoutMs: 2_000 });
      expect(result).toEqual({ ok: true, status: 204, attempts: 2 });
    } finally {
      server.close();
    }
  });
});
