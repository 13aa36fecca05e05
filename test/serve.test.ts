/**
 * The collector (`homeoffice-check serve`) with its folder store, on 127.0.0.1: it refuses to start
 * without a token; POST /reports refuses what is unauthenticated, malformed, not a report or too
 * large, and answers 201 only for a report stored durably (a retry: 200, the same id, one file);
 * 1,000 reports from 50 concurrent clients are all stored, once each, while slow and bad requests
 * are refused beside them; a kill -9 during ingestion loses no report answered 201; the page and
 * the summary it serves are the ones `summarize` makes of its folder.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/schema.js';
import { FleetSummarySchema, type FleetSummary } from '../src/report/summarize.js';
import { createCollector, type Collector } from '../src/serve/server.js';
import { FolderStore } from '../src/serve/store.js';
import { summarizeFiles } from '../src/summarize.js';
import { runCli } from './helpers/cli.js';
import { makeFleet, onDevice, type Fleet } from './helpers/fleet.js';
import { auth, postReport, postUntilKilled, request, startServe, TOKEN } from './helpers/serve.js';

let fleet: Fleet;
let dir: string;
let collector: Collector;
let port: number;

beforeAll(async () => {
  fleet = await makeFleet();
  dir = mkdtempSync(join(tmpdir(), 'hoc-serve-'));
  collector = createCollector({ store: new FolderStore(dir), token: TOKEN, lang: 'en', headersTimeoutMs: 1000, requestTimeoutMs: 2000, summaryMaxAgeMs: 0 });
  port = await collector.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await collector?.close();
});

/** every stored report file: id → text */
function storedFiles(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const reports = join(root, 'reports');
  for (const sub of readdirSync(reports))
    for (const f of readdirSync(join(reports, sub))) out.set(f.replace(/\.json$/, ''), readFileSync(join(reports, sub, f), 'utf8'));
  return out;
}

const variant = (i: number): Report =>
  onDevice(fleet.reports[i % fleet.reports.length]!, `pc-${i % 400}`, new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), `user-${i}`);

