/**
 * The report token stays where it belongs. A collector on this machine is never reached through a
 * proxy (which would read the bearer token and the report in clear text over http://); the token
 * variables are not in the environment of any program the tool starts, whether the probe runs it
 * or a system library does. A proxy and a collector are started here on 127.0.0.1; fake programs
 * on PATH write down the environment they were given.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wifiConnections } from '../src/probe/libraries.js';
import { commandEnv, LiveProbe, withheldSecrets } from '../src/probe/live.js';
import { runCli } from './helpers/cli.js';

const TOKEN = 'Bearer s3cr3t-collector-token';
const tmp = () => mkdtempSync(join(tmpdir(), 'hoc-token-'));
const BASE = ['--json', '--no-questions', '--offline', '--lang', 'en', '--replay', 'test/fixtures/bundles/linux-firewall-ufw-active.json'];

interface Seen {
  method: string;
  target: string;
  headers: http.IncomingHttpHeaders;
}

/** An HTTP proxy that writes down every request and CONNECT it gets, and forwards none. */
async function startProxy(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', target: req.url ?? '', headers: req.headers });
    res.writeHead(502).end();
  });
  server.on('connection', (s) => sockets.add(s));
  server.on('connect', (req, socket) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '', headers: req.headers });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('a collector on this machine is never reached through a proxy', () => {
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let collector: http.Server;
  let port: number;
  const received: Seen[] = [];
  beforeAll(async () => {
    proxy = await startProxy();
    collector = http.createServer((req, res) => {
      received.push({ method: req.method ?? '', target: req.url ?? '', headers: req.headers });
      req.resume().on('end', () => res.writeHead(200).end('{}'));
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    port = (collector.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise<void>((resolve) => collector.close(() => resolve()));
  });

  const proxyEnv = () => ({
    HTTP_PROXY: proxy.url,
    HTTPS_PROXY: proxy.url,
    http_proxy: proxy.url,
    https_proxy: proxy.url,
    NO_PROXY: '',
    no_proxy: '',
    HOMEOFFICE_CHECK_REPORT_AUTH: TOKEN,
  });

  for (const host of ['127.0.0.1', 'localhost']) {
    it(`http://${host}: straight to the collector with the token; the proxy sees nothing`, async () => {
      received.length = 0;
      proxy.seen.length = 0;
      const run = await runCli([...BASE, '--report-url', `http://${host}:${port}/ingest`], { env: proxyEnv() });
      expect(run.stderr).toBe('');
      expect(proxy.seen).toEqual([]);
      expect(received).toHaveLength(1);
      expect(received[0]!.headers.authorization).toBe(TOKEN);
    });
  }

  it('the proxy is still used for a collector elsewhere (it gets the CONNECT, and forwards nothing)', async () => {
    proxy.seen.length = 0;
    const run = await runCli([...BASE, '--report-url', 'https://collector.example.test/ingest', '--report-timeout', '2'], { env: proxyEnv() });
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).toMatch(/could not be sent/);
    expect(proxy.seen.map((s) => `${s.method} ${s.target}`)).toContain('CONNECT collector.example.test:443');
    // through a CONNECT tunnel the proxy never sees the header
    expect(JSON.stringify(proxy.seen)).not.toContain('s3cr3t');
  });
});

describe('the token variables are not passed to the programs the tool starts', () => {
  // the system library that starts programs is node-wifi (nmcli, on Linux)
  const SECRETS = { HOMEOFFICE_CHECK_REPORT_AUTH: TOKEN, HOMEOFFICE_CHECK_REPORT_HEADER: 'X-Token', HOMEOFFICE_CHECK_SIGNING_KEY: 'k'.repeat(32) };

  it('commandEnv drops them and keeps the rest', () => {
    const env = commandEnv({}, { PATH: '/bin', HOME: '/h', ...SECRETS });
    expect(env.PATH).toBe('/bin');
    expect(env.HOME).toBe('/h');
    for (const name of Object.keys(SECRETS)) expect(env[name]).toBeUndefined();
  });

  /** fake programs that write their environment into a file each, then answer as the real ones might */
  function spyPath(dir: string, programs: Record<string, string>): NodeJS.ProcessEnv {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const [name, answer] of Object.entries(programs)) {
      writeFileSync(join(bin, name), `#!/bin/sh\n{ env; echo '-- end of run'; } >> '${join(dir, `${name}.env`)}'\n${answer}\n`);
      chmodSync(join(bin, name), 0o755);
    }
    return { PATH: `${bin}:${process.env.PATH}` };
  }

  it("a live run: the probe's commands (id) get none of them", async () => {
    const dir = tmp();
    const env = spyPath(dir, { id: 'echo 1000' });
    const run = await runCli(['--json', '--no-questions', '--offline', '--only', 'admin-rights', '-o', join(dir, 'r.json')], { env: { ...env, ...SECRETS } });
    expect([0, 1]).toContain(run.code);
    const seen = readFileSync(join(dir, 'id.env'), 'utf8');
    // id -u and id -Gn
    expect(seen.split('-- end of run').length - 1).toBeGreaterThanOrEqual(2);
    expect(seen).toContain('PATH=');
    for (const name of Object.keys(SECRETS)) expect(seen, `${name} in id's environment`).not.toContain(name);
    expect(seen).not.toContain('s3cr3t');
  });

  it('a system library that starts programs with process.env (node-wifi: nmcli) gets none of them either', async () => {
    const dir = tmp();
    const { PATH } = spyPath(dir, { nmcli: 'exit 0' });
    const saved = { ...process.env };
    try {
      Object.assign(process.env, SECRETS, { PATH });
      const probe = new LiveProbe();
      await probe.call('node-wifi.getCurrentConnections', [], () => wifiConnections()).catch(() => undefined);
      const seen = readFileSync(join(dir, 'nmcli.env'), 'utf8');
      expect(seen).toContain('PATH=');
      for (const name of Object.keys(SECRETS)) expect(seen, `${name} in nmcli's environment`).not.toContain(name);
      // and the CLI still has them, for the upload and the signature
      expect(withheldSecrets()).toMatchObject(SECRETS);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});
