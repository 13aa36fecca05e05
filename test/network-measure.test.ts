/**
 * The measurement against servers with known behaviour, all on 127.0.0.1. Tolerances are loose
 * (a small shared machine) and stated as ratios to the configured truth; speed figures go to
 * `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectNetwork, PLAN } from '../checks/network-quality/collect.js';
import type { NetFacts } from '../checks/network-quality/facts.js';
import { latencyFigures, lossInterval, throughputMbps } from '../checks/network-quality/metrics.js';
import { BundleSchema } from '../src/probe/bundle.js';
import { LiveProbe } from '../src/probe/live.js';
import { measureHttpLatency, measureThroughput } from '../src/probe/net/http.js';
import { measureStun } from '../src/probe/net/stun.js';
import { startSpeedServer, startStunServer, type SpeedServer, type StunServer } from '../src/probe/net/testserver.js';
import { ReplayProbe } from '../src/probe/replay.js';
import { freeUdpPort, startCoturn, type Coturn } from './helpers/net.js';

const within = (measured: number | null, truth: number, low: number, high: number) => {
  expect(measured).not.toBeNull();
  const ratio = measured! / truth;
  expect(ratio, `measured ${measured} vs true ${truth}`).toBeGreaterThanOrEqual(low);
  expect(ratio, `measured ${measured} vs true ${truth}`).toBeLessThanOrEqual(high);
};

describe('STUN against the shaped test server', () => {
  let server: StunServer;
  beforeAll(async () => {
    server = await startStunServer({ delayMs: 40, jitterMs: 30, loss: 0.1, seed: 42 });
  });
  afterAll(() => server.close());

  it('measures delay, jitter and loss close to what the server does', async () => {
    const run = await measureStun({ host: '127.0.0.1', port: server.port, intervalMs: 20, durationMs: 2000 });
    expect(run.error).toBeUndefined();
    expect(run.mapped).toBe(true);
    const f = latencyFigures(run.rtts);
    // every request seen by the server, and the replies it dropped are the ones missing
    expect(server.stats.requests).toBe(run.rtts.length);
    expect(f.sent - f.received).toBe(server.stats.dropped);
    within(f.lossPercent, 10, 0.4, 1.8);
    // delay 40 + uniform [0, 30): median 55
    within(f.medianMs, 55, 0.9, 1.4);
    // RFC 3550 jitter of uniform [0, a) delays tends to E|X - Y| = a / 3 = 10 ms; a busy machine's
    // timer lateness only adds to it. The client must see the jitter the server really imposed.
    const imposed = latencyFigures(server.stats.heldMs).jitterMs!;
    expect(imposed).toBeGreaterThanOrEqual(6);
    within(f.jitterMs, imposed, 0.7, 1.5);
  });
});

describe('STUN edge cases', () => {
  it('a silent server (UDP blocked): the run gives up early with no answers', async () => {
    const silent = await startStunServer({ silent: true });
    const started = performance.now();
    const run = await measureStun({ host: '127.0.0.1', port: silent.port, intervalMs: 20, durationMs: 3000, giveUpMs: 500 });
    await silent.close();
    expect(run.gaveUp).toBe(true);
    expect(run.rtts.every((r) => r === null)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('a closed port: ECONNREFUSED at once, not after the whole duration', async () => {
    const port = await freeUdpPort();
    const started = performance.now();
    const run = await measureStun({ host: '127.0.0.1', port, intervalMs: 20, durationMs: 5000 });
    expect(run.error).toBe('ECONNREFUSED');
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('a name that does not resolve: its error code', async () => {
    const run = await measureStun({ host: 'no-such-host.invalid', port: 3478, intervalMs: 20, durationMs: 1000 });
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(run.error);
  });
});

describe('coturn (a real STUN server)', () => {
  let coturn: Coturn;
  beforeAll(async () => {
    coturn = await startCoturn();
  });
  afterAll(() => coturn?.stop());

  it('answers every binding request on loopback, matched by transaction id, with a mapped address', async () => {
    const run = await measureStun({ host: '127.0.0.1', port: coturn.port, intervalMs: 20, durationMs: 1000 });
    const f = latencyFigures(run.rtts);
    expect(run.error).toBeUndefined();
    expect(run.mapped).toBe(true);
    expect(f.sent).toBeGreaterThanOrEqual(25);
    expect(f.lossPercent).toBe(0);
    expect(f.medianMs).toBeLessThan(50);
  });
});

describe('HTTP against the shaped test server', () => {
  let server: SpeedServer;
  beforeAll(async () => {
    server = await startSpeedServer({ downBps: 8e6, upBps: 4e6 });
  });
  afterAll(() => server.close());

  it('download at a shaped 8 Mbit/s', async () => {
    const run = await measureThroughput({ base: server.url, direction: 'down', connections: 4, durationMs: 2500, maxBytes: 50e6, binMs: 100 });
    expect(run.error).toBeUndefined();
    within(throughputMbps(run), 8, 0.8, 1.3);
  });

  it('upload at a shaped 4 Mbit/s', async () => {
    const run = await measureThroughput({ base: server.url, direction: 'up', connections: 4, durationMs: 2500, maxBytes: 20e6, binMs: 100 });
    expect(run.error).toBeUndefined();
    within(throughputMbps(run), 4, 0.7, 1.35);
  });

  it('stops at the byte budget', async () => {
    const run = await measureThroughput({ base: server.url, direction: 'down', connections: 4, durationMs: 5000, maxBytes: 300_000, binMs: 100 });
    expect(run.stoppedBy).toBe('bytes');
    expect(run.bytes).toBeLessThanOrEqual(300_000);
  });

  it('a server without the endpoints: an HTTP error, not a figure', async () => {
    const run = await measureThroughput({ base: `${server.url}/nothing-here`, direction: 'down', connections: 2, durationMs: 2000, maxBytes: 1e6, binMs: 100 });
    expect(run).toMatchObject({ stoppedBy: 'error', error: 'HTTP 404' });
  });

  it('a closed port: ECONNREFUSED at once', async () => {
    const closed = await startSpeedServer();
    await closed.close();
    const started = performance.now();
    const run = await measureHttpLatency({ base: closed.url, count: 5, intervalMs: 100 });
    expect(run.error).toBe('ECONNREFUSED');
    expect(performance.now() - started).toBeLessThan(2500);
  });
});

describe('the whole check, recorded and replayed', () => {
  let http: SpeedServer;
  let stun: StunServer;
  beforeAll(async () => {
    http = await startSpeedServer({ downBps: 12e6, upBps: 6e6 });
    stun = await startStunServer({ delayMs: 30, jitterMs: 6, loss: 0.02, seed: 3, loaded: () => http.active() > 0, loadedExtraMs: 40 });
  });
  afterAll(async () => {
    await http.close();
    await stun.close();
  });

  it('measures the shaped line, and the bundle replays to the same facts', async () => {
    const live = new LiveProbe({ record: true });
    const options = { offline: false, speedUrl: http.url, stun: [`127.0.0.1:${await freeUdpPort()}`, `127.0.0.1:${stun.port}`] };
    const notes: string[] = [];
    const facts = await collectNetwork({ probe: live, options, signal: new AbortController().signal, progress: (_f, note) => note && notes.push(note) });
    // the first STUN server is closed: the second one is used
    expect(facts.udp).toBe(true);
    expect(facts.stunServer).toBe(`127.0.0.1:${stun.port}`);
    within(facts.downloadMbps, 12, 0.8, 1.3);
    within(facts.uploadMbps, 6, 0.7, 1.35);
    within(facts.latencyMs, 33, 0.9, 1.4);
    // the STUN server adds 40 ms while a transfer is under way
    within(facts.loadedLatencyRiseMs, 40, 0.6, 1.4);
    expect(facts.mos).toBeGreaterThan(3.5);
    // the loss comes with the interval its probes allow, and the jitter says it is from UDP
    const { sent, received } = facts.latency;
    expect(sent).toBeGreaterThan(50);
    const interval = lossInterval(sent!, sent! - received!)!;
    expect(facts.latency).toMatchObject({ jitterSource: 'udp', lossLowPercent: interval.lowPercent, lossHighPercent: interval.highPercent });
    expect(facts.latency.lossLowPercent!).toBeLessThanOrEqual(facts.lossPercent!);
    expect(facts.latency.lossHighPercent!).toBeGreaterThanOrEqual(facts.lossPercent!);
    expect(new Set(notes)).toEqual(new Set(['latency', 'download', 'upload', 'done']));
    // no address of the machine in the bundle or the facts
    const bundle = BundleSchema.parse(JSON.parse(JSON.stringify(live.bundle('test'))));
    expect(bundle.interactions.map((i) => (i.type === 'call' ? i.name : i.type)).sort()).toEqual([
      'net.download',
      'net.http-latency',
      'net.stun',
      'net.stun',
      'net.stun',
      'net.stun',
      'net.upload',
    ]);
    expect(JSON.stringify(bundle.interactions.map((i) => (i.type === 'call' ? i.result : null)))).not.toContain('127.0.0.1');

    await http.close();
    await stun.close();
    const replayed: NetFacts = await collectNetwork({ probe: new ReplayProbe(bundle), options, signal: new AbortController().signal });
    expect(replayed).toEqual(facts);
  });

  it('nothing listening anywhere: no figures, the reason, and no waiting for the transfers', async () => {
    const port = await freeUdpPort();
    const closed = await startSpeedServer();
    await closed.close();
    const started = performance.now();
    const facts = await collectNetwork({
      probe: new LiveProbe(),
      options: { offline: false, speedUrl: closed.url, stun: [`127.0.0.1:${port}`] },
      signal: new AbortController().signal,
    });
    expect(facts.reason).toMatchObject({ code: 'network-error', detail: expect.stringContaining('ECONNREFUSED') });
    expect(facts.downloadMbps).toBeNull();
    expect(performance.now() - started).toBeLessThan(PLAN.idleMs + 1000);
  });
});