describe('serve: starting', () => {
  it('refuses to start without a token, or with a short one, and exits 2', async () => {
    const none = await runCli(['serve', '--port', '0'], { env: { HOMEOFFICE_CHECK_SERVE_TOKEN: '' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^homeoffice-check: serve: set HOMEOFFICE_CHECK_SERVE_TOKEN/);
    const short = await runCli(['serve', '--port', '0'], { env: { HOMEOFFICE_CHECK_SERVE_TOKEN: 'short' } });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('at least 16 characters');
    const both = await runCli(['serve', '--data', dir, '--db', 'postgres://x/y'], { env: { HOMEOFFICE_CHECK_SERVE_TOKEN: TOKEN } });
    expect(both.code).toBe(2);
    const db = await runCli(['serve', '--port', '0', '--db', 'postgres://nobody:secret-pw@127.0.0.1:1/x'], { env: { HOMEOFFICE_CHECK_SERVE_TOKEN: TOKEN } });
    expect(db.code).toBe(2);
    expect(db.stderr).toMatch(/^homeoffice-check: serve: cannot use the database: connect ECONNREFUSED/);
    expect(db.stderr).not.toContain('secret-pw');
    const help = await runCli(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--db URL');
  });

  it('a port in use is a usage error, exit 2', async () => {
    const r = await runCli(['serve', '--port', String(port), '--data', mkdtempSync(join(tmpdir(), 'hoc-serve-busy-'))], {
      env: { HOMEOFFICE_CHECK_SERVE_TOKEN: TOKEN },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the port is in use');
  });
});

describe('serve: POST /reports', () => {
  it('stores a valid report durably as its canonical JSON, answers 201, and a retry 200 with the same id', async () => {
    const report = variant(0);
    const first = await postReport(port, report);
    expect(first.status).toBe(201);
    const { id, created } = JSON.parse(first.body) as { id: string; created: boolean };
    expect(created).toBe(true);
    const text = readFileSync(join(dir, 'reports', id.slice(0, 2), `${id}.json`), 'utf8');
    expect(createHash('sha256').update(text.trimEnd()).digest('hex')).toBe(id);
    expect(JSON.parse(text)).toEqual(report);
    const again = await postReport(port, report);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual({ id, created: false });
    // unknown keys are not stored, so a report with one is the same report
    const extra = await postReport(port, { ...report, injected: '<script>' });
    expect(JSON.parse(extra.body)).toEqual({ id, created: false });
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('refuses without a token, with a wrong one, malformed JSON, a non-report, another content type, and an oversized body', async () => {
    const before = storedFiles(dir).size;
    const report = variant(1);
    expect((await request(port, 'POST', '/reports', JSON.stringify(report))).status).toBe(401);
    expect((await postReport(port, report, 'wrong-token-0123456789')).status).toBe(401);
    expect(
      (await request(port, 'POST', '/reports', JSON.stringify(report), { authorization: `Basic ${Buffer.from(`x:${TOKEN}x`).toString('base64')}` })).status,
    ).toBe(401);
    const bad = await request(port, 'POST', '/reports', '{"schemaVersion": 1', auth());
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/^not valid JSON/);
    const bundle = await request(port, 'POST', '/reports', readFileSync('test/fixtures/bundles/linux-firewall-none.json'), auth());
    expect(bundle.status).toBe(422);
    expect(JSON.parse(bundle.body).error).toMatch(/^not a valid report: /);
    expect((await request(port, 'POST', '/reports', JSON.stringify(report), { ...auth(), 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(
      415,
    );
    // declared too large: refused before the body is read
    const declared = await request(port, 'POST', '/reports', Buffer.alloc(3 * 1024 * 1024, 0x20), auth());
    expect(declared.status).toBe(413);
    // sent in chunks without a length: cut off when it passes the cap
    const chunked = await new Promise<number>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /reports HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${TOKEN}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`,
        );
        const chunk = Buffer.alloc(256 * 1024, 0x20);
        for (let i = 0; i < 12; i += 1) socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`);
      });
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0)));
      socket.on('error', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0)));
      setTimeout(() => reject(new Error('no answer')), 20_000);
    });
    expect(chunked).toBe(413);
    expect((await request(port, 'GET', '/reports')).status).toBe(405);
    expect((await request(port, 'GET', '/nothing-here')).status).toBe(404);
    expect(storedFiles(dir).size).toBe(before);
  });

  it('1,000 reports from 50 concurrent clients: every one 201, stored once; retries 200; slow and bad requests refused beside them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hoc-serve-load-'));
    const load = createCollector({ store: new FolderStore(root), token: TOKEN, lang: 'en', headersTimeoutMs: 1000, requestTimeoutMs: 2000 });
    const loadPort = await load.listen(0, '127.0.0.1');
    try {
      // a slow-loris client that dribbles headers, and one that dribbles a body, all through the load
      const slow = (body: boolean) =>
        new Promise<string>((resolve) => {
          const socket = net.connect(loadPort, '127.0.0.1');
          let text = '';
          socket.on('data', (d) => (text += d.toString()));
          socket.on('close', () => resolve(text));
          socket.on('error', () => resolve(text));
          socket.write(`POST /reports HTTP/1.1\r\nhost: x\r\n${body ? `authorization: Bearer ${TOKEN}\r\ncontent-length: 100000\r\n\r\n` : ''}`);
          const timer = setInterval(() => {
            if (socket.destroyed) return clearInterval(timer);
            socket.write(body ? ' ' : `x-slow-${Date.now()}: 1\r\n`);
          }, 200);
          socket.on('close', () => clearInterval(timer));
        });
      const slowHeaders = slow(false);
      const slowBody = slow(true);
      const ids = new Map<number, string>();
      const statuses: number[] = [];
      let next = 0;
      const client = async () => {
        for (let i = next++; i < 1000; i = next++) {
          const answer = await postReport(loadPort, variant(i));
          statuses.push(answer.status);
          if (answer.status === 201) ids.set(i, (JSON.parse(answer.body) as { id: string }).id);
          // every tenth client request, a bad one beside it
          if (i % 10 === 0) {
            const bad = await request(loadPort, 'POST', '/reports', i % 20 === 0 ? '{not json' : JSON.stringify(variant(i)), i % 20 === 0 ? auth() : {});
            expect([400, 401]).toContain(bad.status);
          }
        }
      };
      await Promise.all(Array.from({ length: 50 }, client));
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      expect(new Set(ids.values()).size).toBe(1000);
      // retries of 100 of them: answered 200, nothing more stored
      const retries = await Promise.all(Array.from({ length: 100 }, (_, k) => postReport(loadPort, variant(k * 10))));
      expect(retries.map((r) => r.status)).toEqual(Array(100).fill(200));
      const stored = storedFiles(root);
      expect(stored.size).toBe(1000);
      for (const [i, id] of ids) expect(JSON.parse(stored.get(id)!), String(i)).toEqual(variant(i));
      // the slow clients, which would dribble forever, were cut off by the server's timeouts, not served
      expect(await slowHeaders).not.toMatch(/^HTTP\/1\.1 [23]/);
      expect(await slowBody).not.toMatch(/^HTTP\/1\.1 [23]/);
      // and the summary has them all: 400 devices
      const s = FleetSummarySchema.parse(JSON.parse((await request(loadPort, 'GET', '/summary.json', undefined, auth())).body));
      expect(s.reports.valid).toBe(1000);
      expect(s.deviceCounts.identified).toBe(400);
    } finally {
      await load.close();
    }
  });
});

