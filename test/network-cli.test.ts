/** The network check through the built CLI, against servers this test starts on 127.0.0.1. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSpeedServer, startStunServer, type SpeedServer, type StunServer } from '../src/probe/net/testserver.js';
import { ReportSchema } from '../src/report/schema.js';
import { BIN, ROOT, runCli } from './helpers/cli.js';
import { freeUdpPort } from './helpers/net.js';

const netResult = (stdout: string) => {
  const report = ReportSchema.parse(JSON.parse(stdout));
  const result = report.checks.find((c) => c.id === 'network-quality');
  expect(result).toBeDefined();
  return result!;
};

describe('network-quality through the CLI', () => {
  let http: SpeedServer;
  let stun: StunServer;
  beforeAll(async () => {
    http = await startSpeedServer({ downBps: 20e6, upBps: 2e6 });
    stun = await startStunServer({ delayMs: 60, jitterMs: 10, loss: 0, seed: 9 });
  });
  afterAll(async () => {
    await http.close();
    await stun.close();
  });

  it('measures the shaped line: figures near the truth, the dashboard names, the verdict for 2 Mbit/s up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoc-net-'));
    const args = ['--json', '--no-questions', '--only', 'network-quality', '--speed-url', http.url, '--stun', `127.0.0.1:${stun.port}`];
    const run = await runCli([...args, '--record', join(dir, 'bundle.json')]);
    expect([0, 1]).toContain(run.code);
    const result = netResult(run.stdout);
    const f = result.facts as Record<string, unknown>;
    for (const name of ['downloadMbps', 'uploadMbps', 'latencyMs', 'jitterMs', 'lossPercent', 'udp', 'loadedLatencyMs', 'mos']) expect(f).toHaveProperty(name);
    expect(f.udp).toBe(true);
    expect((f.downloadMbps as number) / 20).toBeGreaterThan(0.8);
    expect((f.downloadMbps as number) / 20).toBeLessThan(1.3);
    expect((f.uploadMbps as number) / 2).toBeGreaterThan(0.7);
    expect((f.uploadMbps as number) / 2).toBeLessThan(1.4);
    expect((f.latencyMs as number) / 65).toBeGreaterThan(0.9);
    expect((f.latencyMs as number) / 65).toBeLessThan(1.4);
    expect(f.lossPercent).toBe(0);
    expect(f.groupHd).toBe(false);
    // 2 Mbit/s up is between 1.5 and 3: marginal for HD
    expect(result.status).toBe('warn');
    expect(result.summary).toMatch(/below the 3 Mbit\/s/);
    expect(result.durationMs).toBeLessThanOrEqual(10_000);
    expect(run.stdout).not.toMatch(/"(address|mapped)"/);

    // the recording replays to the same facts without any server
    const replay = await runCli([...args, '--replay', join(dir, 'bundle.json')]);
    const replayed = netResult(replay.stdout);
    expect(replayed.facts).toEqual(result.facts);
    expect(replayed.status).toBe(result.status);
    expect(readFileSync(join(dir, 'bundle.json'), 'utf8')).toContain('net.download');
  });

  it('--offline: skipped, and nothing contacted', async () => {
    const before = stun.stats.requests;
    const run = await runCli(['--json', '--no-questions', '--offline', '--only', 'network-quality', '--speed-url', http.url, '--stun', `127.0.0.1:${stun.port}`]);
    expect(netResult(run.stdout).status).toBe('skipped');
    expect(stun.stats.requests).toBe(before);
  });

  it('closed ports: unknown with the reason, quickly', async () => {
    const closed = await startSpeedServer();
    await closed.close();
    const run = await runCli(['--json', '--no-questions', '--only', 'network-quality', '--speed-url', closed.url, '--stun', `127.0.0.1:${await freeUdpPort()}`]);
    const result = netResult(run.stdout);
    expect(result.status).toBe('unknown');
    expect(result.summary).toContain('ECONNREFUSED');
    expect(result.durationMs).toBeLessThan(3000);
  });

  it('no network at all (a network namespace of its own): the public default endpoints give unknown with the reason, quickly, and every other check still runs', async () => {
    // `unshare -n`: only a loopback interface that is down; nothing can leave, not even a name lookup
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('unshare', ['-n', process.execPath, BIN, '--json', '--no-questions', '--lang', 'en'], {
        cwd: ROOT,
        env: { ...process.env, LANG: 'C.UTF-8' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    const result = netResult(run.stdout);
    // no endpoint flag and no policy: the defaults (speed.cloudflare.com, stun.cloudflare.com) were tried
    expect(result.status).toBe('unknown');
    expect(result.summary).toMatch(/EAI_AGAIN|ENOTFOUND|ENETUNREACH/);
    expect(result.durationMs).toBeLessThan(3000);
    expect(report.checks.filter((c) => c.id !== 'network-quality').every((c) => c.status !== 'unknown' || !/failed unexpectedly/.test(c.summary))).toBe(true);
  });
});
