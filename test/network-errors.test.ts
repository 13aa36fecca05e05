/**
 * Every way the network can fail ends as `unknown` with the reason code network-error and the errno
 * in detail, within the check's time limit, never a crash. Against servers on 127.0.0.1 in process,
 * and in network namespaces this test makes (`ip netns add`, as root) for what 127.0.0.1 cannot
 * show: no route at all, a name server that does not answer, a black hole that drops every packet.
 * The namespace cases run the built check (dist/) in a child process inside the namespace.
 */
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import check from '../checks/network-quality/index.js';
import { defaultPolicy } from '../src/policy.js';
import { LiveProbe } from '../src/probe/live.js';
import { startSpeedServer, startStunServer, type StunServer } from '../src/probe/net/testserver.js';
import type { CheckResult } from '../src/report/schema.js';
import { runAssessment } from '../src/run.js';
import { ROOT } from './helpers/cli.js';
import { freeUdpPort } from './helpers/net.js';

const LIMIT_MS = check.timeoutMs!;

/** The check through the engine in this process, with a live probe. */
async function runHere(speedUrl: string, stun: string[]): Promise<CheckResult> {
  const report = await runAssessment({
    probe: new LiveProbe(),
    checks: [check],
    questions: [],
    policy: defaultPolicy,
    options: { offline: false, speedUrl, stun },
    lang: 'en',
    version: '0.0.0-test',
    answers: {},
  });
  return report.checks[0]!;
}

const dist = (path: string) => pathToFileURL(join(ROOT, 'dist', path)).href;
/** The built check through the engine, in a child process: its endpoints from HOC_ENDPOINTS. */
const CHILD = `
const { default: check } = await import(${JSON.stringify(dist('checks/network-quality/index.js'))});
const { runAssessment } = await import(${JSON.stringify(dist('src/run.js'))});
const { LiveProbe } = await import(${JSON.stringify(dist('src/probe/live.js'))});
const { defaultPolicy } = await import(${JSON.stringify(dist('src/policy.js'))});
const { speedUrl, stun } = JSON.parse(process.env.HOC_ENDPOINTS);
const report = await runAssessment({ probe: new LiveProbe(), checks: [check], questions: [], policy: defaultPolicy, options: { offline: false, speedUrl, stun }, lang: 'en', version: '0.0.0-test', answers: {} });
process.stdout.write(JSON.stringify(report.checks[0]));
`;

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

/** Run the built check in a child process, inside network namespace `netns` when given. */
function runChild(
  endpoints: { speedUrl: string; stun: string[] },
  { netns, env = {} }: { netns?: string; env?: Record<string, string> } = {},
): Promise<ChildRun> {
  const node = [process.execPath, '--input-type=module', '-e', CHILD];
  const [cmd, ...args] = netns ? ['ip', 'netns', 'exec', netns, ...node] : node;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, args, {
      cwd: ROOT,
      env: { ...process.env, ...env, HOC_ENDPOINTS: JSON.stringify(endpoints) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, wallMs: performance.now() - started }));
  });
}

/** A run that ended as the contract says: exit 0, no stack trace, unknown with network-error, in time. */
function expectNetworkError(run: ChildRun, detail: RegExp): CheckResult {
  expect(run.stderr, 'nothing on stderr (no stack trace)').toBe('');
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as CheckResult;
  expect(result.status).toBe('unknown');
  expect(result.reason?.code).toBe('network-error');
  expect(result.reason?.detail).toMatch(detail);
  expect(result.durationMs).toBeLessThan(LIMIT_MS);
  return result;
}

// --- network namespaces --------------------------------------------------------------------------

const ip = (...args: string[]) => spawnSync('ip', args, { encoding: 'utf8' });
let serial = 0;
const nsName = () => `hoc-${process.pid}-${(serial += 1)}`;

/** null when `ip netns add` works here (root, iproute2); else why not. */
function netnsUnavailable(): string | null {
  const name = nsName();
  const r = ip('netns', 'add', name);
  if (r.error) return `ip is not installed (${r.error.message})`;
  if (r.status !== 0) return `ip netns add failed: ${r.stderr.trim()}`;
  ip('netns', 'del', name);
  return null;
}
const WHY_NOT = netnsUnavailable();

