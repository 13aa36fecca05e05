/**
 * The network check through the engine, against servers this test starts on 127.0.0.1: in process
 * (a live probe that records, then the recording replayed), and one run of the built CLI in a
 * network namespace with no network at all.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import check from '../checks/network-quality/index.js';
import type { Lang } from '../src/i18n/index.js';
import { defaultPolicy } from '../src/policy.js';
import { LiveProbe } from '../src/probe/live.js';
import { startSpeedServer, startStunServer, type SpeedServer, type StunServer } from '../src/probe/net/testserver.js';
import { ReplayProbe } from '../src/probe/replay.js';
import type { Probe } from '../src/probe/types.js';
import { ReportSchema } from '../src/report/schema.js';
import { runAssessment } from '../src/run.js';
import { BIN, ROOT } from './helpers/cli.js';
import { freeUdpPort } from './helpers/net.js';

/** One run of the network check through the engine, as the CLI runs it, with the given probe. */
export async function runNetwork(probe: Probe, endpoints: { speedUrl: string; stun: string[] }, { offline = false, lang = 'en' as Lang } = {}) {
  const report = await runAssessment({
    probe,
    checks: [check],
    questions: [],
    policy: defaultPolicy,
    options: { offline, ...endpoints },
    lang,
    version: '0.0.0-test',
    answers: {},
  });
  return report.checks[0]!;
}

describe('network-quality through the engine', () => {
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

  it('measures the shaped line: figures near the truth, the dashboard names, the verdict for 2 Mbit/s up; the recording replays to the same', async () => {
    const endpoints = { speedUrl: http.url, stun: [`127.0.0.1:${stun.port}`] };
    const live = new LiveProbe({ record: true });
    const result = await runNetwork(live, endpoints);
    const f = result.facts as Record<string, unknown>;
    // the names the fleet summary and IT dashboards read stay at the top of the facts
    for (const name of ['downloadMbps', 'uploadMbps', 'latencyMs', 'jitterMs', 'lossPercent', 'udp', 'loadedLatencyMs', 'mos']) expect(f).toHaveProperty(name);
    expect(f.udp).toBe(true);
    expect((f.downloadMbps as number) / 20).toBeGreaterThan(0.8);
    expect((f.downloadMbps as number) / 20).toBeLessThan(1.3);
    expect((f.uploadMbps as number) / 2).toBeGreaterThan(0.7);
    expect((f.uploadMbps as number) / 2).toBeLessThan(1.4);
    expect((f.latencyMs as number) / 65).toBeGreaterThan(0.9);
    expect((f.latencyMs as number) / 65).toBeLessThan(1.4);
    expect(f.lossPercent).toBe(0);
    expect(f.latency).toMatchObject({ reason: null });
    expect(f.throughput).toMatchObject({ reason: null });
    // 2 Mbit/s up is between 1.5 and 3: marginal for HD, and short of group HD
    expect(result.status).toBe('warn');
    expect(result.summary).toMatch(/below the 3 Mbit\/s/);
    expect(result.summary).toMatch(/Not enough for HD video in group meetings/);
    expect(result.durationMs).toBeLessThanOrEqual(10_000);
    expect(JSON.stringify(result)).not.toMatch(/"(address|mapped)"/);

    // the recording replays to the same facts without any server
    const bundle = live.bundle('test');
    expect(bundle.interactions.some((i) => i.type === 'call' && i.name === 'net.download')).toBe(true);
    const replayed = await runNetwork(new ReplayProbe(bundle), endpoints);
    expect(replayed.facts).toEqual(result.facts);
    expect(replayed.status).toBe(result.status);
  });

  it('offline: skipped, and nothing contacted', async () => {
    const before = stun.stats.requests;
    const result = await runNetwork(new LiveProbe(), { speedUrl: http.url, stun: [`127.0.0.1:${stun.port}`] }, { offline: true });
    expect(result.status).toBe('skipped');
    expect(result.reason).toEqual({ code: 'offline' });
    expect(stun.stats.requests).toBe(before);
  });

  it('closed ports: unknown with the network-error code and the errno, quickly; in Bokmål too', async () => {
    const closed = await startSpeedServer();
    await closed.close();
    const endpoints = { speedUrl: closed.url, stun: [`127.0.0.1:${await freeUdpPort()}`] };
    const result = await runNetwork(new LiveProbe(), endpoints, { lang: 'nb' });
    expect(result.status).toBe('unknown');
    expect(result.reason).toEqual({ code: 'network-error', detail: 'ECONNREFUSED' });
    expect(result.summary).toBe('Fikk ikke kontakt med testserverne, så nettverkskvaliteten er ukjent. Årsak: fikk ikke kontakt over nettet.');
    expect(result.durationMs).toBeLessThan(3000);
  });
});

describe('the built CLI with no network at all', () => {
  it('a network namespace of its own: the public default endpoints give unknown with the reason, quickly, and every other check still runs', async () => {
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
    const result = report.checks.find((c) => c.id === 'network-quality')!;
    // no endpoint flag and no policy: the defaults (speed.cloudflare.com, stun.cloudflare.com) were tried
    expect(result.status).toBe('unknown');
    expect(result.reason?.code).toBe('network-error');
    expect(result.reason?.detail).toMatch(/EAI_AGAIN|ENOTFOUND|ENETUNREACH/);
    expect(result.durationMs).toBeLessThan(3000);
    expect(report.checks.filter((c) => c.id !== 'network-quality').every((c) => c.reason?.code !== 'internal')).toBe(true);
  });
});
