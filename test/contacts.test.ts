/**
 * The tool contacts nothing but its measurement endpoints and, when asked, the report URL. Watched
 * from outside the process: the built CLI runs under strace, which sees every connect() and every
 * datagram sent by the tool and by any program it starts (node-wifi's commands included).
 * The endpoints are servers this file starts on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSpeedServer, startStunServer, type SpeedServer, type StunServer } from '../src/probe/net/testserver.js';
import { BIN, ROOT } from './helpers/cli.js';

interface Contact {
  call: string;
  family: 'AF_INET' | 'AF_INET6';
  address: string;
  port: number;
}

/** Every IP destination in an strace log of connect/sendto/sendmsg: the calls that name a peer. */
export function ipContacts(log: string): Contact[] {
  const contacts: Contact[] = [];
  for (const line of log.split('\n')) {
    const call = /^\d+\s+(connect|sendto|sendmsg)\(/.exec(line)?.[1];
    if (!call) continue;
    const v4 = /sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/.exec(line);
    if (v4) contacts.push({ call, family: 'AF_INET', address: v4[2]!, port: Number(v4[1]) });
    const v6 = /sa_family=AF_INET6, sin6_port=htons\((\d+)\).*?inet_pton\(AF_INET6, "([^"]+)"/.exec(line);
    if (v6) contacts.push({ call, family: 'AF_INET6', address: v6[2]!, port: Number(v6[1]) });
  }
  return contacts;
}

/** The CLI under strace, asynchronously: the servers it talks to live in this process. */
function traced(args: string[]): Promise<{ code: number | null; contacts: Contact[]; log: string }> {
  const log = join(mkdtempSync(join(tmpdir(), 'hoc-contacts-')), 'strace.log');
  return new Promise((resolve, reject) => {
    const child = spawn('strace', ['-f', '-qq', '-e', 'trace=connect,sendto,sendmsg', '-e', 'signal=none', '-o', log, process.execPath, BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'C.UTF-8', NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}: ${stderr}`));
      const text = readFileSync(log, 'utf8');
      resolve({ code, contacts: ipContacts(text), log: text });
    });
  });
}

describe('what the tool contacts', () => {
  let speed: SpeedServer;
  let stun: StunServer;
  let collector: http.Server;
  let collectorPort = 0;
  let received = 0;
  beforeAll(async () => {
    speed = await startSpeedServer({ downBps: 20e6, upBps: 5e6 });
    stun = await startStunServer({ delayMs: 5 });
    collector = http.createServer((req, res) => {
      req.resume().on('end', () => {
        received += 1;
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    collectorPort = (collector.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await speed.close();
    await stun.close();
    await new Promise<void>((resolve) => collector.close(() => resolve()));
  });

  it('reads IPv4 and IPv6 peers from strace lines, and nothing from local sockets', () => {
    const log = [
      '101 connect(21, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("104.16.1.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
      '101 sendmsg(22, {msg_name={sa_family=AF_INET6, sin6_port=htons(3478), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2606:4700::1", &sin6_addr), sin6_scope_id=0}, msg_namelen=28, msg_iov=[]}, 0) = 20',
      '102 connect(3, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)',
      '101 sendto(23, "x", 1, 0, NULL, 0) = 1',
    ].join('\n');
    expect(ipContacts(log)).toEqual([
      { call: 'connect', family: 'AF_INET', address: '104.16.1.1', port: 443 },
      { call: 'sendmsg', family: 'AF_INET6', address: '2606:4700::1', port: 3478 },
    ]);
  });

  it('a full run with the network test and an upload: only the speed server, the STUN server and the collector', async () => {
    const run = await traced([
      '--json',
      '--no-questions',
      '--speed-url',
      speed.url,
      '--stun',
      `127.0.0.1:${stun.port}`,
      '--report-url',
      `http://127.0.0.1:${collectorPort}/ingest`,
    ]);
    const allowed = new Set([`127.0.0.1:${speed.port}`, `127.0.0.1:${stun.port}`, `127.0.0.1:${collectorPort}`]);
    const seen = new Set(run.contacts.map((c) => `${c.address}:${c.port}`));
    // the measurement and the upload really happened, so the watch saw traffic ...
    expect(seen).toContain(`127.0.0.1:${speed.port}`);
    expect(seen).toContain(`127.0.0.1:${stun.port}`);
    expect(seen).toContain(`127.0.0.1:${collectorPort}`);
    expect(received).toBe(1);
    // ... and nothing else: no name lookups, no other host, no other port
    expect([...seen].filter((peer) => !allowed.has(peer))).toEqual([]);
  });

  it('an offline run without a report URL contacts nothing at all', async () => {
    const run = await traced(['--json', '--no-questions', '--offline']);
    expect(run.contacts).toEqual([]);
  });
});