/** Make a namespace with its loopback up; `setup` runs `ip -n <name> ...` commands in it. */
function makeNetns(...setup: string[][]): string {
  const name = nsName();
  const must = (args: string[]) => {
    const r = ip(...args);
    if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr.trim()}`);
  };
  must(['netns', 'add', name]);
  must(['-n', name, 'link', 'set', 'lo', 'up']);
  for (const args of setup) must(['-n', name, ...args]);
  return name;
}

function dropNetns(name: string): void {
  ip('netns', 'del', name);
  rmSync(`/etc/netns/${name}`, { recursive: true, force: true });
}

describe.skipIf(WHY_NOT !== null)(`in a network namespace of its own${WHY_NOT ? ` (skipped: ${WHY_NOT})` : ''}`, () => {
  it('no route: endpoints given as IP addresses, no route to them (ENETUNREACH, which used to crash the whole run)', async () => {
    const ns = makeNetns();
    try {
      const run = await runChild({ speedUrl: 'http://192.0.2.1:8080', stun: ['192.0.2.1:3478'] }, { netns: ns });
      expectNetworkError(run, /^ENETUNREACH$/);
      expect(run.wallMs).toBeLessThan(LIMIT_MS);
    } finally {
      dropNetns(ns);
    }
  });

  it('a name lookup that fails: the name server does not answer (EAI_AGAIN)', async () => {
    const ns = makeNetns();
    try {
      // `ip netns exec` puts /etc/netns/<name>/resolv.conf in place of /etc/resolv.conf
      mkdirSync(`/etc/netns/${ns}`, { recursive: true });
      writeFileSync(`/etc/netns/${ns}/resolv.conf`, 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n');
      const run = await runChild({ speedUrl: 'https://speed.homeoffice-check.test', stun: ['stun.homeoffice-check.test:3478'] }, { netns: ns });
      expectNetworkError(run, /^(EAI_AGAIN|ENOTFOUND)$/);
    } finally {
      dropNetns(ns);
    }
  });

  it('a black hole: the link is up and every packet vanishes without an answer (ETIMEDOUT, within the time limit)', async () => {
    // two namespaces joined by a veth pair; the far end has no address, so what reaches it is dropped
    // in silence; a fixed neighbour entry spares the ARP that would otherwise fail loudly
    const sink = makeNetns();
    const here = makeNetns();
    const [a, b] = [`hb${process.pid % 100000}a${serial}`, `hb${process.pid % 100000}b${serial}`];
    try {
      expect(ip('-n', here, 'link', 'add', a, 'type', 'veth', 'peer', 'name', b, 'netns', sink).status).toBe(0);
      ip('-n', sink, 'link', 'set', b, 'up');
      ip('-n', here, 'addr', 'add', '10.66.0.1/24', 'dev', a);
      ip('-n', here, 'link', 'set', a, 'up');
      const mac = spawnSync('ip', ['netns', 'exec', sink, 'cat', `/sys/class/net/${b}/address`], { encoding: 'utf8' }).stdout.trim();
      expect(mac).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
      expect(ip('-n', here, 'neigh', 'replace', '10.66.0.2', 'lladdr', mac, 'dev', a, 'nud', 'permanent').status).toBe(0);
      const run = await runChild({ speedUrl: 'http://10.66.0.2:8080', stun: ['10.66.0.2:3478'] }, { netns: here });
      expectNetworkError(run, /^ETIMEDOUT$/);
    } finally {
      dropNetns(here);
      dropNetns(sink);
    }
  });
});

// --- on 127.0.0.1 --------------------------------------------------------------------------------

describe('against servers on 127.0.0.1', () => {
  let silent: StunServer;
  beforeAll(async () => {
    // UDP that never answers, as behind a portal or a proxy-only network
    silent = await startStunServer({ silent: true });
  });
  afterAll(() => silent.close());

  it('refused: nothing listens (ECONNREFUSED), at once', async () => {
    const closed = await startSpeedServer();
    await closed.close();
    const result = await runHere(closed.url, [`127.0.0.1:${await freeUdpPort()}`]);
    expect(result).toMatchObject({ status: 'unknown', reason: { code: 'network-error', detail: 'ECONNREFUSED' } });
    expect(result.durationMs).toBeLessThan(3000);
  });

  it('a proxy that opens no tunnel (no CONNECT): network-error naming the proxy\u2019s answer, not undici\u2019s UND_ERR_ABORTED', async () => {
    let connects = 0;
    const proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (_req, socket) => {
      connects += 1;
      socket.end('HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      // the speed server is never reached: every request has to go through the proxy
      const run = await runChild(
        { speedUrl: 'http://127.0.0.1:9', stun: [`127.0.0.1:${silent.port}`] },
        { env: { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: '', no_proxy: '' } },
      );
      expectNetworkError(run, /^proxy HTTP 405, ETIMEDOUT$/);
      expect(connects).toBeGreaterThan(0);
    } finally {
      proxy.close();
    }
  });

  for (const [what, answer, detail] of [
    [
      'a captive portal answering every request with its login page (HTTP 200, HTML): never a figure',
      (res: http.ServerResponse) =>
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Log in to the hotel Wi-Fi</title><form>Room number</form>'),
      /^unexpected answer: text\/html, ETIMEDOUT$/,
    ],
    [
      'a captive portal redirecting to its login page (HTTP 302)',
      (res: http.ServerResponse) => res.writeHead(302, { location: 'http://portal.example/login' }).end(),
      /^HTTP 302, ETIMEDOUT$/,
    ],
    [
      'a portal answering 511 Network Authentication Required (RFC 6585)',
      (res: http.ServerResponse) => res.writeHead(511, { 'content-type': 'text/html' }).end('<html>sign in</html>'),
      /^HTTP 511, ETIMEDOUT$/,
    ],
  ] as const) {
    it(what, async () => {
      const portal = http.createServer((req, res) => {
        req.resume();
        answer(res);
      });
      await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
      try {
        const result = await runHere(`http://127.0.0.1:${(portal.address() as AddressInfo).port}`, [`127.0.0.1:${silent.port}`]);
        expect(result.status).toBe('unknown');
        expect(result.reason).toMatchObject({ code: 'network-error', detail: expect.stringMatching(detail) });
        expect(result.facts).toMatchObject({ downloadMbps: null, uploadMbps: null, latencyMs: null });
        expect(result.durationMs).toBeLessThan(LIMIT_MS);
      } finally {
        portal.close();
      }
    });
  }

  it('a portal that lets the latency through but answers the download with a page of the wrong size: no throughput figure', async () => {
    const portal = http.createServer((req, res) => {
      req.resume();
      if (req.url === '/__down?bytes=0') return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '0' }).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.alloc(512));
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    try {
      const result = await runHere(`http://127.0.0.1:${(portal.address() as AddressInfo).port}`, [`127.0.0.1:${silent.port}`]);
      expect(result.facts).toMatchObject({
        downloadMbps: null,
        throughput: { reason: { code: 'network-error', detail: expect.stringMatching(/^unexpected answer: 512 of \d+ bytes/) } },
      });
      expect(result.status).not.toBe('pass');
    } finally {
      portal.close();
    }
  });
});
