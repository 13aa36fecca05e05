/**
 * The measurement plan: about 8 s and a bounded number of bytes, against the two configured
 * endpoints only. Every measurement goes through `probe.call`, so a recorded run replays.
 *
 *   1. idle (2 s): STUN binding requests every 10 ms, about 200 (next server when one stays silent
 *      for 1 s), and a few empty HTTP requests: latency over TCP, and the fast answer "no network at all";
 *   2. download (2.8 s, 4 connections, at most 100 MB) with STUN requests every 20 ms beside it
 *      (a call's packet rate; the first 0.5 s, slow start, is not counted as "under load");
 *   3. upload (2.8 s, 4 connections, at most 40 MB), the same.
 * The byte budgets let a 500 Mbit/s line (150 Mbit/s up) run past slow start for more than the
 * 0.9 s the rate figure needs; a slower line never reaches them.
 * The latency under load is kept per direction: a full upload buffer is what breaks calls from home.
 */
import { reason, type CheckContext, type Reason } from '../../src/check.js';
import {
  loadUndici,
  measureHttpLatency,
  measureThroughput,
  type HttpLatencyOptions,
  type HttpLatencyRun,
  type ThroughputOptions,
  type ThroughputRun,
} from '../../src/probe/net/http.js';
import { parseHostPort } from '../../src/probe/net/hostport.js';
import { measureStun, type StunMeasureOptions, type StunRun } from '../../src/probe/net/stun.js';
import type { Probe } from '../../src/probe/types.js';
import { emptyFacts, type NetFacts } from './facts.js';
import { bloatGrade, estimateMos, latencyFigures, lossInterval, percentile, throughputEstimate } from './metrics.js';

export const PLAN = {
  stunIntervalMs: 10,
  loadedStunIntervalMs: 20,
  /** probes sent in the first part of a transfer (slow start) do not count as under load */
  loadedSkipMs: 500,
  idleMs: 2000,
  giveUpMs: 1000,
  httpPings: 8,
  httpPingIntervalMs: 100,
  transferMs: 2800,
  connections: 4,
  maxDownBytes: 100 * 1024 * 1024,
  maxUpBytes: 40 * 1024 * 1024,
  binMs: 100,
  loadedGraceMs: 300,
};

/** errors that say there is no way to the server at all: no need to wait for anything else */
const NO_ROUTE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNREFUSED', 'ENETDOWN', 'EADDRNOTAVAIL', 'ETIMEDOUT', 'ECONNRESET']);

type Plan = typeof PLAN;

/**
 * The reason for what the measurements reported as their errors. A speed server that is there but
 * has no such page or fails (HTTP 404, 500-509) is the server's fault (`failed`). Everything else is the
 * network's (`network-error`): a socket or name-resolution code (ENETUNREACH, EAI_AGAIN,
 * ECONNREFUSED, ETIMEDOUT for silence), a proxy that opens no tunnel, a redirect, 511 or an HTML
 * page in place of the test data (a captive portal or a filter). The codes go in `detail`.
 */
export function netReason(errors: readonly string[]): Reason {
  const list = [...new Set(errors.filter(Boolean))];
  const detail = list.join(', ') || 'ETIMEDOUT';
  if (list.length > 0 && list.every((e) => /^HTTP (404|50\d)$/.test(e))) return reason('failed', 'speed server', detail);
  return reason('network-error', undefined, detail);
}

function stun(probe: Probe, options: StunMeasureOptions, signal: AbortSignal): Promise<StunRun> {
  return probe.call('net.stun', [options], () => measureStun(options, signal));
}

function transfer(probe: Probe, options: ThroughputOptions, signal: AbortSignal): Promise<ThroughputRun> {
  return probe.call(`net.${options.direction === 'down' ? 'download' : 'upload'}`, [options], () => measureThroughput(options, signal));
}

function httpLatency(probe: Probe, options: HttpLatencyOptions, signal: AbortSignal): Promise<HttpLatencyRun> {
  return probe.call('net.http-latency', [options], () => measureHttpLatency(options, signal));
}