describe('serve: the fleet page and summary', () => {
  it('asks for the token (Basic, for a browser) and serves what summarize makes of its folder', async () => {
    for (const r of fleet.reports.slice(0, 6)) expect([200, 201]).toContain((await postReport(port, onDevice(r, `host-${r.startedAt}`, r.startedAt))).status);
    const page = await request(port, 'GET', '/');
    expect(page.status).toBe(401);
    expect(page.headers['www-authenticate']).toMatch(/^Basic realm="homeoffice-check"/);
    const basic = { authorization: `Basic ${Buffer.from(`it:${TOKEN}`).toString('base64')}` };
    const html = await request(port, 'GET', '/', undefined, basic);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(html.body).toMatch(/^<!doctype html>/);
    const served = FleetSummarySchema.parse(JSON.parse((await request(port, 'GET', '/summary.json', undefined, auth())).body));
    const fromFolder = await summarizeFiles([join(dir, 'reports')], 'en');
    const same = (s: FleetSummary) => ({ ...s, generatedAt: null, devices: s.devices.map((d) => ({ ...d, daysSinceReport: null, stale: null })) });
    expect(same(served)).toEqual(same(fromFolder));
    const csv = await request(port, 'GET', '/devices.csv', undefined, auth());
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(served.devices.length + 1);
    expect((await request(port, 'GET', '/health')).status).toBe(200);
  });
});

describe('serve: HTTPS', () => {
  it('serves HTTPS with --cert and --key, and a client that trusts the certificate posts a report', async () => {
    const tls = mkdtempSync(join(tmpdir(), 'hoc-serve-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(tls, 'key.pem'),
        '-out',
        join(tls, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const served = await startServe(['--data', join(tls, 'data'), '--cert', join(tls, 'cert.pem'), '--key', join(tls, 'key.pem')]);
    try {
      expect(served.stderr()).toMatch(/listening on https:\/\/127\.0\.0\.1:\d+\//);
      const status = await new Promise<number>((resolve, reject) => {
        const req = https.request(
          {
            host: '127.0.0.1',
            port: served.port,
            method: 'POST',
            path: '/reports',
            ca: readFileSync(join(tls, 'cert.pem')),
            headers: { 'content-type': 'application/json', ...auth() },
            agent: false,
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(variant(7)));
      });
      expect(status).toBe(201);
      // plain HTTP to the HTTPS port is not served
      await expect(request(served.port, 'GET', '/health')).rejects.toThrow();
    } finally {
      served.child.kill('SIGTERM');
    }
    const missing = await runCli(['serve', '--port', '0', '--cert', join(tls, 'nope.pem'), '--key', join(tls, 'key.pem')], {
      env: { HOMEOFFICE_CHECK_SERVE_TOKEN: TOKEN },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the certificate or key '.*nope\.pem': no such file/);
  });
});

describe('serve: kill -9 during ingestion', () => {
  it('loses no report answered 201, leaves no half-written report, and takes the rest after a restart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hoc-serve-kill-'));
    const served = await startServe(['--data', root]);
    const { acked, sent } = await postUntilKilled(served, variant);
    await new Promise((resolve) => (served.child.exitCode !== null || served.child.signalCode !== null ? resolve(null) : served.child.once('exit', resolve)));
    expect(served.child.signalCode).toBe('SIGKILL');
    const stored = storedFiles(root);
    expect(acked.size).toBeGreaterThanOrEqual(150);
    for (const [i, id] of acked) {
      expect(stored.has(id), `report ${i} answered 201`).toBe(true);
      expect(JSON.parse(stored.get(id)!)).toEqual(variant(i));
    }
    // every file in place is whole: its name is the hash of its text
    for (const [id, text] of stored) expect(createHash('sha256').update(text.trimEnd()).digest('hex')).toBe(id);
    // after a restart the same folder takes the reports again: those stored are 200, the rest 201
    const again = await startServe(['--data', root]);
    try {
      const answers = await Promise.all(Array.from({ length: sent }, (_, i) => postReport(again.port, variant(i))));
      answers.forEach((a, i) => expect(a.status, String(i)).toBe(stored.has((JSON.parse(a.body) as { id: string }).id) ? 200 : 201));
      expect(storedFiles(root).size).toBe(sent);
    } finally {
      again.child.kill('SIGTERM');
    }
  });
});