/** The first configured STUN server that answers; every run is kept so the reason can be told. */
async function idleStun(
  probe: Probe,
  servers: string[],
  plan: Plan,
  signal: AbortSignal,
): Promise<{ server: string | null; run: StunRun | null; errors: string[] }> {
  const errors: string[] = [];
  for (const server of servers) {
    const target = parseHostPort(server);
    if (!target) {
      errors.push(`bad STUN address ${server}`);
      continue;
    }
    const run = await stun(probe, { ...target, intervalMs: plan.stunIntervalMs, durationMs: plan.idleMs, giveUpMs: plan.giveUpMs }, signal);
    if (run.rtts.some((r) => r !== null)) return { server, run, errors };
    // silence (UDP blocked, or a black hole) has no errno of its own: it is a timeout
    errors.push(run.error ?? 'ETIMEDOUT');
    if (signal.aborted) break;
  }
  return { server: null, run: null, errors };
}

export async function collectNetwork(ctx: CheckContext, plan: Plan = PLAN): Promise<NetFacts> {
  const { probe, options, signal } = ctx;
  const facts: NetFacts = emptyFacts();
  const base = options.speedUrl;
  const total = plan.idleMs + 2 * plan.transferMs;
  const began = performance.now();
  let phase = 'latency';
  const tick = setInterval(() => ctx.progress?.(Math.min(0.99, (performance.now() - began) / total), phase), 250);
  try {
    ctx.progress?.(0, phase);
    // loaded before the clocks start: parsing undici blocks the event loop for tens of ms, which
    // would make the first STUN replies look late
    await loadUndici();
    const [udp, http] = await Promise.all([
      idleStun(probe, options.stun, plan, signal),
      httpLatency(probe, { base, count: plan.httpPings, intervalMs: plan.httpPingIntervalMs }, signal),
    ]);

    if (!udp.run && http.connectMs === null) {
      // nothing answered: say why, without waiting for transfers that cannot work
      facts.reason = netReason([http.error ?? 'ETIMEDOUT', ...udp.errors]);
      return facts;
    }

    const httpMedian = percentile(http.rtts, 0.5);
    facts.httpLatencyMs = httpMedian === null ? null : Math.round(httpMedian * 10) / 10;
    if (udp.run) {
      const idle = latencyFigures(udp.run.rtts);
      facts.udp = true;
      facts.latencySource = 'udp';
      facts.stunServer = udp.server;
      facts.latencyMs = idle.medianMs;
      facts.latencyP95Ms = idle.p95Ms;
      facts.jitterMs = idle.jitterMs;
      facts.lossPercent = idle.lossPercent;
      facts.worstLossBurst = idle.worstBurst;
      facts.latency.sent = idle.sent;
      facts.latency.received = idle.received;
      facts.latency.jitterSource = idle.jitterMs === null ? null : 'udp';
      const interval = lossInterval(idle.sent, idle.sent - idle.received);
      facts.latency.lossLowPercent = interval?.lowPercent ?? null;
      facts.latency.lossHighPercent = interval?.highPercent ?? null;
      if (idle.medianMs !== null && idle.jitterMs !== null && idle.lossPercent !== null) {
        facts.mos = estimateMos(idle.medianMs, idle.jitterMs, idle.lossPercent);
      }
    } else if (http.rtts.length > 0) {
      // UDP blocked: the call will run over TCP; latency and jitter from the HTTP round trips
      const tcp = latencyFigures(http.rtts);
      facts.udp = false;
      facts.latencySource = 'tcp';
      facts.latencyMs = tcp.medianMs;
      facts.latencyP95Ms = tcp.p95Ms;
      facts.jitterMs = tcp.jitterMs;
      facts.latency.sent = http.rtts.length;
      facts.latency.received = http.rtts.length;
      facts.latency.jitterSource = tcp.jitterMs === null ? null : 'tcp';
    } else {
      facts.udp = false;
      facts.latency.reason = netReason([http.error ?? 'ETIMEDOUT']);
    }

    if (http.connectMs === null) {
      facts.throughput.reason = netReason([http.error ?? 'ETIMEDOUT']);
      return facts;
    }

    const loadedRtts: { down: number[]; up: number[] } = { down: [], up: [] };
    let loadedSent = 0;
    let loadedReceived = 0;
    const target = udp.server ? parseHostPort(udp.server) : null;
    const underLoad = async <T>(direction: 'down' | 'up', run: Promise<T>): Promise<T> => {
      if (target) {
        const [result, loaded] = await Promise.all([
          run,
          stun(
            probe,
            { ...target, intervalMs: plan.loadedStunIntervalMs, durationMs: plan.transferMs - plan.loadedGraceMs, graceMs: plan.loadedGraceMs },
            signal,
          ),
        ]);
        const counted = loaded.rtts.slice(Math.ceil(plan.loadedSkipMs / plan.loadedStunIntervalMs));
        loadedSent += counted.length;
        loadedReceived += counted.filter((r) => r !== null).length;
        loadedRtts[direction].push(...counted.filter((r): r is number => r !== null));
        return result;
      }
      const [result, pings] = await Promise.all([
        run,
        httpLatency(probe, { base, count: 1000, intervalMs: plan.httpPingIntervalMs, durationMs: plan.transferMs - plan.loadedGraceMs }, signal),
      ]);
      // a round trip ends when its answer comes: the ones that ended in slow start are left out
      let at = 0;
      for (const r of pings.rtts) {
        at += r + plan.httpPingIntervalMs;
        if (at > plan.loadedSkipMs) loadedRtts[direction].push(r);
      }
      return result;
    };
    const common = { base, connections: plan.connections, durationMs: plan.transferMs, binMs: plan.binMs };

    phase = 'download';
    const down = await underLoad('down', transfer(probe, { ...common, direction: 'down', maxBytes: plan.maxDownBytes }, signal));
    const downFigure = down.error ? null : throughputEstimate(down);
    facts.downloadMbps = downFigure?.mbps ?? null;
    facts.throughput.downloadBytes = down.bytes;
    facts.throughput.estimator.down = downFigure?.estimator ?? null;
    facts.throughput.downloadWindows = downFigure?.windows ?? null;

    let up: ThroughputRun | null = null;
    if (!down.error || !NO_ROUTE.has(down.error)) {
      phase = 'upload';
      up = await underLoad('up', transfer(probe, { ...common, direction: 'up', maxBytes: plan.maxUpBytes }, signal));
      const upFigure = up.error ? null : throughputEstimate(up);
      facts.uploadMbps = upFigure?.mbps ?? null;
      facts.throughput.uploadBytes = up.bytes;
      facts.throughput.estimator.up = upFigure?.estimator ?? null;
      facts.throughput.uploadWindows = upFigure?.windows ?? null;
    }
    const errors = [down.error, up ? up.error : down.error].filter((r): r is string => Boolean(r));
    if (errors.length > 0) facts.throughput.reason = netReason(errors);
    else if (facts.downloadMbps === null || facts.uploadMbps === null) facts.throughput.reason = reason('timeout', undefined, 'no transfer finished in time');

    const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
    facts.loadedLatencyDownMs = r1(percentile(loadedRtts.down, 0.5));
    facts.loadedLatencyDownP90Ms = r1(percentile(loadedRtts.down, 0.9));
    facts.loadedLatencyUpMs = r1(percentile(loadedRtts.up, 0.5));
    facts.loadedLatencyUpP90Ms = r1(percentile(loadedRtts.up, 0.9));
    if (target) {
      facts.latency.loadedSent = loadedSent;
      facts.latency.loadedReceived = loadedReceived;
    }
    const medians = [facts.loadedLatencyDownMs, facts.loadedLatencyUpMs].filter((x): x is number => x !== null);
    if (medians.length > 0) {
      const loaded = Math.max(...medians);
      facts.loadedLatencyMs = loaded;
      if (facts.latencyMs !== null) {
        const idle = facts.latencyMs;
        facts.loadedLatencyRiseMs = r1(loaded - idle);
        facts.bufferbloat = {
          down: facts.loadedLatencyDownMs === null ? null : bloatGrade(facts.loadedLatencyDownMs - idle),
          up: facts.loadedLatencyUpMs === null ? null : bloatGrade(facts.loadedLatencyUpMs - idle),
        };
      }
    }
    ctx.progress?.(1, 'done');
    return facts;
  } finally {
    clearInterval(tick);
  }
}
